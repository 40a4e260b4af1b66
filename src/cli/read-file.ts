// Reading a file the user names, bounded: only a regular file, only up to a size limit, checked
// before a byte is read (so /dev/zero, a FIFO or a 200 MB file is refused at once), then UTF-8
// text parsed as JSON within the limits of engine/json-input.ts. Never throws.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { parseJson, type JsonLimits } from '../engine';

export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };
/** `unreadable`: the file could not be read at all (missing, not a file, too large), rather than read and refused. */
export type FileJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly unreadable: boolean; readonly message: string };

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function whatIs(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why a file may not be read, or null when it may. */
function refusal(stats: Stats, maxBytes: number): string | null {
  if (!stats.isFile()) return `is ${whatIs(stats)}, not a file`;
  if (stats.size > maxBytes) return `is ${megabytes(stats.size)}; the limit is ${megabytes(maxBytes)}`;
  return null;
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/** The bytes of an open file, at most `size + 1` of them (one more than its size shows it grew). */
function readAtMost(fd: number, size: number): Buffer {
  const buffer = Buffer.alloc(size + 1);
  let length = 0;
  for (;;) {
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length === buffer.length) break;
  }
  return buffer.subarray(0, length);
}

/** A file's text, or why it cannot be read (the message names the file). */
export function readTextFile(file: string, maxBytes: number): FileText {
  const fail = (why: string): FileText => ({ ok: false, message: `${file} ${why}` });
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (e) {
    return fail(`cannot be read (${errorCode(e)})`);
  }
  const before = refusal(stats, maxBytes);
  if (before !== null) return fail(before);
  let fd: number;
  try {
    // Non-blocking: if the name now points to a FIFO, opening it must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return fail(`cannot be read (${errorCode(e)})`);
  }
  try {
    const opened = fstatSync(fd);
    const now = refusal(opened, maxBytes);
    if (now !== null) return fail(now);
    const bytes = readAtMost(fd, opened.size);
    if (bytes.length > opened.size) return fail('grew while it was being read');
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (e) {
    if (e instanceof TypeError) return fail('is not UTF-8 text');
    return fail(`cannot be read (${errorCode(e)})`);
  } finally {
    closeSync(fd);
  }
}

/** A file's JSON within the limits, or why not (the message names the file). */
export function readJsonFile(file: string, limits: JsonLimits): FileJson {
  const text = readTextFile(file, limits.maxBytes);
  if (!text.ok) return { ok: false, unreadable: true, message: text.message };
  const parsed = parseJson(text.text, limits);
  return parsed.ok ? parsed : { ok: false, unreadable: false, message: `${file}: ${parsed.path === null ? '' : `${parsed.path}: `}${parsed.message}` };
}
