/**
 * Writes the Elements panel's bundled sets (run: `npx tsx scripts/make-element-sets.ts`):
 *
 * - `assets/icons/tabler.json` from the npm package `@tabler/icons` (MIT): every icon's name,
 *   category, tags and drawing (its SVG paths, 24x24), outline and filled styles;
 * - `assets/emoji/emoji.json` from `emojibase-data` (MIT; its names and keywords are Unicode CLDR
 *   annotations): every fully-qualified emoji without skin-tone variants, with its group and its
 *   English and French names and keywords.
 *
 * Both packages are devDependencies: the app reads only the files written here, and
 * assets/PROVENANCE.json records their source, version and licence (a test checks every bundled
 * file has an entry). `--packages DIR` reads the packages from DIR instead of node_modules.
 * The output is compact JSON, stable for the same package versions (sorted by name or order).
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmojiSetFile, IconSetFile, IconPathRecord } from '../core/elementSets/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--packages');
const packages = flag > 0 ? path.resolve(process.argv[flag + 1]) : path.join(root, 'node_modules');

async function json<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

type SvgNode = [string, Record<string, string>];

/** A path of a tabler drawing: plain `d` when it is stroked and not filled (the outline style's rule). */
function pathRecord(node: SvgNode, style: 'outline' | 'filled'): IconPathRecord {
  const [tag, attrs] = node;
  if (tag !== 'path' || typeof attrs.d !== 'string') throw new Error(`unexpected SVG node ${tag}`);
  const fill = style === 'filled' ? attrs.fill !== 'none' : attrs.fill === 'currentColor';
  const stroke = style === 'outline' ? attrs.stroke !== 'none' : attrs.stroke === 'currentColor';
  return fill === false && stroke === true ? attrs.d : { d: attrs.d, fill, stroke };
}

async function makeIcons(): Promise<void> {
  const dir = path.join(packages, '@tabler/icons');
  const pkg = await json<{ version: string; license: string }>(path.join(dir, 'package.json'));
  const meta = await json<Record<string, { name: string; category?: string; tags?: (string | number)[] }>>(path.join(dir, 'icons.json'));
  const outline = await json<Record<string, SvgNode[]>>(path.join(dir, 'tabler-nodes-outline.json'));
  const filled = await json<Record<string, SvgNode[]>>(path.join(dir, 'tabler-nodes-filled.json'));
  const categories = [...new Set(Object.values(meta).map((icon) => icon.category || 'Other'))].sort();
  const icons: IconSetFile['icons'] = [];
  for (const name of Object.keys(meta).sort()) {
    const icon = meta[name];
    const tags = (icon.tags ?? []).map(String).filter((tag) => tag !== name);
    const drawings = {
      outline: outline[name]?.map((node) => pathRecord(node, 'outline')),
      filled: filled[name]?.map((node) => pathRecord(node, 'filled')),
    };
    if (!drawings.outline && !drawings.filled) continue;
    icons.push([name, categories.indexOf(icon.category || 'Other'), tags.join(' '), drawings.outline ?? null, drawings.filled ?? null]);
  }
  const file: IconSetFile = { set: 'tabler', package: '@tabler/icons', version: pkg.version, license: pkg.license, viewBox: 24, strokeWidth: 2, categories, icons };
  await mkdir(path.join(root, 'assets/icons'), { recursive: true });
  await writeFile(path.join(root, 'assets/icons/tabler.json'), JSON.stringify(file));
  console.log(`assets/icons/tabler.json: ${icons.length} icons, @tabler/icons ${pkg.version}`);
}

interface EmojibaseEntry {
  hexcode: string;
  label: string;
  unicode: string;
  group?: number;
  order?: number;
  tags?: string[];
}

async function makeEmoji(): Promise<void> {
  const dir = path.join(packages, 'emojibase-data');
  const pkg = await json<{ version: string; license: string }>(path.join(dir, 'package.json'));
  const en = await json<EmojibaseEntry[]>(path.join(dir, 'en/compact.json'));
  const fr = new Map((await json<EmojibaseEntry[]>(path.join(dir, 'fr/compact.json'))).map((entry) => [entry.hexcode, entry]));
  const groups = (await json<{ groups: { key: string; order: number }[] }>(path.join(dir, 'en/messages.json'))).groups;
  // Component (skin tones, hair) is not a sticker.
  const shown = groups.filter((group) => group.key !== 'component').sort((a, b) => a.order - b.order);
  const emoji: EmojiSetFile['emoji'] = en
    .filter((entry) => entry.group !== undefined && entry.order !== undefined && shown.some((group) => group.order === entry.group))
    .sort((a, b) => a.order! - b.order!)
    .map((entry) => {
      const french = fr.get(entry.hexcode);
      return [
        entry.unicode,
        shown.findIndex((group) => group.order === entry.group),
        entry.label,
        (entry.tags ?? []).join(' '),
        french?.label ?? entry.label,
        (french?.tags ?? []).join(' '),
      ];
    });
  const file: EmojiSetFile = { package: 'emojibase-data', version: pkg.version, license: pkg.license, groups: shown.map((group) => group.key), emoji };
  await mkdir(path.join(root, 'assets/emoji'), { recursive: true });
  await writeFile(path.join(root, 'assets/emoji/emoji.json'), JSON.stringify(file));
  console.log(`assets/emoji/emoji.json: ${emoji.length} emoji, emojibase-data ${pkg.version}`);
}

await makeIcons();
await makeEmoji();
