/**
 * A post's checks (docs/architecture.md, Posts): what each network would refuse, cut or show
 * differently, from the catalog (core/formats: text limits, slide caps, video durations) and the
 * posts facts (posts.md, Caption rules). The caption editor shows them live, `posts.save` refuses
 * `ready` while an error remains (`blocksReady`), `affiche posts add` prints them.
 *
 * Levels: `error`, the network refuses or cuts it (the post cannot be ready); `warning`, it goes
 * out but not as the user expects; `info`, worth knowing (the fold before "more").
 *
 * Counting is core/posts/count.ts, each network in its own unit. What the checks know of the
 * designs (kind, pictures, slide alt texts, video length) comes in the `CheckContext`, built from
 * the library by electron/services/posts/checkContext.ts; without it the media checks are skipped.
 */
import type { Message } from '../messages';
import { msg } from '../messages';
import { TEXT_LIMITS } from '../formats/textLimits';
import { FORMATS, findFormat, NETWORK_LABELS } from '../formats/catalog';
import type { Network } from '../formats/constants';
import type { Format } from '../formats/schema';
import type { Design, DesignKind } from '../schema/design';
import { slideCount } from '../carousel/panorama';
import { videoTimeline } from '../video/timeline';
import type { Editorial, PostInput } from '../schema/posts';
import { slideCap } from '../carousel/limits';
import { codePoints, countIn, findHashtags, findUrls, measure, type CountUnit } from './count';
import { postedText, resolveTargets, type ResolvedTarget } from './resolve';
import { USUAL_FORMATS } from './targetFormat';

