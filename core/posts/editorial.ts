/**
 * The editorial line (docs/architecture.md, Posts): its edits. What the calendar checks against
 * it (the month's mix, the cadence, gaps, the week's slots) is in ./editorialChecks.ts.
 *
 * Edits are pure: each takes the editorial line and answers a new one, or throws a MessageError
 * whose keyed message says why (the UI shows it in its language, `editorial.save` then stores the
 * result). Ids of new items are the caller's, so the functions stay deterministic.
 *
 * A pillar used by posts is not removed: the refusal counts the posts (a post naming a pillar that
 * no longer exists could not be saved again). Removing a hashtag group takes it off the pillars
 * that list it; removing a pillar takes it off the recurring slots that name it.
 */
import { NETWORKS, type Network } from '../formats/constants';
import { MessageError, msg, type Message } from '../messages';
import type { BestTime, BrandProfile, Editorial, HashtagGroup, Pillar, PostInput, RecurringSlot } from '../schema/posts';
import { DEFAULT_BEST_TIMES, POSTS_LIMITS, WEEKDAYS } from '../schema/postConstants';
import { isKnownTimeZone } from './time';

const refuse = (message: Message): never => {
  throw new MessageError(message);
};

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function indexOf<T extends { id: string }>(items: readonly T[], id: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) refuse(msg('editorial.notFound'));
  return index;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

// ---------------------------------------------------------------------------------------------
// Pillars

const COLOR = /^#[0-9a-f]{6}$/i;
export const PILLAR_NAME_MAX = 60;

function pillarName(editorial: Editorial, name: string, exceptId?: string): string {
  const trimmed = name.trim().slice(0, PILLAR_NAME_MAX);
  if (!trimmed) refuse(msg('editorial.pillarNameEmpty'));
  if (editorial.pillars.some((pillar) => pillar.id !== exceptId && sameName(pillar.name, trimmed))) refuse(msg('editorial.pillarNameTaken', { name: trimmed }));
  return trimmed;
}

function pillarColor(color: string): string {
  if (!COLOR.test(color)) refuse(msg('editorial.colorInvalid', { color }));
  return color.toLowerCase();
}

/** A share typed or slid: a whole number of points from 0 to 100. */
export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(100, Math.max(0, Math.round(share))) : 0;
}

export function addPillar(editorial: Editorial, pillar: { id: string; name: string; color: string; targetShare?: number }): Editorial {
  if (editorial.pillars.length >= POSTS_LIMITS.pillars) refuse(msg('editorial.tooManyPillars', { max: POSTS_LIMITS.pillars }));
  const added: Pillar = {
    id: pillar.id,
    name: pillarName(editorial, pillar.name),
    color: pillarColor(pillar.color),
    targetShare: clampShare(pillar.targetShare ?? 0),
    hashtagGroupIds: [],
  };
  return { ...editorial, pillars: [...editorial.pillars, added] };
}

export type PillarPatch = Partial<Pick<Pillar, 'name' | 'color' | 'targetShare' | 'hashtagGroupIds'>>;

/** Renames, recolours, sets the target share or the hashtag groups of a pillar. */
export function updatePillar(editorial: Editorial, id: string, patch: PillarPatch): Editorial {
  const index = indexOf(editorial.pillars, id);
  const pillar = { ...editorial.pillars[index] };
  if (patch.name !== undefined) pillar.name = pillarName(editorial, patch.name, id);
  if (patch.color !== undefined) pillar.color = pillarColor(patch.color);
  if (patch.targetShare !== undefined) pillar.targetShare = clampShare(patch.targetShare);
  if (patch.hashtagGroupIds !== undefined) {
    const known = new Set(editorial.hashtagGroups.map((group) => group.id));
    if (patch.hashtagGroupIds.some((groupId) => !known.has(groupId))) refuse(msg('editorial.notFound'));
    pillar.hashtagGroupIds = [...new Set(patch.hashtagGroupIds)];
  }
  return { ...editorial, pillars: replaceAt(editorial.pillars, index, pillar) };
}

