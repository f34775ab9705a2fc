/**
 * Writes the example designs in assets/examples/*.affiche (run: `npx tsx scripts/make-examples.ts`,
 * or `... --only tiktok-captions` for some of them).
 * Pictures are drawn here from SVG so the examples carry no third-party photo. Every element type
 * is used at least once, across several networks and a multi-page carousel; three memes are bank
 * templates filled with fillTemplate (classic, caption card, comparison rows), their auto-fit
 * texts carrying the layout the fitting engine gives them here (`fitted`, as the editor keeps it),
 * so every renderer draws exactly these sizes and line breaks; one is a 3-slide Instagram
 * panorama, a picture running across its seams.
 * A 10-slide LinkedIn document is made from text by text to carousel (linkedinDocumentCarousel).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fabricNode from 'fabric/node';
import sharp from 'sharp';
import {
  DESIGN_SCHEMA_VERSION,
  createImageElement,
  createShapeElement,
  createTextElement,
  createVideoElement,
  parseDesign,
  type Design,
  type Element,
  type Page,
} from '../core/schema';
import { findFormat } from '../core/formats';
import { buildText, fitKey, storedLines, type FabricNS } from '../core/render';
import { fillTemplate, type SlotValues } from '../core/templates';
import { bankTemplate } from '../core/templates/bank';
import { formatRef } from '../core/templates/bank/layout';
import { packDesign } from '../electron/services/portable';
import { registerBundledFonts } from '../electron/services/render/nodeRenderer';
import { panoramaLayout } from '../core/carousel/panorama';
import { carouselFromText } from '../core/carousel/fromText';
import { nodeMeasurerFor } from '../electron/services/carousels/fromText';
import { ffmpegInputArgs } from '../electron/services/ffmpeg/args';
import { runFfmpeg } from '../electron/services/ffmpeg/run';
import { parseCaptions } from '../core/video/captions';

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
/** A coast of white cliffs, wide enough for a 3-slide panorama: the cliffs run across the seams. */
const calanques = () =>
  picture(
    `<defs><linearGradient id="k" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7ec8f2"/><stop offset="0.55" stop-color="#d9f1ff"/></linearGradient>
     <linearGradient id="m" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1fa2c9"/><stop offset="1" stop-color="#0a4f7a"/></linearGradient></defs>
     <rect width="2430" height="1013" fill="url(#k)"/><circle cx="1980" cy="190" r="90" fill="#fff4c2"/>
     <path d="M0 640 L180 420 L330 470 L520 300 L700 380 L820 330 L980 520 L1120 560 L1300 360 L1480 290 L1640 410 L1800 470 L1960 380 L2150 440 L2430 360 L2430 700 L0 700 Z" fill="#f1ede4"/>
     <path d="M0 700 L240 560 L420 620 L600 520 L760 600 L1000 640 L1230 590 L1450 520 L1700 600 L1900 560 L2430 620 L2430 760 L0 760 Z" fill="#c9c2b2"/>
     <path d="M0 690 L2430 690 L2430 1013 L0 1013 Z" fill="url(#m)"/>
     <path d="M90 820 Q400 790 700 830 T1300 820 T1900 835 T2430 815" stroke="#e8fbff" stroke-width="6" fill="none" opacity="0.6"/>
     <path d="M1250 760 l90 -120 l20 120 Z" fill="#ffffff"/><path d="M1230 765 h160 l-30 26 h-110 Z" fill="#8a4b2a"/>`,
    2430,
    1013,
  );
const cat = () =>
  picture(
    `<rect width="1200" height="900" fill="#cfd8dc"/><ellipse cx="600" cy="560" rx="300" ry="260" fill="#ff9f43"/>
     <circle cx="600" cy="360" r="200" fill="#ff9f43"/><polygon points="440,240 470,80 560,200" fill="#ff9f43"/><polygon points="760,240 730,80 640,200" fill="#ff9f43"/>
     <circle cx="530" cy="350" r="30" fill="#2d3436"/><circle cx="670" cy="350" r="30" fill="#2d3436"/><ellipse cx="600" cy="430" rx="22" ry="14" fill="#d63031"/>`,
    1200,
    900,
  );

