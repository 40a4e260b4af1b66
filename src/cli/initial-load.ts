// What the single-player page loads before the game starts: the module scripts of the built
// index.html and the chunks Vite links there for preloading, which are the entry's static imports.
// A chunk reached only by import() (class mode) is left out: the single-player page never asks for it.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) found.set(m[1].toLowerCase(), m[3] ?? m[4]);
  return found;
}

/** The JavaScript files the page at `html` loads at start, in document order, without repeats. */
export function initialScripts(html: string): string[] {
  const text = readFileSync(html, 'utf8');
  const files: string[] = [];
  for (const [tag, name] of text.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const url = name.toLowerCase() === 'script' ? (attrs.get('type') === 'module' ? attrs.get('src') : undefined) : attrs.get('rel') === 'modulepreload' ? attrs.get('href') : undefined;
    if (url === undefined || /^[a-z]+:|^\/\//i.test(url)) continue;
    const file = normalize(join(dirname(html), url.split(/[?#]/)[0]));
    if (!files.includes(file)) files.push(file);
  }
  if (files.length === 0) throw new Error(`${html} loads no module script`);
  return files;
}

/** The gzip (level 9) bytes of these files, each compressed on its own as a server sends it. */
export function gzipBytes(files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}
