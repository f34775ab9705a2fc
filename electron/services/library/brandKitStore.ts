/**
 * The brand kit, kept in library.json (`brandKit`, schema v3; core/schema/brandKit.ts).
 *
 * Like the user's formats (formatStore.ts), it is small and has no file of its own: a change is one
 * durable, coalesced library.json write, and if that write fails (full disk) the in-memory kit is
 * put back as it was, so what the UI shows is what is on disk.
 */
import { newId } from '../../../core/schema/factory';
import {
  brandKitSchema,
  DEFAULT_TEXT_PRESETS,
  TEXT_ROLES,
  type BrandKit,
  type BrandKitPatch,
  type Palette,
} from '../../../core/schema/brandKit';
import { describeZodError } from '../../../core/schema/parseDesign';
import { UserError } from '../errors';
import { msg } from '../../../core/messages';
import { assertWritable, data, type LibraryContext } from './context';

/** Names as stored: trimmed, inner runs of spaces (and tabs, newlines) made one space. */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export class BrandKitStore {
  constructor(private readonly ctx: LibraryContext) {}

  /** True for an image the library still holds (own keys only: `__proto__` finds nothing). */
  private isImage(id: string): boolean {
    const assets = data(this.ctx).assets;
    return Object.prototype.hasOwnProperty.call(assets, id) && assets[id].kind === 'image';
  }

  get(): BrandKit {
    const kit = structuredClone(data(this.ctx).brandKit);
    // A logo whose image left the library (hand edit, a later "delete asset") is not offered: the
    // panel would show a broken tile and inserting it would fail.
    kit.logos = kit.logos.filter((id) => this.isImage(id));
    return kit;
  }

  async update(patch: BrandKitPatch): Promise<BrandKit> {
    assertWritable(this.ctx);
    const before = data(this.ctx).brandKit;
    const next: BrandKit = structuredClone(before);

    if (patch.palettes !== undefined) next.palettes = this.palettes(patch.palettes, before.palettes);
    if (patch.presets !== undefined) {
      for (const role of TEXT_ROLES) {
        const preset = patch.presets[role];
        if (preset === null) next.presets[role] = { ...DEFAULT_TEXT_PRESETS[role] };
        else if (preset !== undefined) next.presets[role] = { ...preset };
      }
    }
    if (patch.logos !== undefined) {
      const seen = new Set<string>();
      for (const id of patch.logos) {
        if (!this.isImage(id)) throw new UserError('invalid-args', msg('brandKit.logoNotImage', { id: id.slice(0, 12) }));
        if (seen.has(id)) throw new UserError('invalid-args', msg('brandKit.logoTwice'));
        seen.add(id);
      }
      next.logos = [...patch.logos];
    }

    // The dispatcher checked the arguments against the contract; the store checks the whole kit
    // again so no caller (CLI, tests) can store something the next open would refuse.
    const parsed = brandKitSchema.safeParse(next);
    if (!parsed.success) throw new UserError('invalid-args', msg('brandKit.invalid', { detail: describeZodError(parsed.error) }));

    data(this.ctx).brandKit = parsed.data;
    try {
      await this.ctx.index.save();
    } catch (error) {
      data(this.ctx).brandKit = before;
      throw error;
    }
    return this.get();
  }

  private palettes(input: NonNullable<BrandKitPatch['palettes']>, current: readonly Palette[]): Palette[] {
    const known = new Set(current.map((palette) => palette.id));
    const ids = new Set<string>();
    const out: Palette[] = [];
    for (const palette of input) {
      const name = cleanName(typeof palette.name === 'string' ? palette.name : '');
      if (!name) throw new UserError('invalid-args', msg('brandKit.paletteNeedsName'));
      if (palette.id !== undefined && !known.has(palette.id)) {
        throw new UserError('not-found', msg('brandKit.paletteGone', { name }));
      }
      if (palette.id !== undefined && ids.has(palette.id)) throw new UserError('invalid-args', msg('brandKit.paletteTwice', { name }));
      // Swatches are grouped under the palette's name: two palettes named alike could not be told apart.
      const clash = out.find((other) => sameName(other.name, name));
      if (clash) throw new UserError('invalid-args', msg('brandKit.paletteNameTaken', { name: clash.name }));
      const colours = palette.colors.map(({ hex, name: colourName }) => {
        const cleaned = colourName === undefined ? '' : cleanName(colourName);
        return cleaned ? { hex: hex.toLowerCase(), name: cleaned } : { hex: hex.toLowerCase() };
      });
      const twice = colours.find((colour, index) => colours.findIndex((other) => other.hex === colour.hex) !== index);
      if (twice) throw new UserError('invalid-args', msg('brandKit.colourTwice', { hex: twice.hex, name }));
      const id = palette.id ?? newId('pal');
      ids.add(id);
      out.push({ id, name, colors: colours });
    }
    return out;
  }
}
