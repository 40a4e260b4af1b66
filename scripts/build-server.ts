// npm run build:server — the class server as `npm start` runs it: src/server/start.ts and every
// package it uses bundled by esbuild into dist-server/, so that a restart loads a few files
// instead of resolving and compiling hundreds in node_modules (with express, which the server
// never uses, left out: src/server/no-express.ts). Packages written as CommonJS ask for Node's
// modules with `require`, which an ES module lacks: the banner gives them one.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

const out = join(ROOT, 'dist-server');
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, 'src/server/start.ts')],
  outdir: out,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  alias: { express: join(ROOT, 'src/server/no-express.ts') },
  // pg's optional native binding is never installed: pg asks for it only when told to use it.
  external: ['pg-native'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