/** A rubber duck on a desk, for the classic top/bottom meme. */
const duck = () =>
  picture(
    `<rect width="1400" height="1400" fill="#7ec8e3"/><rect y="1000" width="1400" height="400" fill="#8d6e63"/><rect y="990" width="1400" height="24" fill="#6d4c41"/>
     <ellipse cx="700" cy="880" rx="330" ry="200" fill="#ffd43b"/><circle cx="560" cy="600" r="190" fill="#ffd43b"/>
     <path d="M380 600 Q260 630 300 690 Q360 700 420 660 Z" fill="#f76707"/><circle cx="520" cy="540" r="30" fill="#212529"/><circle cx="510" cy="530" r="9" fill="#ffffff"/>
     <path d="M820 820 Q960 760 1000 880 Q900 900 820 880 Z" fill="#fcc419"/>`,
    1400,
    1400,
  );
/** A wall clock past the hour, for the caption card. */
const clock = () =>
  picture(
    `<rect width="1400" height="1000" fill="#e9ecef"/><rect y="760" width="1400" height="240" fill="#ced4da"/>
     <circle cx="700" cy="420" r="300" fill="#ffffff" stroke="#343a40" stroke-width="28"/>
     ${Array.from({ length: 12 }, (_, i) => `<rect x="692" y="150" width="16" height="44" fill="#343a40" transform="rotate(${i * 30} 700 420)"/>`).join('')}
     <rect x="688" y="250" width="24" height="180" rx="12" fill="#212529" transform="rotate(62 700 420)"/>
     <rect x="694" y="180" width="12" height="250" rx="6" fill="#e03131" transform="rotate(-12 700 420)"/><circle cx="700" cy="420" r="22" fill="#212529"/>`,
    1400,
    1000,
  );
/** A face, frowning or smiling, for the comparison rows. */
const face = (mood: 'no' | 'yes') =>
  picture(
    `<rect width="900" height="900" fill="${mood === 'no' ? '#ffc9c9' : '#b2f2bb'}"/><circle cx="450" cy="450" r="320" fill="#ffd43b"/>
     <circle cx="340" cy="380" r="38" fill="#212529"/><circle cx="560" cy="380" r="38" fill="#212529"/>
     ${mood === 'no' ? '<path d="M300 640 Q450 520 600 640" stroke="#212529" stroke-width="30" fill="none" stroke-linecap="round"/><path d="M280 300 L400 330 M620 300 L500 330" stroke="#212529" stroke-width="22" stroke-linecap="round"/>' : '<path d="M290 540 Q450 700 610 540" stroke="#212529" stroke-width="30" fill="none" stroke-linecap="round"/><circle cx="235" cy="470" r="36" fill="#ff8787" opacity="0.6"/><circle cx="665" cy="470" r="36" fill="#ff8787" opacity="0.6"/>'}`,
    900,
    900,
  );

/**
 * Each top-level auto-fit text with the layout the fitting engine gives it on node-canvas, measured
 * in the bundled faces, stored as the editor stores what its canvas fitted (TextElement.fitted,
 * keyed by fitKey): a reader draws these breaks instead of fitting again.
 */
function withFittedLayouts(d: Design): Design {
  registerBundledFonts();
  const fabric = fabricNode as unknown as FabricNS;
  const fit = (el: Element): Element => {
    if (el.type !== 'text' || !el.autoFit) return el;
    const { fitLayout } = buildText(fabric, el);
    if (!fitLayout) throw new Error(`no fitted layout for ${el.id}`);
    return { ...el, fitted: { key: fitKey(el), fontSize: fitLayout.fontSize, lines: storedLines(fitLayout.lines) } };
  };
  return { ...d, pages: d.pages.map((p) => ({ ...p, elements: p.elements.map(fit) })) };
}

