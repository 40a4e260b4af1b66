// How well this machine runs two threads at once right now, on work that shares nothing: a
// fixed integer loop on one worker thread, then the same loop on two at once. A batch cannot
// scale better than this. The bench takes it just before and just after the batch figures, so a
// two-worker ratio below 1.8 can be read against what the machine itself gave at the time (these
// machines are shared, and some minutes two busy threads get much less than two cores).
import { Worker } from 'node:worker_threads';

// Integer mixing over a 256 KB table: it stays in the core's own cache, so two copies share
// nothing but the machine.
const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const table = new Int32Array(1 << 16);
let a = 1, b = 2;
for (let i = 0; i < workerData; i++) {
  a = Math.imul(a ^ i, 0x01000193);
  b = (b + (a >>> 7)) | 0;
  table[i & 0xffff] ^= a;
}
parentPort.postMessage(a ^ b ^ table[5]);
`;

function loops(threads: number, steps: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    let left = threads;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(LOOP, { eval: true, workerData: steps });
      w.once('error', reject);
      w.once('message', () => {
        void w.terminate();
        if (--left === 0) resolve(performance.now() - t);
      });
    }
  });
}

/** Two threads' work per unit time over one thread's: 2.0 is two whole cores. */
export async function twoThreadSpeedup(steps = 200_000_000): Promise<number> {
  const one = await loops(1, steps);
  const two = await loops(2, steps);
  return (2 * one) / two;
}
