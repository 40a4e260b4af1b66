// A page with nothing but the class debrief and the automation hook: the class-debrief browser
// test bundles it (esbuild) and opens a record with it, as the facilitator's console does.
import type { ClassRecord } from '../../src/net/class-record';
import { openClassDebrief } from '../../src/ui/debrief';
import { installHook, setReady } from '../../src/ui/hook';

declare global {
  interface Window {
    openRecord(record: ClassRecord): void;
  }
}

installHook();
window.openRecord = (record) => {
  openClassDebrief(record);
  setReady('debrief.class', true);
};
