/** Browser file helpers: read an <input type=file> pick, hand bytes to the user as a download. */

export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Saves a blob through an <a download> click. Electron turns this into a save dialog; a browser
 * drops it in the downloads folder.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
