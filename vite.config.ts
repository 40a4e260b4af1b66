// The site's build. Its Phaser is built from Phaser's own sources (node_modules/phaser/src)
// without physics and sound, which the game never uses (it makes no sound and sets
// `audio: { noAudio: true }`; nothing moves by physics). Everything else is Phaser's published
// ESM build: the same modules, with the same compile-time flags as Phaser's dist build
// (config/webpack.dist.config.js), except FEATURE_SOUND. Code that names Phaser.Physics or
// Phaser.Sound fails the build (a missing export), not the game. Builds only: the dev server keeps
// Phaser's ESM build, as its sources are CommonJS, which the dev server would not convert.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The real path: module ids are resolved through symlinks (a worktree's linked node_modules).
const SOURCES = realpathSync(resolve(import.meta.dirname, 'node_modules/phaser/src'));
const ENTRY = `${SOURCES}/phaser-no-physics.js`;
const LEAN = '\0lean-phaser';

/** Phaser's compile-time flags, read as `typeof FLAG` in its sources. */
const FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
};

/** The names phaser-no-physics.js exports, as Phaser's ESM build exports them (less Physics, Sound). */
const NAMES = [
  'Actions', 'Animations', 'BlendModes', 'Cache', 'Cameras', 'Core', 'Class', 'Curves', 'Data', 'Display', 'DOM',
  'Events', 'Filters', 'Game', 'GameObjects', 'Geom', 'Input', 'Loader', 'Math', 'Plugins', 'Renderer', 'Scale',
  'ScaleModes', 'Scene', 'Scenes', 'Structs', 'Textures', 'Tilemaps', 'Time', 'TintModes', 'Tweens', 'Utils',
  'VERSION', 'LOG_VERSION', 'AUTO', 'CANVAS', 'WEBGL', 'HEADLESS', 'FOREVER', 'NONE', 'LEFT', 'RIGHT', 'UP', 'DOWN',
];

function leanPhaser(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'lean-phaser',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id === 'phaser' ? LEAN : null;
    },
    load(id) {
      if (id !== LEAN) return null;
      return `import Phaser from ${JSON.stringify(ENTRY)};\nexport const { ${NAMES.join(', ')} } = Phaser;\nexport default Phaser;\n`;
    },
    transform(code, id) {
      if (!id.startsWith(SOURCES)) return null;
      const flagged = code.replace(flag, (_, name: string) => String(FLAGS[name]));
      // Phaser's ESM build sets no global; its CommonJS entry does, through webpack's `global`.
      return id === ENTRY ? flagged.replace('global.Phaser = Phaser;', '') : flagged;
    },
  };
}

// base './' so the built site works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  plugins: [leanPhaser()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  // The odds workers (src/ui/odds) are modules, split like the page's own code.
  worker: { format: 'es' },
  server: { host: true },
});
