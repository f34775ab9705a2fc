/**
 * What the calendar checks against the editorial line (docs/architecture.md, Posts): every post read
 * in the display zone (core/posts/time.ts), the month's mix of pillars against their target shares,
 * the week's posts per network against the cadence and posts too close on one network (a week's
 * recurring slots and the posts filling them are ./slots.ts's, shared with the calendar). Pure: the
 * mix panel (calendar and editorial screens) shows what these answer. The line's own edits are in
 * ./editorial.ts.
 */
import { NETWORKS, type Network } from '../formats/constants';
import type { Editorial, PlannedTime, PostInput } from '../schema/posts';
import { resolveTargets } from './resolve';
import { addDays, inZone, plannedInstant, weekdayIndex } from './time';

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
  /** Against the goal: fewer, as many, more than wanted; `noGoal` without one. */
  state: CadenceState;
}

export type CadenceState = 'noGoal' | 'short' | 'met' | 'over';

function cadenceState(planned: number, goal: number | null): CadenceState {
  if (goal === null) return 'noGoal';
  return planned < goal ? 'short' : planned === goal ? 'met' : 'over';
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
  return NETWORKS.filter((network) => editorial.cadence[network] !== undefined || planned.has(network)).map((network) => {
    const count = planned.get(network) ?? 0;
    const goal = editorial.cadence[network] ?? null;
    return { network, planned: count, goal, state: cadenceState(count, goal) };
  });
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
