/**
 * Writes the example designs in assets/examples/*.affiche (run: `npx tsx scripts/make-examples.ts`).
 * Pictures are drawn here from SVG so the examples carry no third-party photo. Every element type
 * is used at least once, across several networks and a multi-page carousel.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import {
  DESIGN_SCHEMA_VERSION,
  createImageElement,
  createShapeElement,
  createTextElement,
  parseDesign,
  type Design,
  type Element,
  type Page,
} from '../core/schema';
import { findFormat } from '../core/formats';
import { packDesign } from '../electron/services/portable';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/examples');
const CREATED = '2026-11-24T09:00:00.000Z';

async function picture(svgBody: string, width: number, height: number): Promise<{ id: string; bytes: Uint8Array }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${svgBody}</svg>`;
  const bytes = new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer());
  return { id: createHash('sha256').update(bytes).digest('hex'), bytes };
}

const sunset = () =>
  picture(
    `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ff9a5a"/><stop offset="0.6" stop-color="#ff5e7e"/><stop offset="1" stop-color="#3b1d60"/></linearGradient></defs>
     <rect width="1600" height="1200" fill="url(#s)"/><circle cx="800" cy="700" r="220" fill="#ffd27a"/>
     <path d="M0 900 L300 700 L560 860 L900 620 L1200 840 L1600 660 L1600 1200 L0 1200 Z" fill="#2a1446"/>`,
    1600,
    1200,
  );
const sea = () =>
  picture(
    `<defs><linearGradient id="w" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fd3ff"/><stop offset="0.55" stop-color="#2f80ed"/><stop offset="1" stop-color="#0b3d91"/></linearGradient></defs>
     <rect width="1200" height="1600" fill="url(#w)"/><circle cx="900" cy="300" r="140" fill="#fff6c9"/>
     <path d="M0 1100 Q300 1040 600 1100 T1200 1100 L1200 1600 L0 1600 Z" fill="#f4d9a6"/>`,
    1200,
    1600,
  );
const cat = () =>
  picture(
    `<rect width="1200" height="900" fill="#cfd8dc"/><ellipse cx="600" cy="560" rx="300" ry="260" fill="#ff9f43"/>
     <circle cx="600" cy="360" r="200" fill="#ff9f43"/><polygon points="440,240 470,80 560,200" fill="#ff9f43"/><polygon points="760,240 730,80 640,200" fill="#ff9f43"/>
     <circle cx="530" cy="350" r="30" fill="#2d3436"/><circle cx="670" cy="350" r="30" fill="#2d3436"/><ellipse cx="600" cy="430" rx="22" ry="14" fill="#d63031"/>`,
    1200,
    900,
  );

function design(name: string, formatId: string, kind: Design['kind'], pages: Page[]): Design {
  const format = findFormat(formatId);
  if (!format) throw new Error(`unknown format ${formatId}`);
  return {
    schemaVersion: DESIGN_SCHEMA_VERSION,
    id: `example-${formatId}`,
    name,
    kind,
    format: { preset: format.id, width: format.width, height: format.height },
    pages,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

let counter = 0;
const id = (prefix: string) => `${prefix}${++counter}`;
const page = (fill: Page['background']['fill'], elements: Element[], image?: Page['background']['image']): Page => ({
  id: id('page'),
  background: image ? { fill, image } : { fill },
  elements,
});

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const sunsetImg = await sunset();
  const seaImg = await sea();
  const catImg = await cat();
  const blobs = new Map([sunsetImg, seaImg, catImg].map((p) => [p.id, p.bytes]));

  const examples: Array<[string, Design]> = [
    [
      'soldes-ete-instagram',
      design('Soldes d’été', 'instagram-portrait', 'still', [
        page({ kind: 'linear', angle: 90, stops: [{ offset: 0, color: '#fff4e6' }, { offset: 1, color: '#ffd8a8' }] }, [
          createImageElement({ id: id('e'), assetId: sunsetImg.id, x: 90, y: 90, width: 900, height: 760, cornerRadius: 48, name: 'Photo' }),
          createShapeElement({ id: id('e'), shape: 'ellipse', x: 760, y: 700, width: 260, height: 260, fill: '#e8590c', name: 'Badge' }),
          createTextElement({ id: id('e'), x: 760, y: 770, width: 260, text: '-40%', fontFamily: 'Anton', fontSize: 96, fill: '#ffffff', name: 'Remise' }),
          createTextElement({ id: id('e'), x: 90, y: 930, width: 900, text: 'Soldes d’été', fontFamily: 'Playfair Display', fontWeight: 700, fontSize: 120, fill: '#3b1d60', align: 'left' }),
          createTextElement({ id: id('e'), x: 90, y: 1100, width: 900, text: 'Jusqu’au 31 août, en boutique et en ligne', fontFamily: 'Inter', fontSize: 44, fill: '#5c3d2e', align: 'left' }),
        ]),
      ]),
    ],
    [
      'meme-chat-lundi',
      design('Le chat du lundi', 'instagram-square', 'meme', [
        page('#000000', [
          createImageElement({ id: id('e'), assetId: catImg.id, x: 0, y: 0, width: 1080, height: 1080, name: 'Image' }),
          createTextElement({ id: id('e'), x: 40, y: 40, width: 1000, text: 'Quand le client dit', fontFamily: 'Anton', fontSize: 110, fill: '#ffffff', textCase: 'upper', stroke: { color: '#000000', width: 10 } }),
          createTextElement({ id: id('e'), x: 40, y: 880, width: 1000, text: '« petite modif »', fontFamily: 'Anton', fontSize: 110, fill: '#ffffff', textCase: 'upper', stroke: { color: '#000000', width: 10 } }),
        ]),
      ]),
    ],
    [
      'webinar-linkedin',
      design('Webinar IA & marketing', 'linkedin-landscape', 'still', [
        page('#0b2545', [
          createShapeElement({ id: id('e'), shape: 'rect', x: 0, y: 0, width: 24, height: 627, fill: '#13c4a3', name: 'Bar' }),
          createTextElement({ id: id('e'), x: 80, y: 120, width: 700, text: 'Webinar gratuit', fontFamily: 'Montserrat', fontSize: 36, fill: '#13c4a3', align: 'left', letterSpacing: 200, textCase: 'upper' }),
          createTextElement({ id: id('e'), x: 80, y: 190, width: 720, text: 'IA & marketing : ce qui marche vraiment', fontFamily: 'Montserrat', fontWeight: 700, fontSize: 64, fill: '#ffffff', align: 'left' }),
          createTextElement({ id: id('e'), x: 80, y: 470, width: 600, text: 'Jeudi 12 décembre · 12:30', fontFamily: 'Inter', fontSize: 32, fill: '#c9d6e8', align: 'left' }),
          {
            id: id('e'),
            type: 'group',
            name: 'Logo',
            x: 900,
            y: 180,
            width: 240,
            height: 240,
            rotation: 0,
            opacity: 1,
            locked: false,
            hidden: false,
            constraints: { horizontal: 'right', vertical: 'top' },
            children: [
              createShapeElement({ id: id('e'), shape: 'polygon', sides: 6, x: 0, y: 0, width: 240, height: 240, fill: { kind: 'radial', stops: [{ offset: 0, color: '#5ee7c9' }, { offset: 1, color: '#13c4a3' }] } }),
              createShapeElement({ id: id('e'), shape: 'triangle', x: 80, y: 70, width: 90, height: 100, fill: '#0b2545', rotation: 90 }),
            ],
          },
        ]),
      ]),
    ],
    [
      'story-festival',
      design('Festival de la mer', 'instagram-story', 'still', [
        page('#0b3d91', [
          createShapeElement({ id: id('e'), shape: 'star', sides: 5, x: 800, y: 300, width: 200, height: 200, fill: '#ffd43b', rotation: 12 }),
          createTextElement({ id: id('e'), x: 80, y: 600, width: 920, text: 'Festival\nde la mer', fontFamily: 'Pacifico', fontSize: 150, fill: '#ffffff', shadow: { color: '#00000080', blur: 20, offsetX: 0, offsetY: 8 } }),
          createTextElement({ id: id('e'), x: 140, y: 1020, width: 800, text: '14 — 16 juin · Port de Sète', fontFamily: 'Caveat', fontWeight: 700, fontSize: 80, fill: '#fff6c9' }),
          createShapeElement({ id: id('e'), shape: 'arrow', x: 390, y: 1300, width: 300, height: 90, fill: '#ffffff', rotation: 90, opacity: 0.9 }),
          createShapeElement({ id: id('e'), shape: 'line', x: 240, y: 1200, width: 600, height: 6, fill: '#ffffff' }),
        ], { assetId: seaImg.id, fit: 'cover', focalX: 0.5, focalY: 0.4 }),
      ]),
    ],
    [
      'carrousel-conseils-x',
      design('3 conseils pour vos visuels', 'x-landscape', 'carousel', [
        page('#f8f9fa', [
          createTextElement({ id: id('e'), x: 100, y: 300, width: 1400, text: '3 conseils pour des visuels qui arrêtent le scroll', fontFamily: 'Zilla Slab', fontWeight: 700, fontSize: 96, fill: '#212529' }),
        ]),
        page('#fff3bf', [
          createTextElement({ id: id('e'), x: 100, y: 120, width: 300, text: '1', fontFamily: 'Bebas Neue', fontSize: 300, fill: '#f08c00', align: 'left' }),
          createTextElement({ id: id('e'), x: 450, y: 300, width: 1050, text: 'Un seul message par visuel.', fontFamily: 'Lora', fontStyle: 'italic', fontSize: 80, fill: '#212529', align: 'left', underline: true }),
        ]),
        page('#d3f9d8', [
          createTextElement({ id: id('e'), x: 100, y: 120, width: 300, text: '2', fontFamily: 'Oswald', fontWeight: 700, fontSize: 300, fill: '#2b8a3e', align: 'left' }),
          createTextElement({ id: id('e'), x: 450, y: 300, width: 1050, text: 'Du contraste, toujours.', fontFamily: 'Inter', fontWeight: 700, fontSize: 80, fill: '#212529', align: 'left' }),
          createShapeElement({ id: id('e'), shape: 'rect', x: 450, y: 520, width: 500, height: 40, cornerRadius: 20, fill: '#2b8a3e', stroke: { color: '#1b5e20', width: 4, dash: [12, 8] } }),
        ]),
      ]),
    ],
  ];

  for (const [file, d] of examples) {
    parseDesign(d, file); // an example that does not validate must never ship
    const zip = await packDesign(d, async (assetId) => blobs.get(assetId) ?? null);
    await writeFile(path.join(outDir, `${file}.affiche`), zip);
    console.log(`${file}.affiche`);
  }
}

await main();