/**
 * A bank template filled for an example: fixed ids and dates, so running this script twice writes
 * the same designs; its texts carry their fitted layout.
 */
function fromBank(templateId: string, formatId: string, slug: string, name: string, values: SlotValues): Design {
  const template = bankTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const filled = fillTemplate(template.build(formatRef(formatId), 'fr'), values, { complete: true });
  let n = 0;
  const renumber = (elements: Element[]): Element[] =>
    elements.map((el) => ({ ...el, id: `${slug}-${++n}`, ...(el.type === 'group' ? { children: renumber(el.children) } : {}) }) as Element);
  return withFittedLayouts({
    ...filled,
    id: `example-${slug}`,
    name,
    pages: filled.pages.map((p, i) => ({ ...p, id: `${slug}-page${i + 1}`, elements: renumber(p.elements) })),
    createdAt: CREATED,
    updatedAt: CREATED,
  });
}

/**
 * Media made with ffmpeg from its own sources (lavfi), for the video examples: same ffmpeg, same
 * bytes. The benchmark reel's pictures, logo and music follow docs/architecture.md, "Video" (the
 * benchmark reel): photo A 2400x3200 and photo B 3200x2400 are Mandelbrot views blurred and
 * grained like a photo, the logo an orange disc, the music a chord over a 120 BPM kick.
 */
