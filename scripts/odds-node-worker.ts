// A Node worker thread that loads the built site's odds worker chunk (scripts/odds-diagnose.ts
// --node): it gives the chunk the two globals a Web Worker has, `onmessage` and `postMessage`, and
// passes the thread's messages through, so the very code Chromium runs plays in Node's V8.
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort;
if (!port) throw new Error('odds-node-worker: run me as a worker thread');
const scope = globalThis as unknown as { onmessage: ((e: { data: unknown }) => void) | null; postMessage: (m: unknown) => void };
scope.onmessage = null;
scope.postMessage = (m) => port.postMessage(m);
port.on('message', (data: unknown) => scope.onmessage?.({ data }));
await import((workerData as { chunk: string }).chunk);
port.postMessage({ kind: 'loaded' });
