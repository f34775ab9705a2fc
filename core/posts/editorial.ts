/**
 * The editorial line (docs/architecture.md, Posts): its edits and the checks the calendar shows.
 *
 * Edits are pure: each takes the editorial line and answers a new one, or throws a MessageError
 * whose keyed message says why (the UI shows it in its language, `editorial.save` then stores the
 * result). Ids of new items are the caller's, so the functions stay deterministic.
 *
 * A pillar used by posts is not removed: the refusal counts the posts (a post naming a pillar that
 * no longer exists could not be saved again). Removing a hashtag group takes it off the pillars
 * that list it; removing a pillar takes it off the recurring slots that name it.
 *
 * The checks read every post in the display zone (core/posts/time.ts): the month's mix of pillars
 * against their target shares, the week's posts per network against the cadence, posts too close
 * on one network, and the recurring slots of a week with whether a post fills them.
 */
import { NETWORKS, type Network } from '../formats/constants';
import { MessageError, msg, type Message } from '../messages';
import type { BestTime, BrandProfile, Editorial, HashtagGroup, Pillar, PlannedTime, PostInput, RecurringSlot } from '../schema/posts';
import { DEFAULT_BEST_TIMES, POSTS_LIMITS, WEEKDAYS } from '../schema/postConstants';
import { resolveTargets } from './resolve';
import { addDays, inZone, isKnownTimeZone, plannedInstant, weekdayIndex } from './time';

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

// ---------------------------------------------------------------------------------------------
// Checks the calendar shows

/** Points either side of a target share the mix may stray before it is flagged (posts.md, Editorial line). */
export const MIX_TOLERANCE_POINTS = 10;
/** Least time between two posts on one network before a warning. */
export const DEFAULT_MIN_GAP_MINUTES = 120;

export interface PillarMix {
  pillarId: string;
  name: string;
  color: string;
  count: number;
  /** Percent of the month's planned posts, 0..100 (unrounded). */
  share: number;
  target: number;
  /** Rounded share minus the target, in points ("Tips +17 points"). */
  difference: number;
  /** Over or under the target by more than MIX_TOLERANCE_POINTS. */
  off: 'over' | 'under' | null;
}

export interface MonthMix {
  month: string;
  /** Planned posts whose day, in the display zone, is in the month. */
  total: number;
  pillars: PillarMix[];
  /** Posts without a pillar (or naming one that no longer exists). */
  unassigned: number;
  /** Percent of the month's posts without a pillar. */
  unassignedShare: number;
}

/** The local time of a planned time in the display zone. */
function localIn(at: PlannedTime, zone: string): string {
  return inZone(at, zone).local;
}

/**
 * The month's posts (`YYYY-MM`, days read in `zone`) by pillar against the target shares. A post
 * counts once whatever its networks; unplanned posts are left out.
 */
export function monthMix(posts: readonly PostInput[], editorial: Pick<Editorial, 'pillars'>, month: string, zone: string): MonthMix {
  const inMonth = posts.filter((post) => post.at !== null && localIn(post.at, zone).startsWith(`${month}-`));
  const total = inMonth.length;
  const counts = new Map<string, number>();
  for (const post of inMonth) if (post.pillarId !== undefined) counts.set(post.pillarId, (counts.get(post.pillarId) ?? 0) + 1);
  const percent = (count: number) => (total === 0 ? 0 : (count * 100) / total);
  const pillars = editorial.pillars.map((pillar): PillarMix => {
    const count = counts.get(pillar.id) ?? 0;
    const share = percent(count);
    const difference = Math.round(share) - pillar.targetShare;
    const off = total === 0 || Math.abs(share - pillar.targetShare) <= MIX_TOLERANCE_POINTS ? null : share > pillar.targetShare ? 'over' : 'under';
    return { pillarId: pillar.id, name: pillar.name, color: pillar.color, count, share, target: pillar.targetShare, difference, off };
  });
  const assigned = pillars.reduce((sum, pillar) => sum + pillar.count, 0);
  const unassigned = total - assigned;
  return { month, total, pillars, unassigned, unassignedShare: percent(unassigned) };
}

export interface NetworkCadence {
  network: Network;
  /** Posts planned on the network in the week (one per post's target there). */
  planned: number;
  /** Posts per week wanted; null: no goal set. */
  goal: number | null;
}

