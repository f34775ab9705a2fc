/**
 * core/render's RenderEnv for the browser: Fabric's browser build, and images loaded from the
 * bridge's media URLs. crossOrigin 'anonymous' keeps canvases untainted so export can read pixels
 * (the media servers answer with CORS headers). Assets are content-addressed (sha256), so a loaded
 * image never goes stale and is cached for the session; failures are not cached (retried next time).
 * A video shows the frame it starts on, decoded by the browser as the Node renderer's ffmpeg does
 * for exports (the library's thumbnail when the browser cannot decode it).
 */
import * as fabric from 'fabric';
import type { RenderEnv } from '../../../../core/render';
import { getBridge } from '../../bridge';
import { loadFontFamilies } from '../../fonts/loadFonts';

const images = new Map<string, Promise<HTMLImageElement | null>>();

export function loadHtmlImage(url: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

export function loadAssetImage(assetId: string): Promise<HTMLImageElement | null> {
  let pending = images.get(assetId);
  if (!pending) {
    pending = loadHtmlImage(getBridge().mediaUrl('asset', assetId)).then((image) => {
      if (!image) images.delete(assetId);
      return image;
    });
    images.set(assetId, pending);
  }
  return pending;
}

/** A video decoder gets this long to show a frame before the thumbnail is used instead. */
const FRAME_TIMEOUT_MS = 15_000;
const FRAME_TRIES = 30;

/** Whether nothing at all was drawn (every sampled pixel fully transparent). */
function isBlank(canvas: HTMLCanvasElement): boolean {
  const sample = document.createElement('canvas');
  sample.width = sample.height = 8;
  const ctx = sample.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  ctx.drawImage(canvas, 0, 0, 8, 8);
  const { data } = ctx.getImageData(0, 0, 8, 8);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return false;
  return true;
}

/** The frame of the video at `url` at `atMs` (its last one if the video is shorter), or null. */
export function decodeVideoFrame(url: string, atMs: number): Promise<HTMLCanvasElement | null> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    let settled = false;
    const finish = (frame: HTMLCanvasElement | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      resolve(frame);
    };
    const timer = setTimeout(() => finish(null), FRAME_TIMEOUT_MS);
    let tries = 0;
    const draw = () => {
      if (settled) return;
      if (!video.videoWidth || !video.videoHeight) return finish(null);
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) return finish(null);
      ctx.drawImage(video, 0, 0);
      // Chromium may report the frame before it can be drawn (a busy machine): try again shortly.
      if (isBlank(canvas) && ++tries < FRAME_TRIES) return void setTimeout(draw, 100);
      finish(canvas);
    };
    video.crossOrigin = 'anonymous';
    video.muted = true;
    video.preload = 'auto';
    video.addEventListener('error', () => finish(null));
    video.addEventListener('loadedmetadata', () => {
      const end = Number.isFinite(video.duration) ? Math.max(0, video.duration - 0.001) : 0;
      const at = Math.min(atMs / 1000, end);
      // The first frame is there once data has loaded; any other needs a seek.
      if (at <= 0) video.addEventListener('loadeddata', draw, { once: true });
      else {
        video.addEventListener('seeked', draw, { once: true });
        video.currentTime = at;
      }
    });
    video.src = url;
  });
}

const videoFrames = new Map<string, Promise<HTMLCanvasElement | HTMLImageElement | null>>();

export function loadVideoFrame(assetId: string, atMs: number): Promise<HTMLCanvasElement | HTMLImageElement | null> {
  const key = `${assetId}@${atMs}`;
  let pending = videoFrames.get(key);
  if (!pending) {
    const bridge = getBridge();
    pending = decodeVideoFrame(bridge.mediaUrl('asset', assetId), atMs)
      .then((frame): Promise<HTMLCanvasElement | HTMLImageElement | null> => (frame ? Promise.resolve(frame) : loadHtmlImage(bridge.mediaUrl('thumb', assetId))))
      .then((frame) => {
        if (!frame) videoFrames.delete(key);
        return frame;
      });
    videoFrames.set(key, pending);
  }
  return pending;
}

let env: RenderEnv | undefined;

export function browserRenderEnv(): RenderEnv {
  env ??= { fabric, loadImage: loadAssetImage, loadVideoFrame, ensureFont: (family) => loadFontFamilies([family]) };
  return env;
}
