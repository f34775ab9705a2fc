/**
 * Builds the React UI alone (browser mode and Electron's app:// both serve out/renderer).
 * `publicDir` is the repo's assets folder, so bundled fonts are served at `fonts/<Family>/<file>.ttf`
 * next to index.html. `base: './'` keeps every URL relative: the same build works under app:// and
 * under the loopback server. No inline scripts: the servers send a CSP with script-src 'self'.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: here('./assets'),
  plugins: [react()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    // Fabric alone is ~300 kB minified; the app is local, so one warning threshold that fits it.
    chunkSizeWarningLimit: 1500,
    // Inline data: URLs for assets would be fine under the CSP, but keep files for clarity.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships /* @__PURE__ */ comments in places Rollup can't use; harmless, and not ours.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
    },
  },
});
