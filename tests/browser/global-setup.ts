// Builds the site once and serves it for every browser test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, chromePath, serveStatic } from '../../scripts/site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The built site's folder (the class test serves it from a class server). */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromePath(); // fails early, saying what to install, when there is no Chromium
  const out = mkdtempSync(join(tmpdir(), 'karabakh-site-'));
  await buildSite(out);
  const served = await serveStatic(out);
  project.provide('siteUrl', served.url);
  project.provide('siteDir', out);
  return async () => {
    await served.close();
    rmSync(out, { recursive: true, force: true });
  };
}
