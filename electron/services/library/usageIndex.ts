/**
 * Which designs use which assets (`assets.usage`, and the checks of `assets.delete` and
 * `assets.emptyTrash`), without opening every design at each question.
 *
 * In memory only: built on the first question after an open by reading each design once, then
 * kept current by DesignStore, which reports every design it writes (create, save, rename,
 * duplicate) or removes (empty trash). Not stored in library.json: a stored copy could disagree
 * with the design files after a crash between the two writes, while this one is derived from the
 * files themselves at every open. The cost is one read of each design on the first question per
 * session, not at open (opening stays within its budget).
 */
import { assetIdsOfDesign } from '../../../core/elements';
import type { Design } from '../../../core/schema/design';
import type { AssetUsage } from '../../../core/api/assetArgs';
import { data, type LibraryContext } from './context';

export class UsageIndex {
  private readonly assetsOf = new Map<string, readonly string[]>();
  private readonly designsOf = new Map<string, Set<string>>();
  /** Designs that could not be read while building: what they use is unknown. */
  private readonly unreadable = new Set<string>();
  private building: Promise<void> | null = null;

  constructor(
    private readonly ctx: LibraryContext,
    private readonly load: (designId: string) => Promise<Design>,
  ) {}

  /** A design was written: from now on it uses these assets. */
  setDesign(design: Design): void {
    this.forget(design.id);
    const ids = assetIdsOfDesign(design);
    this.assetsOf.set(design.id, ids);
    for (const assetId of ids) {
      let set = this.designsOf.get(assetId);
      if (!set) this.designsOf.set(assetId, (set = new Set()));
      set.add(design.id);
    }
  }

  /** A design was removed for good. */
  removeDesign(designId: string): void {
    this.forget(designId);
  }

  private forget(designId: string): void {
    this.unreadable.delete(designId);
    for (const assetId of this.assetsOf.get(designId) ?? []) {
      const set = this.designsOf.get(assetId);
      set?.delete(designId);
      if (set?.size === 0) this.designsOf.delete(assetId);
    }
    this.assetsOf.delete(designId);
  }

  /** Reads the designs not known yet (once per open; later calls return at once). */
  ready(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    for (const id of Object.keys(data(this.ctx).designs)) {
      if (this.assetsOf.has(id)) continue;
      try {
        const design = await this.load(id);
        // A write reported while this read was waiting is newer than what was read: keep it.
        if (!this.assetsOf.has(id) && data(this.ctx).designs[id]) this.setDesign(design);
      } catch {
        if (!this.assetsOf.has(id)) this.unreadable.add(id);
      }
    }
  }

  /** True when some design could not be read: callers that delete must then keep everything. */
  async incomplete(): Promise<boolean> {
    await this.ready();
    return [...this.unreadable].some((id) => data(this.ctx).designs[id] !== undefined);
  }

  async usage(assetId: string): Promise<AssetUsage> {
    await this.ready();
    const designs = data(this.ctx).designs;
    const users = [...(this.designsOf.get(assetId) ?? [])]
      .map((id) => designs[id])
      .filter((entry) => entry !== undefined)
      .map((entry) => ({ id: entry.id, name: entry.name, trashed: entry.deletedAt !== undefined }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { designs: users, brandKit: (data(this.ctx).brandKit?.logos ?? []).includes(assetId) };
  }
}