/** How many posts name this pillar. */
export function postsWithPillar(posts: readonly Pick<PostInput, 'pillarId'>[], id: string): number {
  return posts.filter((post) => post.pillarId === id).length;
}

/** Removes a pillar no post uses (refused with the count otherwise); slots naming it keep their time, without a pillar. */
export function removePillar(editorial: Editorial, id: string, posts: readonly Pick<PostInput, 'pillarId'>[]): Editorial {
  const pillar = editorial.pillars[indexOf(editorial.pillars, id)];
  const count = postsWithPillar(posts, id);
  if (count > 0) refuse(msg('editorial.pillarInUse', { name: pillar.name, count }));
  return {
    ...editorial,
    pillars: editorial.pillars.filter((item) => item.id !== id),
    slots: editorial.slots.map((slot) => (slot.pillarId === id ? withoutPillar(slot) : slot)),
  };
}

function withoutPillar(slot: RecurringSlot): RecurringSlot {
  const { pillarId: _dropped, ...rest } = slot;
  return rest;
}

/** The target shares added up (they need not make 100: the screen says the total). */
export function targetTotal(editorial: Pick<Editorial, 'pillars'>): number {
  return editorial.pillars.reduce((sum, pillar) => sum + pillar.targetShare, 0);
}

// ---------------------------------------------------------------------------------------------
// Hashtag groups

const HASHTAG_WORD = /^[\p{L}\p{M}\p{N}_]+$/u;