async function ffmpegMedium(ext: string, args: string[]): Promise<{ id: string; bytes: Uint8Array }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'affiche-examples-'));
  try {
    const out = path.join(dir, `out.${ext}`);
    await runFfmpeg(['-v', 'error', '-nostdin', '-y', ...args, out], { timeoutMs: 600_000 });
    const bytes = new Uint8Array(await readFile(out));
    return { id: createHash('sha256').update(bytes).digest('hex'), bytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const lavfi = (graph: string) => ffmpegInputArgs(graph, ['-f', 'lavfi']);
/** Deterministic MP4 for a clip: x264 gives the same bytes for the same input whatever the threads. */
const clipOutput = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-map_metadata', '-1', '-fflags', '+bitexact'];

const reelPhotoA = () => ffmpegMedium('jpg', [...lavfi('mandelbrot=s=2400x3200:start_scale=0.5,gblur=sigma=2,noise=alls=12:allf=t'), '-frames:v', '1', '-q:v', '3']);
const reelPhotoB = () =>
  ffmpegMedium('jpg', [...lavfi('mandelbrot=s=3200x2400:start_x=-0.74:start_y=0.15:start_scale=0.05,gblur=sigma=2,noise=alls=12:allf=t'), '-frames:v', '1', '-q:v', '3']);
const reelLogo = () =>
  ffmpegMedium('png', [...lavfi("color=c=0xFF5733@1:s=320x320,format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(hypot(X-160,Y-160),150),255,0)'"), '-frames:v', '1']);
/** 20 s: an A minor-ish chord (220, 277, 330 Hz) over a kick every half second (120 BPM), AAC 192k. */
const reelMusic = () =>
  ffmpegMedium('m4a', [
    ...lavfi('sine=f=220:d=20'),
    ...lavfi('sine=f=277:d=20'),
    ...lavfi('sine=f=330:d=20'),
    ...lavfi("aevalsrc='0.8*sin(2*PI*55*t)*exp(-30*mod(t,0.5))':d=20"),
    '-filter_complex', '[0][1][2][3]amix=inputs=4:normalize=0,volume=0.5',
    '-c:a', 'aac', '-b:a', '192k', '-map_metadata', '-1', '-fflags', '+bitexact',
  ]);
/** 12 s of slowly drifting brand-coloured gradients, 720x1280: the TikTok example's background clip (no sound). */
const gradientClip = () =>
  ffmpegMedium('mp4', [...lavfi('gradients=s=720x1280:c0=0x1B3A5C:c1=0xE07A5F:c2=0xFFD166:nb_colors=3:speed=0.01:seed=3:d=12:r=30'), ...clipOutput]);
/** 6 s of the Game of Life in big cells, 720x720, with a short bleep each second: the video meme's clip. */
const lifeClip = () =>
  ffmpegMedium('mp4', [
    ...lavfi('life=s=90x90:mold=10:r=30:ratio=0.1:seed=7:death_color=#C83232:life_color=#00FF00:mold_color=#2B2B55,scale=720:720:flags=neighbor,format=yuv420p'),
    ...lavfi("aevalsrc='0.3*sin(2*PI*660*t)*lt(mod(t,1),0.12)':d=6:s=48000"),
    '-t', '6', ...clipOutput, '-c:a', 'aac', '-b:a', '128k',
  ]);

const text = (words: string) => ({ kind: 'text' as const, text: words });
const image = (p: { id: string }, width: number, height: number) => ({ kind: 'image' as const, assetId: p.id, width, height });

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

/** What the LinkedIn document example is made from, as a community manager would paste it. */
const LINKEDIN_TEXT = [
  '8 conseils pour un document LinkedIn qu\u2019on lit jusqu\u2019au bout',
  '',
  '1. Promettez un résultat',
  'La première page dit ce que le lecteur saura faire à la fin, en moins de dix mots.',
  '2. Une idée par page',
  'Si une page demande deux titres, elle en cache deux\u00a0: coupez-la.',
  '3. Écrivez gros',
  'On lit votre document sur un téléphone, dans le métro. Visez 40\u00a0px au minimum pour le texte courant.',
  '4. Numérotez les pages',
  '«\u00a0Page 4 sur 10\u00a0» rassure\u00a0: le lecteur sait combien il lui reste.',
  '5. Montrez, ne racontez pas',
  'Un chiffre, une capture, un avant/après valent mieux qu\u2019un paragraphe.',
  '6. Gardez le meilleur pour le milieu',
  'C\u2019est là que l\u2019attention baisse\u00a0: relancez-la avec votre conseil le plus utile.',
  '7. Une seule couleur d\u2019accent',
  'Elle guide l\u2019œil vers ce qui compte. Deux couleurs d\u2019accent, et plus rien ne ressort.',
  '8. Terminez par une action',
  'Enregistrer, commenter, s\u2019abonner\u00a0: choisissez-en une et dites-la clairement.',
].join('\n');

/**
 * The LinkedIn document example: text to carousel (core/carousel/fromText.ts) with the corporate
 * carousel template, measured with node-canvas as the app does; 8 items make 10 slides, the page
 * number "{page}/{pages}" on every slide but the first. Fixed ids and dates and fitted layouts, as fromBank.
 */
function linkedinDocumentCarousel(): Design {
  const template = bankTemplate('bank:carousel-corporate')!.build(formatRef('linkedin-document'), 'fr');
  const { design: made } = carouselFromText(template, LINKEDIN_TEXT, { measurerFor: nodeMeasurerFor() });
  if (made.pages.length !== 10) throw new Error(`the LinkedIn example has ${made.pages.length} slides, not 10`);
  const slug = 'document';
  let n = 0;
  const renumber = (elements: Element[]): Element[] =>
    elements.map((el) => ({ ...el, id: `${slug}-${++n}`, ...(el.type === 'group' ? { children: renumber(el.children) } : {}) }) as Element);
  return withFittedLayouts({
    ...made,
    id: `example-${slug}-linkedin`,
    pages: made.pages.map((p, i) => ({ ...p, id: `${slug}-page${i + 1}`, elements: renumber(p.elements) })),
    createdAt: CREATED,
    updatedAt: CREATED,
  });
}

interface Medium {
  id: string;
  bytes: Uint8Array;
}

/** A video design with fixed ids and dates (scripts/make-examples.ts writes the same bytes twice). */
function video(slug: string, name: string, formatId: string, pages: Page[], extra: Partial<Design>): Design {
  return { ...design(name, formatId, 'video', pages), id: `example-${slug}`, ...extra };
}

const fullPage = { x: 0, y: 0, width: 1080, height: 1920 };

/**
 * The benchmark reel (docs/architecture.md, "Video", the benchmark reel): 1080x1920, 30 fps, 15 s;
 * three scenes (a zoom on photo A, a pan across photo B, a plain end card) joined by a 0.5 s slide
 * then a cut, titles sliding and fading in, a logo fading in, music normalised to -14 LUFS / -1 dBTP.
 * `npm run bench -- video` exports it against the encoder alone and against editly.
 */
function benchmarkReel(m: { photoA: Medium; photoB: Medium; logo: Medium; music: Medium }): Design {
  const scene1: Page = {
    id: 'reel-scene1',
    background: { fill: '#000000' },
    durationMs: 5500,
    transitionOut: { kind: 'slideleft', durationMs: 500 },
    elements: [
      createImageElement({ id: 'reel-photo-a', name: 'Photo A', assetId: m.photoA.id, ...fullPage, kenBurns: { kind: 'zoomIn', amount: 0.15 } }),
      createTextElement({
        id: 'reel-title',
        x: 90,
        y: 1250,
        width: 900,
        text: 'Nouvelle collection',
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSize: 84,
        fill: '#ffffff',
        shadow: { color: '#00000099', blur: 18, offsetX: 0, offsetY: 4 },
        timing: { inMs: 300, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', distance: 80, fade: true } },
      }),
    ],
  };
  const scene2: Page = {
    id: 'reel-scene2',
    background: { fill: '#000000' },
    durationMs: 5000,
    transitionOut: { kind: 'cut', durationMs: 0 },
    elements: [
      createImageElement({ id: 'reel-photo-b', name: 'Photo B', assetId: m.photoB.id, ...fullPage, kenBurns: { kind: 'panRight', amount: 0.1 } }),
      // The pill: a text on its own rounded highlight. A slide without a distance comes from outside the page.
      createTextElement({
        id: 'reel-pill',
        name: 'Pill',
        x: 90,
        y: 1480,
        width: 760,
        text: '-30\u00a0% ce week-end',
        fontFamily: 'Montserrat',
        fontWeight: 700,
        fontSize: 64,
        fill: '#ffffff',
        background: { color: '#E63946', padding: 28, radius: 60 },
        timing: { inMs: 800, animationIn: { kind: 'slideRight', durationMs: 500, easing: 'easeOut' } },
      }),
    ],
  };
  const scene3: Page = {
    id: 'reel-scene3',
    background: { fill: '#1B3A5C' },
    durationMs: 5000,
    elements: [
      createImageElement({ id: 'reel-logo', name: 'Logo', assetId: m.logo.id, x: 380, y: 640, width: 320, height: 320, timing: { inMs: 200, animationIn: { kind: 'fade', durationMs: 400, easing: 'easeOut' } } }),
      createTextElement({
        id: 'reel-cta',
        x: 90,
        y: 1060,
        width: 900,
        text: 'Lien en bio',
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSize: 96,
        fill: '#FFD166',
        timing: { inMs: 600, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', distance: 80, fade: true } },
      }),
    ],
  };
  return video('benchmark-reel', 'Reel de référence', 'instagram-reel', [scene1, scene2, scene3], {
    audio: { assetId: m.music.id, volume: 1, startMs: 0, fadeInMs: 500, fadeOutMs: 1000, fit: 'fitToVideo' },
    video: { fps: 30, loudness: { lufs: -14, truePeak: -1 } },
  });
}

/**
 * The captions of the TikTok example, as the SRT file a caption tool would hand over (8 cues,
 * French, cut into pages of 1 to 2 s): the example imports it through the captions parser, as
 * the Captions panel does, so the file and the cues cannot disagree.
 */
const TIKTOK_SRT = [
  '1', '00:00:00,000 --> 00:00:01,600', 'Trois astuces pour filmer avec ton téléphone', '',
  '2', '00:00:01,600 --> 00:00:03,200', 'Un\u00a0: nettoie l’objectif avant de filmer', '',
  '3', '00:00:03,200 --> 00:00:04,800', 'Deux\u00a0: filme face à la lumière', '',
  '4', '00:00:04,800 --> 00:00:06,400', 'Trois\u00a0: tiens ton téléphone à deux mains', '',
  '5', '00:00:06,400 --> 00:00:08,000', 'Et coupe tes plans sous les trois secondes', '',
  '6', '00:00:08,000 --> 00:00:09,600', 'Tu veux la suite\u202f?', '',
  '7', '00:00:09,600 --> 00:00:11,200', 'Abonne-toi pour la partie deux', '',
  '8', '00:00:11,200 --> 00:00:12,000', 'À demain\u202f!', '',
].join('\r\n');

/** A TikTok 9:16 video: a background clip, a handle, the music, and French captions burned in word by word (preset highlight). */
function tiktokCaptions(m: { clip: Medium; music: Medium }): Design {
  const scene: Page = {
    id: 'tiktok-scene1',
    background: { fill: '#1B3A5C' },
    durationMs: 12_000,
    elements: [
      createVideoElement({ id: 'tiktok-clip', name: 'Fond', assetId: m.clip.id, ...fullPage, trimOutMs: 12_000, muted: true, volume: 0 }),
      createTextElement({
        id: 'tiktok-handle',
        x: 90,
        y: 300,
        width: 900,
        text: '@atelier.affiche',
        fontFamily: 'Montserrat',
        fontWeight: 700,
        fontSize: 48,
        fill: '#ffffff',
        timing: { inMs: 0, animationIn: { kind: 'fade', durationMs: 500, easing: 'easeOut' } },
      }),
    ],
  };
  return video('tiktok-captions', 'Astuces vidéo sous-titrées', 'tiktok-video', [scene], {
    audio: { assetId: m.music.id, volume: 0.6, startMs: 0, fadeInMs: 300, fadeOutMs: 1000, fit: 'fitToVideo' },
    video: { fps: 30 },
    captions: {
      cues: parseCaptions(TIKTOK_SRT, 'srt'),
      burnIn: true,
      preset: 'highlight',
      position: 'middle',
      fontFamily: 'Montserrat',
      fontSize: 72,
      color: '#FFFFFF',
      accent: '#FFD166',
    },
  });
}

/** The classic meme over a clip: top line from the start, the punchline popping in at 2.5 s, the clip's own sound kept. */
function memeVideo(m: { clip: Medium }): Design {
  const memeText = (idSuffix: string, y: number, words: string) =>
    createTextElement({
      id: `meme-video-${idSuffix}`,
      x: 40,
      y,
      width: 1000,
      text: words,
      fontFamily: 'Anton',
      fontSize: 100,
      fill: '#ffffff',
      textCase: 'upper',
      stroke: { color: '#000000', width: 10, widthRatio: 0.09 },
    });
  const scene: Page = {
    id: 'meme-video-scene1',
    background: { fill: '#000000' },
    durationMs: 6000,
    elements: [
      createVideoElement({ id: 'meme-video-clip', name: 'Clip', assetId: m.clip.id, x: 0, y: 0, width: 1080, height: 1080, trimOutMs: 6000, volume: 0.8 }),
      { ...memeText('top', 40, 'Quand la réunion du lundi'), timing: { inMs: 0, animationIn: { kind: 'fade', durationMs: 300, easing: 'easeOut' } } },
      { ...memeText('bottom', 900, 'aurait pu être un mail'), timing: { inMs: 2500, animationIn: { kind: 'pop', durationMs: 350, easing: 'back', scale: 0.5 } } },
    ],
  };
  return video('meme-video-reunion', 'La réunion du lundi (vidéo)', 'instagram-square', [scene], { video: { fps: 30 } });
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
  const duckImg = await duck();
  const clockImg = await clock();
  const noImg = await face('no');
  const yesImg = await face('yes');
  const calanquesImg = await calanques();
  const [photoA, photoB, logo, music, gradient, life] = [await reelPhotoA(), await reelPhotoB(), await reelLogo(), await reelMusic(), await gradientClip(), await lifeClip()];
  const blobs = new Map([sunsetImg, seaImg, catImg, duckImg, clockImg, noImg, yesImg, calanquesImg, photoA, photoB, logo, music, gradient, life].map((p) => [p.id, p.bytes]));

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
    [
      'meme-canard-bug',
      fromBank('bank:classic', 'instagram-square', 'canard', 'Le canard et le bug', {
        picture: image(duckImg, 1400, 1400),
        top: text('J’ai expliqué le bug au canard'),
        bottom: text('Le canard a trouvé la solution'),
      }),
    ],
    [
      'meme-carte-legende-reunion',
      fromBank('bank:caption-card', 'instagram-portrait', 'reunion', 'La réunion rapide', {
        picture: image(clockImg, 1400, 1000),
        caption: text('Quand la réunion «\u00a0rapide\u00a0» entame sa deuxième heure'),
      }),
    ],
    [
      'meme-rangees-notes',
      fromBank('bank:prefer-reject', 'instagram-square', 'notes', 'Notes ou mème', {
        'picture 1': image(noImg, 900, 900),
        'label 1': text('Relire ses notes de réunion'),
        'picture 2': image(yesImg, 900, 900),
        'label 2': text('Transformer la réunion en mème'),
      }),
    ],
    [
      // A seamless panorama (core/carousel/panorama.ts): one picture across three Instagram slides,
      // texts kept inside their slides, clear of the seam margin.
      'panorama-calanques',
      {
        ...design('Les calanques en panorama', 'instagram-carousel', 'carousel', [
          page('#7ec8f2', [
            createImageElement({ id: id('e'), assetId: calanquesImg.id, x: 0, y: 0, width: 3240, height: 1350, name: 'Calanques' }),
            createTextElement({ id: id('e'), x: 80, y: 110, width: 880, text: 'Les calanques', fontFamily: 'Playfair Display', fontWeight: 700, fontSize: 120, fill: '#0a3d62', align: 'left' }),
            createTextElement({ id: id('e'), x: 80, y: 260, width: 880, text: 'Trois criques, une seule vue', fontFamily: 'Inter', fontSize: 48, fill: '#0a3d62', align: 'left' }),
            createTextElement({ id: id('e'), x: 700, y: 1200, width: 300, text: 'Glissez →', fontFamily: 'Inter', fontWeight: 700, fontSize: 44, fill: '#ffffff', align: 'right' }),
            createTextElement({ id: id('e'), x: 2240, y: 1210, width: 900, text: 'Réservez votre sortie en kayak', fontFamily: 'Montserrat', fontWeight: 700, fontSize: 56, fill: '#ffffff', align: 'right' }),
          ]),
        ]),
        id: 'example-panorama-calanques',
        ...panoramaLayout({ preset: 'instagram-carousel', width: 1080, height: 1350 }, 3, 40),
      },
    ],
    ['document-linkedin-conseils', linkedinDocumentCarousel()],
    ['benchmark-reel', benchmarkReel({ photoA, photoB, logo, music })],
    ['tiktok-captions', tiktokCaptions({ clip: gradient, music })],
    ['meme-video-reunion', memeVideo({ clip: life })],
  ];

  // `--only a,b` writes just those examples (the others' files keep their bytes: zip dates change on every run).
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg === -1 ? null : new Set(process.argv[onlyArg + 1]?.split(',') ?? []);
  if (only) for (const name of only) if (!examples.some(([file]) => file === name)) throw new Error(`no example ${name}`);
  for (const [file, d] of examples) {
    parseDesign(d, file); // an example that does not validate must never ship
    if (only && !only.has(file)) continue;
    const zip = await packDesign(d, async (assetId) => blobs.get(assetId) ?? null);
    await writeFile(path.join(outDir, `${file}.affiche`), zip);
    console.log(`${file}.affiche`);
  }
}

await main();
