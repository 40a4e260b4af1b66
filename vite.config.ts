import { defineConfig } from 'vite';

// base './' so the built site works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: true },
});
