// What the rest of the page uses of the replay theatre, loaded on demand (door.ts).
export { TheatreScene } from './scene';
export { openTheatre, sessionLabel } from './open';
export { Theatre } from './theatre';
export { decodeReplay } from './share-link';