export const CHECK_FIELDS = ['caption', 'hashtags', 'links', 'title', 'altText', 'firstComment', 'media', 'time'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

export interface PostCheck {
  /** Null: about the post as a whole. */
  network: Network | null;
  field: CheckField;
  /** `error` keeps the post from being ready; `warning` and `info` are advice. */
  level: 'error' | 'warning' | 'info';
  message: Message;
}

/** What the checks need to know of a design. */
export interface DesignFacts {
  kind: DesignKind;
  /** Pictures it publishes: its slides (a panorama's cuts), 0 for a video. */
  pictures: number;
  /** Each slide's own alt text ('' where it has none), in order. */
  altTexts: readonly string[];
  /** A video's length on its timeline (core/video/timeline.ts). */
  durationMs?: number;
}

/** A design's facts as the checks read them (the library and the post editor both build them here). */
export function designFacts(design: Design): DesignFacts {
  if (design.kind === 'video') return { kind: 'video', pictures: 0, altTexts: [], durationMs: videoTimeline(design).durationMs };
  return { kind: design.kind, pictures: slideCount(design), altTexts: design.pages.map((page) => page.altText?.trim() ?? '') };
}

/** What the checks know beyond the post: the editorial line's settings, the designs' pictures. */
export interface CheckContext {
  editorial: Pick<Editorial, 'settings'>;
  /** Pictures each design publishes (its pages), where known; `design` is used first when given. */
  pictureCount?: (designId: string) => number | undefined;
  /** The design's facts, where known (the media checks and the slide alt texts need them). */
  design?: (designId: string) => DesignFacts | undefined;
}

/**
 * Rules of posts.md the catalog does not hold. `links`: most links a post takes; `linksClickable`:
 * false where a link in the caption is plain text; `firstComment`: false where schedulers cannot
 * post one, or the most characters it takes (LinkedIn's comments; X, Threads and Bluesky's first
 * comment is a reply, counted as a post there).
 */
const NETWORK_RULES: Partial<Record<Network, { links?: number; linksClickable?: false; firstComment?: false | 'asCaption' | { max: number } }>> = {
  threads: { links: 5, firstComment: 'asCaption' },
  instagram: { linksClickable: false },
  pinterest: { linksClickable: false },
  tiktok: { linksClickable: false, firstComment: false },
  linkedin: { firstComment: { max: 1250 } },
  x: { firstComment: 'asCaption' },
  bluesky: { firstComment: 'asCaption' },
};

function unitMessage(unit: CountUnit): Message {
  switch (unit) {
    case 'characters':
      return msg('postChecks.unit.characters');
    case 'graphemes':
      return msg('postChecks.unit.graphemes');
    case 'weighted':
      return msg('postChecks.unit.weighted');
    case 'bytes':
      return msg('postChecks.unit.bytes');
  }
}

type TextField = 'caption' | 'title' | 'firstComment';
const TOO_LONG = { caption: 'postChecks.captionTooLong', title: 'postChecks.titleTooLong', firstComment: 'postChecks.firstCommentTooLong' } as const;

/** A text against a limit in the network's unit and, for Bluesky, its second cap in bytes. */
function lengthChecks(network: Network, field: TextField, text: string, limit: { max: number; unit?: CountUnit; maxBytes?: number }): PostCheck[] {
  const checks: PostCheck[] = [];
  const unit = limit.unit ?? 'characters';
  const used = countIn(text, unit);
  if (used > limit.max) checks.push({ network, field, level: 'error', message: msg(TOO_LONG[field], { count: used, max: limit.max, unit: unitMessage(unit) }) });
  if (limit.maxBytes !== undefined) {
    const bytes = countIn(text, 'bytes');
    if (bytes > limit.maxBytes) checks.push({ network, field, level: 'error', message: msg(TOO_LONG[field], { count: bytes, max: limit.maxBytes, unit: unitMessage('bytes') }) });
  }
  return checks;
}

function captionChecks(resolved: ResolvedTarget): PostCheck[] {
  const { network } = resolved;
  const text = postedText(resolved);
  const limit = TEXT_LIMITS[network].caption;
  const checks = lengthChecks(network, 'caption', text, limit);
  const fold = measure(text, network).visibleEnd;
  if (fold !== undefined && limit.visible !== undefined) checks.push({ network, field: 'caption', level: 'info', message: msg('postChecks.foldsAt', { visible: limit.visible }) });
  return checks;
}

function hashtagChecks(resolved: ResolvedTarget): PostCheck[] {
  const { network } = resolved;
  const count = findHashtags(postedText(resolved)).length;
  const max = TEXT_LIMITS[network].hashtags?.max;
  if (max === undefined || count <= max) return [];
  // Threads takes more hashtags as words: only the first becomes the topic tag (posts.md).
  if (network === 'threads') return [{ network, field: 'hashtags', level: 'warning', message: msg('postChecks.oneTopicTag', { count }) }];
  return [{ network, field: 'hashtags', level: 'error', message: msg('postChecks.tooManyHashtags', { count, max }) }];
}

/** Links of the posted text, and the link field when the text does not already hold it. */
function linkCount(resolved: ResolvedTarget): number {
  const urls = findUrls(postedText(resolved)).map((url) => url.url.toLowerCase());
  const link = resolved.link.trim().toLowerCase();
  return urls.length + (link !== '' && !urls.includes(link) ? 1 : 0);
}

function linkChecks(resolved: ResolvedTarget): PostCheck[] {
  const { network } = resolved;
  const rules = NETWORK_RULES[network];
  const checks: PostCheck[] = [];
  if (rules?.links !== undefined) {
    const count = linkCount(resolved);
    if (count > rules.links) checks.push({ network, field: 'links', level: 'error', message: msg('postChecks.tooManyLinks', { count, max: rules.links }) });
  }
  if (rules?.linksClickable === false && findUrls(postedText(resolved)).length > 0) {
    const message = network === 'pinterest' ? msg('postChecks.pinLinkField') : msg('postChecks.linksNotClickable', { network: NETWORK_LABELS[network] });
    checks.push({ network, field: 'links', level: 'info', message });
  }
  return checks;
}

function titleChecks(resolved: ResolvedTarget, design: DesignFacts | undefined): PostCheck[] {
  const limit = TEXT_LIMITS[resolved.network].title;
  if (!limit) return [];
  // TikTok's title is a photo post's: a video has none.
  if (resolved.network === 'tiktok' && design?.kind === 'video') return [];
  return lengthChecks(resolved.network, 'title', resolved.title, limit);
}

function firstCommentChecks(resolved: ResolvedTarget): PostCheck[] {
  const { network } = resolved;
  const comment = resolved.firstComment.trim();
  if (comment === '') return [];
  const rule = NETWORK_RULES[network]?.firstComment;
  const checks: PostCheck[] = [];
  if (rule === false) return [{ network, field: 'firstComment', level: 'warning', message: msg('postChecks.noFirstComment', { network: NETWORK_LABELS[network] }) }];
  if (rule === 'asCaption') checks.push(...lengthChecks(network, 'firstComment', comment, TEXT_LIMITS[network].caption));
  else if (rule !== undefined) checks.push(...lengthChecks(network, 'firstComment', comment, rule));
  if (network === 'instagram' && findUrls(comment).length > 0) checks.push({ network, field: 'firstComment', level: 'warning', message: msg('postChecks.linkInFirstComment') });
  return checks;
}

/** The alt text of each picture: the target's own, else the slide's. */
function effectiveAltTexts(resolved: ResolvedTarget, pictures: number, design: DesignFacts | undefined): string[] {
  return Array.from({ length: pictures }, (_, i) => {
    const own = resolved.altTexts[i]?.trim() ?? '';
    return own !== '' ? own : (design?.altTexts[i]?.trim() ?? '');
  });
}

function altTextChecks(resolved: ResolvedTarget, context: CheckContext, design: DesignFacts | undefined): PostCheck[] {
  const { network } = resolved;
  const limits = TEXT_LIMITS[network].altText;
  const checks: PostCheck[] = [];
  const max = limits?.max;
  if (max !== undefined) {
    resolved.altTexts.forEach((text, i) => {
      const count = codePoints(text.trim());
      if (count > max) checks.push({ network, field: 'altText', level: 'error', message: msg('postChecks.altTextTooLong', { picture: i + 1, count, max }) });
    });
  }
  const required = context.editorial.settings.altTextRequired || limits?.required === true;
  const pictures = design ? design.pictures : resolved.designId !== undefined ? context.pictureCount?.(resolved.designId) : undefined;
  if (required && pictures !== undefined && pictures > 0) {
    const missing = effectiveAltTexts(resolved, pictures, design).filter((text) => text === '').length;
    const message = pictures === 1 ? msg('postChecks.altTextMissingSingle') : msg('postChecks.altTextMissing', { count: missing, pictures });
    if (missing > 0) checks.push({ network, field: 'altText', level: 'error', message });
  }
  return checks;
}

/** The catalog format a target publishes in, or the network's usual one for this kind of design. */
function targetFormat(resolved: ResolvedTarget, kind: 'still' | 'carousel' | 'video'): Format | undefined {
  const own = resolved.formatId !== undefined ? findFormat(resolved.formatId) : undefined;
  if (own && (kind === 'video') === (own.kind === 'video')) return own;
  return findFormat(USUAL_FORMATS[resolved.network][kind][0]);
}

function mediaChecks(resolved: ResolvedTarget, design: DesignFacts): PostCheck[] {
  const { network } = resolved;
  const label = NETWORK_LABELS[network];
  if (design.kind === 'video') {
    if (!FORMATS.some((format) => format.network === network && format.kind === 'video')) {
      return [{ network, field: 'media', level: 'error', message: msg('postChecks.noVideo', { network: label }) }];
    }
    const range = targetFormat(resolved, 'video')?.limits.durationSeconds;
    if (design.durationMs === undefined || !range) return [];
    const seconds = Math.round(design.durationMs / 100) / 10;
    if (range.max !== undefined && design.durationMs > range.max * 1000) {
      return [{ network, field: 'media', level: 'error', message: msg('postChecks.videoTooLong', { seconds, max: range.max, network: label }) }];
    }
    if (range.min !== undefined && design.durationMs < range.min * 1000) {
      return [{ network, field: 'media', level: 'error', message: msg('postChecks.videoTooShort', { seconds, min: range.min, network: label }) }];
    }
    return [];
  }
  const cap = slideCap(targetFormat(resolved, design.kind === 'carousel' ? 'carousel' : 'still'));
  const count = design.pictures;
  if (!cap || count <= 1) return [];
  if (count > cap.max) {
    const key = cap.unit === 'pages' ? 'postChecks.tooManyPages' : 'postChecks.tooManyPictures';
    return [{ network, field: 'media', level: 'error', message: msg(key, { count, max: cap.max, network: label }) }];
  }
  if (cap.apiMax !== undefined && count > cap.apiMax) {
    return [{ network, field: 'media', level: 'warning', message: msg('postChecks.overApiCap', { count, max: cap.apiMax, network: label }) }];
  }
  return [];
}

export function checkTarget(resolved: ResolvedTarget, context: CheckContext): PostCheck[] {
  const design = resolved.designId !== undefined ? context.design?.(resolved.designId) : undefined;
  return [
    ...captionChecks(resolved),
    ...hashtagChecks(resolved),
    ...linkChecks(resolved),
    ...titleChecks(resolved, design),
    ...firstCommentChecks(resolved),
    ...altTextChecks(resolved, context, design),
    ...(design ? mediaChecks(resolved, design) : []),
  ];
}

export function checkPost(post: PostInput, context: CheckContext): PostCheck[] {
  return resolveTargets(post).flatMap((resolved) => checkTarget(resolved, context));
}

export function blocksReady(checks: readonly PostCheck[]): boolean {
  return checks.some((check) => check.level === 'error');
}

/** The first error of each network, in the post's order of networks (what the ready gate lists). */
export function firstErrors(checks: readonly PostCheck[]): PostCheck[] {
  const seen = new Set<Network | null>();
  return checks.filter((check) => {
    if (check.level !== 'error' || seen.has(check.network)) return false;
    seen.add(check.network);
    return true;
  });
}

const SLOTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] as const;
const NOT_READY = [
  'postChecks.notReady1',
  'postChecks.notReady2',
  'postChecks.notReady3',
  'postChecks.notReady4',
  'postChecks.notReady5',
  'postChecks.notReady6',
  'postChecks.notReady7',
  'postChecks.notReady8',
  'postChecks.notReady9',
] as const;

/**
 * Why a post cannot be ready: the first failing rule of each network ("Instagram: 6 hashtags: the
 * limit is 5."), or null when nothing blocks it. One key per number of networks keeps the
 * sentence flat (a message nests only a few levels deep).
 */
export function notReadyMessage(checks: readonly PostCheck[]): Message | null {
  const failures = firstErrors(checks).slice(0, SLOTS.length);
  if (failures.length === 0) return null;
  const params: Record<string, Message> = {};
  failures.forEach((check, i) => {
    params[SLOTS[i]] = check.network ? msg('postChecks.failure', { network: NETWORK_LABELS[check.network], problem: check.message }) : check.message;
  });
  return { key: NOT_READY[failures.length - 1], params };
}
