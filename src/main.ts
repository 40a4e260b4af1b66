// Browser entry: the page shell, the automation hook and the Phaser game. Anything thrown from
// here on, at boot or later in a scene, ends in a dialog with a way back to the menu.
import './ui/style.css';
import { guarded, installFailureCatch } from './ui/failure';
import { startGame } from './ui/game';
import { installHook } from './ui/hook';

installFailureCatch();
guarded('The game could not start', () => {
  installHook();
  startGame();
});
