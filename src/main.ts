// Browser entry: the page shell, the automation hook and the Phaser game.
import './ui/style.css';
import { startGame } from './ui/game';
import { installHook } from './ui/hook';

installHook();
startGame();
