/**
 * electron-vite build of the desktop app (`npm run build`, `npm start`, `npm run dev`):
 *   out/main/index.js      main process, ESM (package.json "type": "module"); dependencies stay external
 *   out/main/parseWorker.js  the worker thread that reads untrusted documents (electron/services/parse)
 *   out/preload/index.cjs  preload, CommonJS and self-contained: a sandboxed preload can't load ESM
 *                          nor require anything but 'electron' and a few built-ins, so core/api and
 *                          zod are bundled in
 *   out/renderer/          the React UI, built with vite.renderer.config.ts (the same build as browser mode)
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { mergeConfig } from 'vite';
import rendererConfig from './vite.renderer.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      emptyOutDir: true,
      rollupOptions: {
        input: { index: here('./electron/main/index.ts'), parseWorker: here('./electron/services/parse/worker.ts') },
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
  // The UI is built exactly as for browser mode; electron-vite only needs the entry spelled out.
  renderer: mergeConfig(rendererConfig, {
    build: { rollupOptions: { input: { index: here('./renderer/index.html') } } },
  }),
});
