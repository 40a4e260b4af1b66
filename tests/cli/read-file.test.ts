import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLAY_LIMITS } from '../../src/engine';
import { readJsonFile, readTextFile } from '../../src/cli/read-file';

const dir = mkdtempSync(join(tmpdir(), 'karabakh-read-'));
const MB = 1024 * 1024;

describe('readTextFile refuses what is not a small regular file before reading a byte', () => {
  it('a device (/dev/zero, which never ends)', () => {
    expect(readTextFile('/dev/zero', 16 * MB)).toEqual({ ok: false, message: '/dev/zero is a device, not a file' });
  });

  it('a FIFO (reading would wait for a writer forever)', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(readTextFile(fifo, 16 * MB)).toEqual({ ok: false, message: `${fifo} is a pipe (FIFO), not a file` });
  });

  it('a directory', () => {
    expect(readTextFile(dir, 16 * MB)).toEqual({ ok: false, message: `${dir} is a directory, not a file` });
  });

  it('a 200 MB file (sparse: it takes no disk)', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 200 * MB);
    expect(readTextFile(big, 16 * MB)).toEqual({ ok: false, message: `${big} is 200 MB; the limit is 16 MB` });
  });

  it('a file one byte over the limit, and not one byte under it', () => {
    const file = join(dir, 'edge.json');
    writeFileSync(file, 'x'.repeat(101));
    expect(readTextFile(file, 100).ok).toBe(false);
    expect(readTextFile(file, 101)).toEqual({ ok: true, text: 'x'.repeat(101) });
  });

  it('a missing file, with the system error code', () => {
    expect(readTextFile(join(dir, 'none.json'), 100)).toEqual({ ok: false, message: `${join(dir, 'none.json')} cannot be read (ENOENT)` });
  });

  it('bytes that are not UTF-8', () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from([0x22, 0xe9, 0x22]));
    expect(readTextFile(file, 100)).toEqual({ ok: false, message: `${file} is not UTF-8 text` });
  });
});

describe('readJsonFile', () => {
  it('parses a file within the limits', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '\ufeff{"a": [1, 2]}');
    expect(readJsonFile(file, REPLAY_LIMITS)).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('names the file and the path of a fault found after parsing', () => {
    const file = join(dir, 'proto.json');
    writeFileSync(file, '{"turns": [{"__proto__": {}}]}');
    expect(readJsonFile(file, REPLAY_LIMITS)).toEqual({ ok: false, unreadable: false, message: `${file}: $.turns[0].__proto__: the key '__proto__' is not allowed` });
  });

  it('says a file that cannot be read is unreadable, not invalid', () => {
    expect(readJsonFile('/dev/zero', REPLAY_LIMITS)).toEqual({ ok: false, unreadable: true, message: '/dev/zero is a device, not a file' });
  });
});
