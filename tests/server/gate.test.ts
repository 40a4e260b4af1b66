// The starting server's door (src/server/gate.ts): requests that arrive while classes come back
// wait, unanswered, and are answered once the door opens; later ones go
// straight through.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { holdRequests } from '../../src/server/gate';

it('holds requests until opened, then answers them, and lets later ones through', async () => {
  const served: string[] = [];
  const http = createServer((req, res) => {
    served.push(req.url ?? '');
    res.end(`served ${req.url}`);
  });
  const open = holdRequests(http);
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  try {
    const first = fetch(`${base}/a`).then((r) => r.text());
    const second = fetch(`${base}/b`).then((r) => r.text());
    // Both reach the server (it listens) and wait.
    await new Promise((r) => setTimeout(r, 300));
    expect(served).toEqual([]);
    open();
    expect(await Promise.all([first, second])).toEqual(['served /a', 'served /b']);
    expect([...served].sort()).toEqual(['/a', '/b']);
    expect(await (await fetch(`${base}/c`)).text()).toBe('served /c');
  } finally {
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  }
});
