/**
 * One page rendered for one format and made to pass that format's preflight where a fix exists
 * (a type the network refuses, a file over the byte cap): the pixel size is already exact, so what
 * can fail is the encoding, which is what auto-fix changes.
 */
import { extensionOfType } from '../../../core/files/names';
import { msg, type Message, type MessageParam } from '../../../core/messages';
import { passes, preflight, type RuleResult } from '../../../core/preflight';
import { autoFix, type FixNote } from '../preflight/autoFix';
import { measureImage } from '../preflight/measure';
import { renderDesignPage, type NodeRenderOptions } from '../render/nodeRenderer';
import { IMAGE_EXTENSIONS, type ImageFileType } from '../../../core/files/imageTypes';
import type { ExportTarget } from './plan';

export interface CheckedImage {
  bytes: Buffer;
  /** MIME type of `bytes` and its file extension (a fix may have changed PNG to JPEG). */
  type: string;
  extension: string;
  width: number;
  height: number;
  /** Preflight of `bytes` against the target's format; empty when it was not checked. */
  rules: RuleResult[];
  changes: Message[];
  problems: Message[];
  /** Why it was not checked: a custom size (no limits), or a video / document format (a still of the page). */
  unchecked?: 'custom' | 'not-image';
}

/** A fix's note (key, parameters and its English text) as the message a client renders. */
export function noteMessage(note: FixNote): Message {
  return { key: note.key, ...(note.params ? { params: note.params } : {}) };
}

export async function renderChecked(target: ExportTarget, pageIndex: number, type: ImageFileType, options: NodeRenderOptions, name: MessageParam): Promise<CheckedImage> {
  return checkImage(await renderDesignPage(target.design, pageIndex, type, options), target, type, name);
}

/** An image already rendered (a panorama's slide: ../render/slides.ts), checked and fixed for the target's format. */
export async function checkImage(rendered: Buffer, target: Pick<ExportTarget, 'catalog'>, type: ImageFileType, name: MessageParam): Promise<CheckedImage> {
  const measured = await measureImage(rendered, name);
  const plain = { bytes: rendered, type: measured.type, extension: extensionOfType(measured.type) ?? IMAGE_EXTENSIONS[type], width: measured.width, height: measured.height, changes: [], problems: [] };
  const format = target.catalog;
  if (!format) return { ...plain, rules: [], unchecked: 'custom' };
  if (format.kind !== 'image') return { ...plain, rules: [], unchecked: 'not-image' };
  const rules = preflight(measured, format);
  if (passes(rules.filter((rule) => rule.scope === 'network'))) return { ...plain, rules };
  const fixed = await autoFix(rendered, format, name);
  const failing = fixed.rules.filter((rule) => !rule.ok && rule.scope === 'network').map((rule) => msg('export.ruleFails', { rule: rule.id, measured: rule.measured, limit: rule.limit }));
  return {
    bytes: fixed.bytes,
    type: fixed.type,
    extension: extensionOfType(fixed.type) ?? IMAGE_EXTENSIONS[type],
    width: fixed.width,
    height: fixed.height,
    rules: fixed.rules,
    changes: fixed.changes.map(noteMessage),
    problems: fixed.problemNotes.length > 0 ? fixed.problemNotes.map(noteMessage) : failing,
  };
}
