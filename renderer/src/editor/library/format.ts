/** Small labels of the library panel. */
import type { AssetSummary } from '../../../../core/api';

/** 83_500 ms -> "1:24"; an hour or more -> "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** What the user calls an asset: the name they gave it, else the file it came from. */
export function assetName(asset: AssetSummary): string {
  return asset.name ?? asset.fileName;
}
