import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Builds the browser client from client/ into client/dist, served by the Express server. */
export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, cssMinify: 'esbuild', sourcemap: true, chunkSizeWarningLimit: 1500 },
  css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
