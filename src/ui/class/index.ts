// Class mode in the browser, loaded only when a class is hosted or joined (the menu imports it
// on demand), with @colyseus/sdk and the QR encoder behind it: see docs/ui.md.
import './class.css';
import './console.css';

export { hostForm } from './host-form';
export { joinForm, joinFromLink } from './join-form';
