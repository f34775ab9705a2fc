/**
 * Builds the React UI alone (browser mode and Electron's app:// both serve out/renderer).
 * `publicDir` is the repo's assets folder, so bundled fonts are served at `fonts/<Family>/<file>.ttf`
 * next to index.html. `base: './'` keeps every URL relative: the same build works under app:// and
 * under the loopback server. No inline scripts: the servers send a CSP with script-src 'self'.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * renderer/src/earlyDesign.ts is an entry of its own (a few hundred bytes, no imports), put first
 * in index.html as an async module: it sends the `designs.get` of a #/design/<id> URL while the
 * app bundle is still downloading and parsing. (A second <script> in index.html would not do:
 * Vite bundles every script of a page into one entry.) Build only: in dev, main.tsx asks itself.
 */
function earlyDesignScript(): Plugin {
  return {
    name: 'affiche-early-design',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === 'early');
        if (!chunk) throw new Error('the early design entry (renderer/src/earlyDesign.ts) is missing from the build');
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: here('./assets'),
  plugins: [react(), earlyDesignScript()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    // Fabric alone is ~300 kB minified; the app is local, so one warning threshold that fits it.
    chunkSizeWarningLimit: 1500,
    // Inline data: URLs for assets would be fine under the CSP, but keep files for clarity.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: here('./renderer/index.html'), early: here('./renderer/src/earlyDesign.ts') },
      onwarn(warning, warn) {
        // zod ships /* @__PURE__ */ comments in places Rollup can't use; harmless, and not ours.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
    },
  },
});
