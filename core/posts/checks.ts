/**
 * A post's checks (docs/architecture.md, Posts): what each network would refuse or cut, from the
 * catalog's text limits (core/formats/textLimits.ts). The caption editor shows them live, `posts.save`
 * refuses `ready` while an error remains, `affiche posts add` prints them.
 *
 * Counting follows each network's rule (core/posts/count.ts once it exists: X's weighted length,
 * Bluesky's graphemes); until then characters are code points.
 */
import type { Message } from '../messages';
import { msg } from '../messages';
import { TEXT_LIMITS } from '../formats/textLimits';
import type { Network } from '../formats/constants';
import type { Editorial, PostInput } from '../schema/posts';
import { postedText, resolveTargets, type ResolvedTarget } from './resolve';

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

/** What the checks know beyond the post: the editorial line's settings, the designs' pictures. */
export interface CheckContext {
  editorial: Pick<Editorial, 'settings'>;
  /** Pictures each design publishes (its pages), where known. */
  pictureCount?: (designId: string) => number | undefined;
}

export function checkTarget(resolved: ResolvedTarget, context: CheckContext): PostCheck[] {
  const limits = TEXT_LIMITS[resolved.network];
  const checks: PostCheck[] = [];
  const length = [...postedText(resolved)].length;
  if (length > limits.caption.max) {
    checks.push({ network: resolved.network, field: 'caption', level: 'error', message: msg('postChecks.captionTooLong', { count: length, max: limits.caption.max }) });
  }
  const maxTags = limits.hashtags?.max;
  if (maxTags !== undefined && resolved.hashtags.length > maxTags) {
    checks.push({ network: resolved.network, field: 'hashtags', level: 'error', message: msg('postChecks.tooManyHashtags', { count: resolved.hashtags.length, max: maxTags }) });
  }
  if (context.editorial.settings.altTextRequired && resolved.designId !== undefined) {
    const pictures = context.pictureCount?.(resolved.designId);
    if (pictures !== undefined && resolved.altTexts.filter((text) => text.trim() !== '').length < pictures) {
      checks.push({ network: resolved.network, field: 'altText', level: 'error', message: msg('postChecks.altTextMissing', { count: pictures }) });
    }
  }
  return checks;
}

export function checkPost(post: PostInput, context: CheckContext): PostCheck[] {
  return resolveTargets(post).flatMap((resolved) => checkTarget(resolved, context));
}

export function blocksReady(checks: readonly PostCheck[]): boolean {
  return checks.some((check) => check.level === 'error');
}
