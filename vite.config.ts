import { defineConfig } from 'vite';
import { leanPhaser } from './scripts/lean-phaser';

// base './' so the built site works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  plugins: [leanPhaser()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: true },
});
