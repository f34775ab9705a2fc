/**
 * `carousel-10-slides-png-set-and-pdf` (docs/architecture.md, Budgets: a 10-slide carousel, PNG
 * set + PDF <= 2 s). A 1080x1350 carousel of 10 different slides (the still example's photo, a
 * title, a shape and a page number "n/10" repeated on every slide) exported the way the app and
 * `affiche render --out DIR --pdf FILE` do: the `designs.exportImages` job (every slide, checked
 * against Instagram, one zip) then the `designs.exportPdf` job (default 10 MB target), both through
 * the dispatcher of a real backend. The note gives the ratio to 10 x the still export of one
 * slide (renderDesignPage, PNG) measured in the same run: what the set, the zip and the PDF add
 * over drawing ten pictures.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runJob } from '../core/api';
import type { Design } from '../core/schema';
import { createImageElement, createPage, createShapeElement, createTextElement } from '../core/schema/factory';
import { createBackend } from '../electron/services/backend';
import { inProcessBridge } from '../electron/services/inProcess';
import { readPortable } from '../electron/services/portable';
import { registerBundledFonts, renderDesignPage } from '../electron/services/render/nodeRenderer';
import type { BenchResult } from './editorFps';
import { median } from './stats';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function carouselSetAndPdf(tmp: string): Promise<BenchResult> {
  const example = await readPortable(path.join(repo, 'assets/examples/soldes-ete-instagram.affiche'), 'soldes-ete-instagram.affiche');
  const photo = [...example.blobs.values()].sort((a, b) => b.byteLength - a.byteLength)[0];
  const libraryDir = await mkdtemp(path.join(tmp, 'carousel-'));
  const backend = await createBackend({ libraryDir, transport: 'inprocess' });
  try {
    const bridge = inProcessBridge(backend);
    const source = (await backend.staging.receive('photo.jpg', [photo])).id;
    const imported = await backend.dispatch('assets.import', { fileName: 'photo.jpg', source });
    if (!imported.ok) throw new Error(imported.error.message);
    const assetId = createHash('sha256').update(photo).digest('hex');
    const created = await backend.dispatch('designs.create', { name: 'Bench carrousel', kind: 'carousel', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
    if (!created.ok) throw new Error(created.error.message);
    const { design } = created.result as { design: Design };
    design.pages = Array.from({ length: 10 }, (_, i) => ({
      ...createPage(),
      background: { fill: i % 2 ? '#f4ede1' : '#1d3557' },
      elements: [
        createImageElement({ assetId, x: 80, y: 420, width: 920, height: 700 }),
        createShapeElement({ shape: 'rect', x: 80, y: 1160, width: 920, height: 12, fill: '#e63946' } as Parameters<typeof createShapeElement>[0]),
        createTextElement({ x: 80, y: 120, width: 920, text: `Astuce ${i + 1} : cadrez l’été sans perdre le sujet`, fontSize: 72, fill: i % 2 ? '#1c1b22' : '#ffffff' }),
      ],
    }));
    // The page number on every slide, edited once (core/carousel/repeat.ts).
    design.pages[0].elements.push({ ...createTextElement({ x: 900, y: 1230, width: 140, text: '{page}/{pages}', fontSize: 36, fill: '#e63946' }), repeat: 'all' });
    const saved = await backend.dispatch('designs.save', { design });
    if (!saved.ok) throw new Error(saved.error.message);

    const exportBoth = async () => {
      const out = await mkdtemp(path.join(tmp, 'carousel-out-'));
      await runJob(bridge, 'designs.exportImages', { design: { id: design.id }, type: 'png', target: backend.staging.target(path.join(out, 'set.zip')).id });
      await runJob(bridge, 'designs.exportPdf', { design: { id: design.id }, target: backend.staging.target(path.join(out, 'set.pdf')).id });
      await rm(out, { recursive: true, force: true });
    };
    const readAsset = async (id: string) => (id === assetId ? photo : null);
    registerBundledFonts();
    await exportBoth();
    const runs: number[] = [];
    const stills: number[] = [];
    for (let i = 0; i < 5; i++) {
      let start = performance.now();
      await exportBoth();
      runs.push(performance.now() - start);
      for (let s = 0; s < 3; s++) {
        start = performance.now();
        await renderDesignPage(design, s, 'png', { readAsset });
        stills.push(performance.now() - start);
      }
    }
    const value = median(runs);
    const still = median(stills);
    return {
      id: 'carousel-10-slides-png-set-and-pdf',
      value,
      unit: 'ms',
      budget: 2000,
      kind: 'max',
      note: `10 slides 1080x1350 (photo, text, shape, repeated page number): PNG set in a zip + PDF, both jobs through the dispatcher; ${(value / (10 * still)).toFixed(2)}x 10 still exports (one slide ${still.toFixed(1)} ms, PNG) in this run`,
    };
  } finally {
    await backend.close();
  }
}
