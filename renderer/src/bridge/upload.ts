/**
 * Files from the page to the backend's staging area (docs/architecture.md, "Staging"), with
 * progress and cancel and bounded memory: browser mode streams the file as one request body
 * (POST /api/staging), Electron sends it in 4 MB chunks over IPC. Either way the answer is a
 * staging id for calls such as `assets.import`.
 */
import { AfficheCallError } from '../../../core/api/names';
import { decodeWire } from '../../../core/api/codec';
import type { ApiError, ChunkedUploads, UploadOptions } from '../../../core/api/contract';

export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

function cancelled(): AfficheCallError {
  return new AfficheCallError('cancelled', 'Cancelled.', { key: 'job.cancelled' });
}

/** Electron: the file read one slice at a time and sent chunk by chunk. */
export async function uploadInChunks(file: Blob, fileName: string, uploads: ChunkedUploads, options: UploadOptions = {}): Promise<string> {
  if (options.signal?.aborted) throw cancelled();
  const uploadId = await uploads.begin(fileName);
  try {
    for (let start = 0; start < file.size; start += UPLOAD_CHUNK_BYTES) {
      if (options.signal?.aborted) throw cancelled();
      const chunk = new Uint8Array(await file.slice(start, start + UPLOAD_CHUNK_BYTES).arrayBuffer());
      await uploads.append(uploadId, chunk);
      options.onProgress?.(Math.min(file.size, start + chunk.byteLength), file.size);
    }
    const { id } = await uploads.finish(uploadId);
    return id;
  } catch (error) {
    await uploads.abort(uploadId).catch(() => undefined);
    throw error;
  }
}

/** Browser mode: one streamed request (XMLHttpRequest, for upload progress). */
export function uploadOverHttp(base: string, file: Blob, fileName: string, options: UploadOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(cancelled());
    const request = new XMLHttpRequest();
    request.open('POST', `${base}/api/staging?name=${encodeURIComponent(fileName)}`);
    request.withCredentials = true;
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    const onAbort = () => request.abort();
    options.signal?.addEventListener('abort', onAbort);
    request.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onabort = () => reject(cancelled());
    request.onerror = () => reject(new AfficheCallError('internal', 'Affiche’s local server is not responding. Is "npm run web" still running?', { key: 'call.serverGone' }));
    request.onload = () => {
      options.signal?.removeEventListener('abort', onAbort);
      let outcome: { ok: true; result: { id: string } } | { ok: false; error: ApiError };
      try {
        outcome = decodeWire(request.responseText) as typeof outcome;
      } catch {
        return reject(new AfficheCallError('internal', request.responseText || `The upload failed (${request.status}).`));
      }
      if (outcome.ok) resolve(outcome.result.id);
      else reject(new AfficheCallError(outcome.error.code, outcome.error.message, { key: outcome.error.key, params: outcome.error.params }));
    };
    request.send(file);
  });
}
