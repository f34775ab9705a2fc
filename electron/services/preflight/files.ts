/**
 * `preflight.check` and `preflight.fix` (the command line's `affiche preflight`): an image file
 * checked against a format, and a fixed copy written where the caller's target says (a temp file
 * beside it, flushed and renamed: never half an image).
 *
 * A ratio the format refuses is a design choice, so it is never cropped silently: with `crop` the
 * picture is cut to the format's ratio around its centre or a focal point (fractions of the width
 * and height), then fixed as usual; without it, the problems say how to ask for a crop.
 */
import path from 'node:path';
import sharp from 'sharp';
import { ratioValue } from '../../../core/formats/catalog';
import type { AnyFormat } from '../../../core/formats/userFormats';
import { msg, type Message } from '../../../core/messages';
import { preflight, RATIO_TOLERANCE, type RuleResult } from '../../../core/preflight';
import { asMessage } from '../export/checkedImage';
import { writeFileAtomic } from '../library/durableFile';
import { autoFix, DEFAULT_QUALITY } from './autoFix';
import { measureImage } from './measure';

export type CropRequest = 'center' | { x: number; y: number };

export async function checkImageFile(bytes: Uint8Array, fileName: string, format: AnyFormat): Promise<{ type: string; bytes: number; width: number; height: number; rules: RuleResult[] }> {
  const measured = await measureImage(bytes, `"${fileName}"`);
  return { type: measured.type, bytes: measured.bytes, width: measured.width, height: measured.height, rules: preflight(measured, format) };
}

/** The largest box of the format's ratio inside `width` x `height`, centred on the focal point. */
export function cropBox(width: number, height: number, ratio: number, focal: { x: number; y: number }): { left: number; top: number; width: number; height: number } {
  const wide = width / height > ratio;
  const w = wide ? Math.max(1, Math.round(height * ratio)) : width;
  const h = wide ? height : Math.max(1, Math.round(width / ratio));
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max);
  return { left: clamp(focal.x * width - w / 2, width - w), top: clamp(focal.y * height - h / 2, height - h), width: w, height: h };
}

async function crop(bytes: Uint8Array, format: AnyFormat, request: CropRequest): Promise<{ bytes: Uint8Array; change?: Message }> {
  const measured = await measureImage(bytes);
  const ratio = ratioValue(format.ratio);
  if (Math.abs(measured.width / measured.height / ratio - 1) <= RATIO_TOLERANCE) return { bytes };
  const focal = request === 'center' ? { x: 0.5, y: 0.5 } : request;
  const box = cropBox(measured.width, measured.height, ratio, focal);
  // rotate(): EXIF orientation first, so the box is cut from the picture as it is seen.
  const image = sharp(bytes).rotate().extract(box);
  const encoded =
    measured.type === 'image/jpeg'
      ? await image.jpeg({ quality: DEFAULT_QUALITY, mozjpeg: true }).toBuffer()
      : measured.type === 'image/webp'
        ? await image.webp({ quality: DEFAULT_QUALITY }).toBuffer()
        : await image.png().toBuffer();
  return {
    bytes: encoded,
    change: msg('preflight.cropped', { from: `${measured.width}x${measured.height}`, to: `${box.width}x${box.height}`, ratio: format.ratio, where: request === 'center' ? msg('preflight.cropCentre') : msg('preflight.cropFocal', { x: Math.round(focal.x * 100), y: Math.round(focal.y * 100) }) }),
  };
}

export async function fixImageFile(
  input: Uint8Array,
  fileName: string,
  format: AnyFormat,
  target: string,
  cropRequest?: CropRequest,
): Promise<{ written: boolean; type: string; bytes: number; changes: Message[]; problems: Message[]; rules: RuleResult[] }> {
  const cropped = cropRequest ? await crop(input, format, cropRequest) : { bytes: input };
  const fixed = await autoFix(cropped.bytes, format, `"${fileName}"`);
  const changes = [...(cropped.change ? [cropped.change] : []), ...fixed.changes.map(asMessage)];
  const problems = fixed.problems.map(asMessage);
  const ratioFails = fixed.rules.some((rule) => rule.id === 'ratio' && !rule.ok) || fixed.rules.some((rule) => rule.id === 'aspect' && !rule.ok);
  if (!cropRequest && ratioFails) problems.push(msg('preflight.cropHint', { ratio: format.ratio }));
  if (problems.length > 0) return { written: false, type: fixed.type, bytes: fixed.bytes.byteLength, changes, problems, rules: fixed.rules };
  await writeFileAtomic(path.resolve(target), fixed.bytes);
  return { written: true, type: fixed.type, bytes: fixed.bytes.byteLength, changes, problems, rules: fixed.rules };
}