/** `#Hiver`, `hiver`, `##hiver,` all give `#Hiver`/`#hiver`; '' gives null; anything else is refused. */
export function normaliseHashtag(text: string): string | null {
  const word = text.trim().replace(/^[#,;]+|[,;.]+$/gu, '');
  if (!word) return null;
  if (!HASHTAG_WORD.test(word) || word.length + 1 > POSTS_LIMITS.hashtag) refuse(msg('editorial.hashtagInvalid', { text: `#${word}`, max: POSTS_LIMITS.hashtag }));
  return `#${word}`;
}

/** Hashtags pasted or typed ('#a #b, c#d'): normalised, in order, each once (case aside: the first spelling stays). */
export function parseHashtags(text: string): string[] {
  const tokens = text.split(/[\s,;#]+/u);
  return dedupeHashtags(tokens.map(normaliseHashtag).filter((tag): tag is string => tag !== null));
}

export function dedupeHashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  return kept;
}

function groupName(editorial: Editorial, name: string, exceptId?: string): string {
  const trimmed = name.trim().slice(0, PILLAR_NAME_MAX);
  if (!trimmed) refuse(msg('editorial.groupNameEmpty'));
  if (editorial.hashtagGroups.some((group) => group.id !== exceptId && sameName(group.name, trimmed))) refuse(msg('editorial.groupNameTaken', { name: trimmed }));
  return trimmed;
}

function groupHashtags(tags: readonly string[]): string[] {
  const normalised = dedupeHashtags(tags.map(normaliseHashtag).filter((tag): tag is string => tag !== null));
  if (normalised.length > POSTS_LIMITS.hashtags) refuse(msg('editorial.tooManyHashtags', { max: POSTS_LIMITS.hashtags }));
  return normalised;
}

export function addHashtagGroup(editorial: Editorial, group: { id: string; name: string; hashtags?: readonly string[] }): Editorial {
  if (editorial.hashtagGroups.length >= POSTS_LIMITS.hashtagGroups) refuse(msg('editorial.tooManyGroups', { max: POSTS_LIMITS.hashtagGroups }));
  const added: HashtagGroup = { id: group.id, name: groupName(editorial, group.name), hashtags: groupHashtags(group.hashtags ?? []) };
  return { ...editorial, hashtagGroups: [...editorial.hashtagGroups, added] };
}

/** Renames a group or replaces its hashtags (normalised, each once). */
export function updateHashtagGroup(editorial: Editorial, id: string, patch: { name?: string; hashtags?: readonly string[] }): Editorial {
  const index = indexOf(editorial.hashtagGroups, id);
  const group = { ...editorial.hashtagGroups[index] };
  if (patch.name !== undefined) group.name = groupName(editorial, patch.name, id);
  if (patch.hashtags !== undefined) group.hashtags = groupHashtags(patch.hashtags);
  return { ...editorial, hashtagGroups: replaceAt(editorial.hashtagGroups, index, group) };
}

/** Adds what was typed or pasted ('#a #b #c') after the group's hashtags; those already there stay once. */
export function addHashtagsToGroup(editorial: Editorial, id: string, text: string): Editorial {
  const group = editorial.hashtagGroups[indexOf(editorial.hashtagGroups, id)];
  return updateHashtagGroup(editorial, id, { hashtags: [...group.hashtags, ...parseHashtags(text)] });
}

export function removeHashtagFromGroup(editorial: Editorial, id: string, hashtag: string): Editorial {
  const group = editorial.hashtagGroups[indexOf(editorial.hashtagGroups, id)];
  return updateHashtagGroup(editorial, id, { hashtags: group.hashtags.filter((tag) => tag.toLocaleLowerCase() !== hashtag.toLocaleLowerCase()) });
}

/** Removes a group, and takes it off the pillars that list it. */
export function removeHashtagGroup(editorial: Editorial, id: string): Editorial {
  indexOf(editorial.hashtagGroups, id);
  return {
    ...editorial,
    hashtagGroups: editorial.hashtagGroups.filter((group) => group.id !== id),
    pillars: editorial.pillars.map((pillar) =>
      pillar.hashtagGroupIds.includes(id) ? { ...pillar, hashtagGroupIds: pillar.hashtagGroupIds.filter((groupId) => groupId !== id) } : pillar,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Cadence, recurring slots, best times

export const CADENCE_MAX = 100;

/** Posts per week wanted on a network; null (or an empty field) removes the goal. */
export function setCadence(editorial: Editorial, network: Network, perWeek: number | null): Editorial {
  const cadence = { ...editorial.cadence };
  if (perWeek === null) delete cadence[network];
  else {
    if (!Number.isInteger(perWeek) || perWeek < 0 || perWeek > CADENCE_MAX) refuse(msg('editorial.cadenceInvalid', { max: CADENCE_MAX }));
    cadence[network] = perWeek;
  }
  return { ...editorial, cadence };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `9:05` or `09:05` as `09:05`; anything else refused. */
export function normaliseClock(time: string): string {
  const padded = /^\d:\d\d$/.test(time.trim()) ? `0${time.trim()}` : time.trim();
  if (!CLOCK.test(padded)) refuse(msg('editorial.timeInvalid', { time }));
  return padded;
}

const slotOrder = (a: RecurringSlot, b: RecurringSlot) =>
  WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.time.localeCompare(b.time) || NETWORKS.indexOf(a.network) - NETWORKS.indexOf(b.network);

function checkedSlot(editorial: Editorial, slot: RecurringSlot): RecurringSlot {
  const checked: RecurringSlot = { ...slot, time: normaliseClock(slot.time) };
  if (checked.pillarId !== undefined) indexOf(editorial.pillars, checked.pillarId);
  const taken = editorial.slots.some((other) => other.id !== slot.id && other.weekday === checked.weekday && other.time === checked.time && other.network === checked.network);
  if (taken) refuse(msg('editorial.slotTaken'));
  return checked;
}

/** Adds "every Tuesday 9:00, Instagram, tip"; the slots stay in week order. */
export function addSlot(editorial: Editorial, slot: RecurringSlot): Editorial {
  if (editorial.slots.length >= POSTS_LIMITS.slots) refuse(msg('editorial.tooManySlots', { max: POSTS_LIMITS.slots }));
  return { ...editorial, slots: [...editorial.slots, checkedSlot(editorial, slot)].sort(slotOrder) };
}

export function updateSlot(editorial: Editorial, id: string, patch: Partial<Omit<RecurringSlot, 'id' | 'pillarId'>> & { pillarId?: string | null }): Editorial {
  const index = indexOf(editorial.slots, id);
  const { pillarId, ...rest } = patch;
  let next: RecurringSlot = { ...editorial.slots[index], ...rest };
  if (pillarId === null) next = withoutPillar(next);
  else if (pillarId !== undefined) next = { ...next, pillarId };
  return { ...editorial, slots: replaceAt(editorial.slots, index, checkedSlot(editorial, next)).sort(slotOrder) };
}

export function removeSlot(editorial: Editorial, id: string): Editorial {
  indexOf(editorial.slots, id);
  return { ...editorial, slots: editorial.slots.filter((slot) => slot.id !== id) };
}

function checkedBestTime(time: BestTime): BestTime {
  const from = normaliseClock(time.from);
  const to = normaliseClock(time.to);
  if (to <= from) refuse(msg('editorial.bestTimeOrder'));
  const weekdays = WEEKDAYS.filter((day) => time.weekdays.includes(day));
  if (weekdays.length === 0) refuse(msg('editorial.bestTimeDays'));
  const source = time.source.trim().slice(0, 200);
  if (!source) refuse(msg('editorial.bestTimeSource'));
  return { network: time.network, weekdays, from, to, source };
}

export function addBestTime(editorial: Editorial, time: BestTime): Editorial {
  if (editorial.bestTimes.length >= 100) refuse(msg('editorial.tooManyBestTimes', { max: 100 }));
  return { ...editorial, bestTimes: [...editorial.bestTimes, checkedBestTime(time)] };
}

export function updateBestTime(editorial: Editorial, index: number, patch: Partial<BestTime>): Editorial {
  const current = editorial.bestTimes[index];
  if (!current) refuse(msg('editorial.notFound'));
  return { ...editorial, bestTimes: replaceAt(editorial.bestTimes, index, checkedBestTime({ ...current, ...patch })) };
}

export function removeBestTime(editorial: Editorial, index: number): Editorial {
  if (!editorial.bestTimes[index]) refuse(msg('editorial.notFound'));
  return { ...editorial, bestTimes: editorial.bestTimes.filter((_, i) => i !== index) };
}

/** Back to the shipped presets (posts.md, Calendars: Sprout Social 2023). */
export function resetBestTimes(editorial: Editorial): Editorial {
  return { ...editorial, bestTimes: DEFAULT_BEST_TIMES.map((time) => ({ ...time, weekdays: [...time.weekdays] })) };
}

// ---------------------------------------------------------------------------------------------
// Brand profile and settings

export const WORD_MAX = 60;

/** Adds words or phrases (comma-separated when pasted), each once whatever its case. */
export function addWords(words: readonly string[], text: string): string[] {
  const added = text
    .split(/[,\n]/u)
    .map((word) => word.trim())
    .filter(Boolean);
  if (added.some((word) => word.length > WORD_MAX)) refuse(msg('editorial.wordTooLong', { max: WORD_MAX }));
  const kept = [...words];
  for (const word of added) if (!kept.some((other) => sameName(other, word))) kept.push(word);
  if (kept.length > POSTS_LIMITS.words) refuse(msg('editorial.tooManyWords', { max: POSTS_LIMITS.words }));
  return kept;
}

export function updateProfile(editorial: Editorial, patch: Partial<BrandProfile>): Editorial {
  const profile = { ...editorial.profile, ...patch };
  if (profile.personas.length > POSTS_LIMITS.personas) refuse(msg('editorial.tooManyPersonas', { max: POSTS_LIMITS.personas }));
  if (profile.personas.some((persona) => !persona.name.trim())) refuse(msg('editorial.personaNameEmpty'));
  return { ...editorial, profile };
}

export function updateSettings(editorial: Editorial, patch: Partial<Editorial['settings']>): Editorial {
  const settings = { ...editorial.settings, ...patch };
  if (!isKnownTimeZone(settings.timeZone)) refuse(msg('editorial.unknownZone', { zone: settings.timeZone }));
  const url = settings.mediaBaseUrl.trim();
  if (url && !/^https?:\/\/[^\s/]+/iu.test(url)) refuse(msg('editorial.urlInvalid', { url }));
  return { ...editorial, settings: { ...settings, mediaBaseUrl: url } };
}
