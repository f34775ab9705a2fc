/**
 * electron-vite build of the desktop app (`npm run build`, `npm start`, `npm run dev`):
 *   out/main/index.js      main process, ESM (package.json "type": "module"); dependencies stay external
 *   out/preload/index.cjs  preload, CommonJS and self-contained: a sandboxed preload can't load ESM
 *                          nor require anything but 'electron' and a few built-ins, so core/api and
 *                          zod are bundled in
 *   out/renderer/          the React UI, the same settings as vite.renderer.config.ts (browser mode)
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      emptyOutDir: true,
      rollupOptions: {
        input: { index: here('./electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: here('./out/preload'),
      emptyOutDir: true,
      // Bundle everything (zod, core/api): the sandbox gives the preload no module loader.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: here('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: here('./renderer'),
    base: './',
    publicDir: here('./assets'),
    plugins: [react()],
    build: {
      outDir: here('./out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { index: here('./renderer/index.html') },
      },
    },
  },
});
