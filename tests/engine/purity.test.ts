// The engine must give the same result in every JavaScript runtime: no clocks, no platform
// APIs, no floating-point rules. This test reads src/engine and lists every offending line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const ENGINE = join(ROOT, 'src', 'engine');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) ? [p] : [];
    });
}

/** Blank out comments and string literals (keeping line breaks), so only code is searched. */
function codeOnly(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const two = src.slice(i, i + 2);
    if (two === '//') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      out += c + ' '.repeat(Math.max(0, j - i - 1)) + c;
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Import specifiers are checked on the raw line (the code-only text blanks strings). */
const FORBIDDEN_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](phaser|node:[^'"]*|fs|path|os|crypto|child_process|worker_threads|perf_hooks)['"]/;
const FORBIDDEN_CODE: readonly [string, RegExp][] = [
  ['Math.random', /\bMath\s*\.\s*random\b/],
  ['Date', /\bDate\b/],
  ['performance', /\bperformance\b/],
  ['window', /\bwindow\b/],
  ['document', /\bdocument\b/],
  ['process', /\bprocess\s*\./],
  ['globalThis', /\bglobalThis\b/],
  ['parseFloat', /\bparseFloat\b/],
  ['toFixed', /\.toFixed\s*\(/],
  ['floating-point maths', /\bMath\s*\.\s*(sqrt|cbrt|pow|exp|expm1|log|log2|log10|log1p|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|hypot|fround)\b/],
  ['float literal', /(?<![\w.])\d+\.\d+(?:e[+-]?\d+)?(?![\w.])|(?<![\w.])\.\d+(?![\w.])/],
  ['exponent literal', /(?<![\w.])\d+e[+-]?\d+(?![\w.])/i],
];

function offences(path: string, src: string): string[] {
  const out: string[] = [];
  const raw = src.split('\n');
  const code = codeOnly(src).split('\n');
  raw.forEach((line, i) => {
    const where = `${path}:${i + 1}`;
    if (FORBIDDEN_IMPORT.test(line)) out.push(`${where}: forbidden import — ${line.trim()}`);
    for (const [what, re] of FORBIDDEN_CODE) if (re.test(code[i] ?? '')) out.push(`${where}: ${what} — ${line.trim()}`);
  });
  return out;
}

describe('the engine is pure and integer-only', () => {
  it('src/engine imports no Phaser, DOM or Node API and uses no clock, Math.random or float rules', () => {
    const found = files(ENGINE).flatMap((f) => offences(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found, `offending lines:\n${found.join('\n')}`).toEqual([]);
  });

  it('the check finds what it looks for (so a clean result means something)', () => {
    const bad = [
      "import Phaser from 'phaser';",
      "import { readFileSync } from 'node:fs';",
      'const r = Math.random();',
      'const now = new Date();',
      'const t = performance.now();',
      'const w = window.innerWidth;',
      'const d = document.body;',
      'const x = parseFloat(s);',
      'const half = strength * 0.5;',
      'const tiny = .25;',
      'const s = Math.sqrt(n);',
      'const e = process.env.SEED;',
    ];
    for (const line of bad) expect(offences('x.ts', line), line).not.toEqual([]);
  });

  it('comments, strings and version numbers are not code', () => {
    const ok = [
      '// lat 39.82 -> 3982, a Date in a comment, Math.random() is banned',
      "const v = '0.1.0';",
      "const t = `roll ${x}`;",
      'const n = a.b.c;',
      '/* window and document */ const k = 3;',
      "const s = 'window.document 0.5';",
    ];
    for (const line of ok) expect(offences('x.ts', line), line).toEqual([]);
  });
});