/** Each day of the week starting `weekStart` (YYYY-MM-DD). */
export function weekDays(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** Each planned target of the posts: network, post and time (a target's own time, else the post's). */
function plannedTargets(posts: readonly PostInput[]): Array<{ network: Network; postId: string; pillarId: string | undefined; at: PlannedTime }> {
  return posts.flatMap((post) =>
    resolveTargets(post).flatMap((target) => (target.at ? [{ network: target.network, postId: post.id, pillarId: post.pillarId, at: target.at }] : [])),
  );
}

/**
 * Per network, the week's planned posts against the cadence ("LinkedIn 2 of 3 this week"): the
 * networks with a goal, then any other network with posts that week, in the catalog's order.
 */
export function cadenceStatus(posts: readonly PostInput[], editorial: Pick<Editorial, 'cadence'>, weekStart: string, zone: string): NetworkCadence[] {
  const first = weekStart;
  const last = addDays(weekStart, 6);
  const planned = new Map<Network, number>();
  for (const target of plannedTargets(posts)) {
    const day = localIn(target.at, zone).slice(0, 10);
    if (day >= first && day <= last) planned.set(target.network, (planned.get(target.network) ?? 0) + 1);
  }
  return NETWORKS.filter((network) => editorial.cadence[network] !== undefined || planned.has(network)).map((network) => ({
    network,
    planned: planned.get(network) ?? 0,
    goal: editorial.cadence[network] ?? null,
  }));
}

export interface GapWarning {
  network: Network;
  /** The two posts, earlier first, and their local times in the display zone. */
  first: { postId: string; local: string };
  second: { postId: string; local: string };
  minutes: number;
}

/** Two posts on one network closer than `minGapMinutes` (each pair of neighbours once). */
export function gapWarnings(posts: readonly PostInput[], zone: string, minGapMinutes = DEFAULT_MIN_GAP_MINUTES): GapWarning[] {
  const byNetwork = new Map<Network, Array<{ postId: string; at: PlannedTime; ms: number }>>();
  for (const target of plannedTargets(posts)) {
    const list = byNetwork.get(target.network) ?? [];
    list.push({ postId: target.postId, at: target.at, ms: plannedInstant(target.at) });
    byNetwork.set(target.network, list);
  }
  const warnings: GapWarning[] = [];
  for (const network of NETWORKS) {
    const list = (byNetwork.get(network) ?? []).sort((a, b) => a.ms - b.ms || a.postId.localeCompare(b.postId));
    for (let i = 1; i < list.length; i++) {
      const minutes = Math.round((list[i].ms - list[i - 1].ms) / 60_000);
      if (minutes < minGapMinutes) {
        warnings.push({
          network,
          first: { postId: list[i - 1].postId, local: localIn(list[i - 1].at, zone) },
          second: { postId: list[i].postId, local: localIn(list[i].at, zone) },
          minutes,
        });
      }
    }
  }
  return warnings;
}

export interface SlotOccurrence {
  slot: RecurringSlot;
  /** `YYYY-MM-DDTHH:mm` in the display zone. */
  local: string;
  /** The post planned in it, if any: same network, same day, within an hour, same pillar when the slot names one. */
  postId: string | null;
}

/** How near a post's time must be to a slot's to fill it. */
export const SLOT_WINDOW_MINUTES = 60;

const minutesOf = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

/** The week's recurring slots (clock times in the display zone), each with the post that fills it or null (empty: to fill). */
export function weekSlots(posts: readonly PostInput[], editorial: Pick<Editorial, 'slots'>, weekStart: string, zone: string): SlotOccurrence[] {
  const targets = plannedTargets(posts).map((target) => ({ ...target, local: localIn(target.at, zone) }));
  const used = new Set<string>();
  return editorial.slots.map((slot) => {
    const day = weekDays(weekStart).find((d) => WEEKDAYS[weekdayIndex(d)] === slot.weekday) as string;
    const local = `${day}T${slot.time}`;
    const match = targets.find(
      (target) =>
        target.network === slot.network &&
        target.local.slice(0, 10) === local.slice(0, 10) &&
        Math.abs(minutesOf(target.local) - minutesOf(local)) <= SLOT_WINDOW_MINUTES &&
        (slot.pillarId === undefined || target.pillarId === slot.pillarId) &&
        !used.has(`${target.postId}/${target.network}`),
    );
    if (match) used.add(`${match.postId}/${match.network}`);
    return { slot, local, postId: match?.postId ?? null };
  });
}
