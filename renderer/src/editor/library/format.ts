/** Small labels of the library panel. */
import type { AssetSummary } from '../../../../core/api';

export { formatDuration } from '../../shared/locale';

/** What the user calls an asset: the name they gave it, else the file it came from. */
export function assetName(asset: AssetSummary): string {
  return asset.name ?? asset.fileName;
}
