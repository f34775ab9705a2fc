/**
 * Files between the user and the backend, whatever the transport (docs/architecture.md,
 * "Staging"): a picked, dropped or pasted file is uploaded to the staging area and imported by id;
 * a job's staged result is downloaded (browser mode) or was already saved where the user chose
 * (Electron). The one import path for the library screen, the editor and the brand kit.
 */
import type { AssetSummary, UploadOptions } from '../../../core/api/contract';
import { getBridge } from '.';

/** The API takes 1..255 characters; a longer name keeps its end (the extension). */
export function uploadName(file: File, fallback = 'pasted-file'): string {
  const name = file.name.trim() || (file.type ? `pasted-${file.type.split('/')[1] ?? 'file'}` : fallback);
  return name.length <= 255 ? name : name.slice(name.length - 255);
}

/** Imports a file into the library; throws the backend's reason (a keyed message) when it is refused. */
export async function importAssetFile(file: File, options: UploadOptions & { fallbackName?: string } = {}): Promise<{ asset: AssetSummary; duplicate: boolean }> {
  const bridge = getBridge();
  const fileName = uploadName(file, options.fallbackName);
  const source = await bridge.upload(file, fileName, options);
  return bridge.api['assets.import']({ fileName, source });
}

/** Uploads a file for a call or a job that takes a staging id (an archive, a .affiche file). */
export function stageFile(file: File, options: UploadOptions = {}): Promise<string> {
  return getBridge().upload(file, uploadName(file), options);
}

/** Downloads a job's staged result once (browser mode); false where the host saved it already. */
export function downloadStaged(downloadId: string | undefined, fileName: string): boolean {
  const url = downloadId ? getBridge().downloadUrl(downloadId) : null;
  if (!url) return false;
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  markDownloaded(downloadId!);
  return true;
}

const DOWNLOADED_KEY = 'affiche.downloaded';

/** Staged results are served once: the tray offers a download only for those not taken yet. */
export function wasDownloaded(downloadId: string): boolean {
  try {
    return (JSON.parse(sessionStorage.getItem(DOWNLOADED_KEY) ?? '[]') as string[]).includes(downloadId);
  } catch {
    return false;
  }
}

function markDownloaded(downloadId: string): void {
  try {
    const ids = (JSON.parse(sessionStorage.getItem(DOWNLOADED_KEY) ?? '[]') as string[]).slice(-50);
    sessionStorage.setItem(DOWNLOADED_KEY, JSON.stringify([...ids, downloadId]));
  } catch {
    // private mode: the tray may offer a download that is gone; the server answers 404.
  }
}
