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
 * renderer/src/early.ts is an entry of its own (a few hundred bytes, no imports), put first in
 * index.html as an async module: it sends the app's first calls (settings, the user's formats, the
 * design of a #/design/<id> URL) while the app bundle is still downloading and compiling. (A second <script> in index.html would not do:
 * Vite bundles every script of a page into one entry.) Build only: in dev, main.tsx asks itself.
 */
function earlyScript(): Plugin {
  return {
    name: 'affiche-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === 'early');
        if (!chunk) throw new Error('the early entry (renderer/src/early.ts) is missing from the build');
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * Code whose loading costs the editor's first frame tens of milliseconds of its 500 ms budget
 * and that it does not need: zod builds every schema when loaded (the UI takes bounds and names
 * from core/schema/constants.ts, core/schema/brandKitDefaults.ts, core/formats/constants.ts and
 * core/api/names.ts, and validates pasted elements after a dynamic import); fflate builds its
 * tables (zips are made after a dynamic import); the Elements panel's search and French
 * vocabulary (core/elementSets) come with the panel, which loads when it first opens, and its
 * icon and emoji sets are fetched then.
 */
const NOT_IN_FIRST_FRAME = [
  { name: 'zod', path: '/node_modules/zod/' },
  { name: 'fflate', path: '/node_modules/fflate/' },
  { name: 'core/elementSets', path: '/core/elementSets/' },
];

/**
 * The main bundle, and what it imports statically, may not contain that code. Fails the
 * build with the import chain that brought one in.
 */
function heavyPackagesOutOfFirstFrame(): Plugin {
  return {
    name: 'affiche-out-of-first-frame',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry && output.name === 'index');
      if (!entry || entry.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (fileName: string): string | undefined => {
        if (seen.has(fileName)) return undefined;
        seen.add(fileName);
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk') return undefined;
        const heavy = chunk.moduleIds.find((id) => NOT_IN_FIRST_FRAME.some(({ path }) => id.includes(path)));
        return heavy ?? chunk.imports.map(visit).find(Boolean);
      };
      const found = visit(entry.fileName);
      if (!found) return;
      const { name, path } = NOT_IN_FIRST_FRAME.find((candidate) => found.includes(candidate.path))!;
      const inside = (id: string) => id.includes(path);
      // Breadth-first up the importers, to the entry: the shortest chain that brought it in.
      const towards = new Map<string, string>([[found, '']]);
      const queue = [found];
      while (queue.length > 0 && !towards.has(entry.facadeModuleId ?? '')) {
        const id = queue.shift()!;
        for (const importer of this.getModuleInfo(id)?.importers ?? []) {
          if (towards.has(importer)) continue;
          towards.set(importer, id);
          queue.push(importer);
        }
      }
      const chain: string[] = [];
      for (let id = entry.facadeModuleId ?? ''; id && towards.has(id); id = towards.get(id)!) chain.push(id);
      const shown = chain.filter((id) => !inside(id)).map((id) => id.replace(/^.*?\/(renderer|core)\//, '$1/'));
      shown.push(name);
      this.error(`${name} reached the editor's first frame: ${shown.join(' -> ')}. Load it with a dynamic import where it is used (for zod: import constants from core/schema/constants.ts, core/api/names.ts...; the Elements panel: React.lazy).`);
    },
  };
}

export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: here('./assets'),
  plugins: [react(), earlyScript(), heavyPackagesOutOfFirstFrame()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    // Fabric alone is ~300 kB minified; the app is local, so one warning threshold that fits it.
    chunkSizeWarningLimit: 1500,
    // Inline data: URLs for assets would be fine under the CSP, but keep files for clarity.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: here('./renderer/index.html'), early: here('./renderer/src/early.ts') },
      onwarn(warning, warn) {
        // zod ships /* @__PURE__ */ comments in places Rollup can't use; harmless, and not ours.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
    },
  },
});
