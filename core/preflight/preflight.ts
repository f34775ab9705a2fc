/**
 * Preflight: does a file meet a format's limits? Pure (no I/O): the caller measures the file
 * (type from its magic bytes, never its name) and passes the facts in; the same rules then run in
 * the CLI, the export dialog and tests.
 *
 * A rule is only produced when the catalog has a figure for it: networks.md leaves some limits
 * unstated (Facebook's accepted types, TikTok's video container), and guessing one would refuse
 * files the network takes.
 */
import { ratioLabel, ratioValue, type Confidence, type Format, type Range } from '../formats/catalog';
import type { PreflightFormat } from '../formats/userFormats';

export interface FileFacts {
  /** MIME type detected from the content, e.g. 'image/png'. */
  type: string;
  bytes: number;
  /** Pixel size as displayed (after EXIF orientation). */
  width: number;
  height: number;
  durationSeconds?: number;
  fps?: number;
}

export const RULE_IDS = ['type', 'bytes', 'min-bytes', 'size', 'ratio', 'width', 'height', 'aspect', 'duration', 'fps'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleResult {
  id: RuleId;
  /** i18n key of the rule's name, e.g. 'preflight.rule.bytes'. */
  labelKey: `preflight.rule.${RuleId}`;
  /**
   * 'network': the platform refuses or alters a file that fails it (type, weight, bounds, duration).
   * 'preset': the file is not at the format's design size; the network may take it but shows it
   * differently (cropped, letterboxed).
   */
  scope: 'network' | 'preset';
  /** The limit and the measured value, as short text with units ("<= 1,000,000 bytes", "2000x2000"). */
  limit: string;
  measured: string;
  ok: boolean;
  /** How sure networks.md is of the limit. */
  confidence: Confidence;
}

/** A file whose ratio is within 1% of the format's counts as that ratio (1080x566 is 1.91:1). */
export const RATIO_TOLERANCE = 0.01;

function grouped(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatBytes(bytes: number): string {
  return `${grouped(bytes)} bytes`;
}

function formatRange(range: Range, unit: string, digits = 0): string {
  const show = (n: number) => (digits ? n.toFixed(digits) : grouped(n));
  const suffix = unit ? ` ${unit}` : '';
  if (range.min !== undefined && range.max !== undefined) return `${show(range.min)}..${show(range.max)}${suffix}`;
  if (range.max !== undefined) return `<= ${show(range.max)}${suffix}`;
  return `>= ${show(range.min!)}${suffix}`;
}

function inRange(value: number, range: Range, slack = 0): boolean {
  return (range.min === undefined || value >= range.min - slack) && (range.max === undefined || value <= range.max + slack);
}

/** The byte cap for a file of this type: a type-specific cap (X's GIFs) wins over the general one. */
// These take the few fields they read (PreflightFormat), so a user's own format
// (core/formats/userFormats.ts) is checked by the same rules as a catalog entry.
export function byteCap(format: Pick<Format, 'limits'>, type: string): number | undefined {
  const byType = format.limits.maxBytesByType as Partial<Record<string, number>> | undefined;
  return byType?.[type] ?? format.limits.maxBytes;
}

export function acceptsType(format: Pick<Format, 'limits'>, type: string): boolean {
  return format.limits.types === undefined || (format.limits.types as readonly string[]).includes(type);
}

export function preflight(facts: FileFacts, format: PreflightFormat): RuleResult[] {
  const { limits } = format;
  const rules: RuleResult[] = [];
  const add = (id: RuleId, scope: RuleResult['scope'], limit: string, measured: string, ok: boolean, confidence = limits.confidence) =>
    rules.push({ id, labelKey: `preflight.rule.${id}`, scope, limit, measured, ok, confidence });

  if (limits.types) add('type', 'network', limits.types.join(', '), facts.type, acceptsType(format, facts.type));
  const cap = byteCap(format, facts.type);
  if (cap !== undefined) add('bytes', 'network', `<= ${formatBytes(cap)}`, formatBytes(facts.bytes), facts.bytes <= cap);
  if (limits.minBytes !== undefined) {
    add('min-bytes', 'network', `>= ${formatBytes(limits.minBytes)}`, formatBytes(facts.bytes), facts.bytes >= limits.minBytes);
  }

  const size = `${facts.width}x${facts.height}`;
  add('size', 'preset', `${format.width}x${format.height}`, size, facts.width === format.width && facts.height === format.height, format.confidence);
  const ratio = facts.width / facts.height;
  const ratioOk = Math.abs(ratio / ratioValue(format.ratio) - 1) <= RATIO_TOLERANCE;
  add('ratio', 'preset', format.ratio, ratioLabel(facts.width, facts.height), ratioOk, format.confidence);

  if (limits.width) add('width', 'network', formatRange(limits.width, 'px'), `${grouped(facts.width)} px`, inRange(facts.width, limits.width));
  if (limits.height) add('height', 'network', formatRange(limits.height, 'px'), `${grouped(facts.height)} px`, inRange(facts.height, limits.height));
  // Accepted ratios are quoted to two decimals ("1.91:1"): allow that rounding.
  if (limits.aspect) add('aspect', 'network', formatRange(limits.aspect, '', 2), ratio.toFixed(2), inRange(ratio, limits.aspect, 0.005));

  if (format.kind === 'video') {
    if (limits.durationSeconds) {
      const d = facts.durationSeconds;
      add('duration', 'network', formatRange(limits.durationSeconds, 's'), d === undefined ? 'not measured' : `${d.toFixed(1)} s`, d !== undefined && inRange(d, limits.durationSeconds));
    }
    if (limits.fps) {
      const fps = facts.fps;
      add('fps', 'network', formatRange(limits.fps, 'fps'), fps === undefined ? 'not measured' : `${Number(fps.toFixed(2))} fps`, fps !== undefined && inRange(fps, limits.fps));
    }
  }
  return rules;
}

export function passes(rules: readonly RuleResult[]): boolean {
  return rules.every((rule) => rule.ok);
}
