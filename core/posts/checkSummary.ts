/**
 * A post's checks in a few words per network, for a list with little room (the post editor's side
 * column, its "Per network" rows): each network with problems, its level, how many problems and the
 * short name of each rule that fails ("X: Caption too long"). The full sentence stays on the check
 * (checks.ts) and shows in the network's own tab.
 */
import type { Network } from '../formats/constants';
import { msg, type Message, type MessageKey } from '../messages';
import type { PostCheck } from './checks';

type ShortKey = Extract<MessageKey, `postChecks.short.${string}`>;

/** The short name of each rule, by the key of its sentence. */
const SHORT_NAMES: Record<string, ShortKey> = {
  'postChecks.captionTooLong': 'postChecks.short.captionTooLong',
  'postChecks.titleTooLong': 'postChecks.short.titleTooLong',
  'postChecks.firstCommentTooLong': 'postChecks.short.firstCommentTooLong',
  'postChecks.altTextTooLong': 'postChecks.short.altTextTooLong',
  'postChecks.altTextMissingSingle': 'postChecks.short.altTextMissing',
  'postChecks.altTextMissing': 'postChecks.short.altTextMissing',
  'postChecks.tooManyHashtags': 'postChecks.short.tooManyHashtags',
  'postChecks.oneTopicTag': 'postChecks.short.oneTopicTag',
  'postChecks.tooManyLinks': 'postChecks.short.tooManyLinks',
  'postChecks.linksNotClickable': 'postChecks.short.linksNotClickable',
  'postChecks.pinLinkField': 'postChecks.short.linksNotClickable',
  'postChecks.linkInFirstComment': 'postChecks.short.linkInFirstComment',
  'postChecks.noFirstComment': 'postChecks.short.noFirstComment',
  'postChecks.foldsAt': 'postChecks.short.foldsAt',
  'postChecks.tooManyPictures': 'postChecks.short.tooManyPictures',
  'postChecks.tooManyPages': 'postChecks.short.tooManyPages',
  'postChecks.overApiCap': 'postChecks.short.overApiCap',
  'postChecks.noVideo': 'postChecks.short.noVideo',
  'postChecks.videoTooLong': 'postChecks.short.videoTooLong',
  'postChecks.videoTooShort': 'postChecks.short.videoTooShort',
};

/** A rule's short name; a check without one keeps its sentence. */
export function checkShortName(check: PostCheck): Message {
  const short = SHORT_NAMES[check.message.key];
  return short ? msg(short) : check.message;
}

export interface NetworkCheckSummary {
  /** Null: the post as a whole. */
  network: Network | null;
  /** The worst level among its problems; null when it has none. */
  level: 'error' | 'warning' | null;
  /** Errors and warnings (tips are not problems). */
  problems: number;
  /** The short name of each failing rule, errors first, each once. */
  names: Message[];
}

const RANK = { error: 0, warning: 1 } as const;

/**
 * Each network of `networks` (in that order) with its problems, after the post's own ones (network
 * null) when there are any. `onlyErrors`: what keeps the post from being ready, and only the
 * networks that have some.
 */
export function summariseChecks(networks: readonly Network[], checks: readonly PostCheck[], { onlyErrors = false } = {}): NetworkCheckSummary[] {
  const counted = checks.filter((check): check is PostCheck & { level: 'error' | 'warning' } => check.level === 'error' || (!onlyErrors && check.level === 'warning'));
  const summary = (network: Network | null): NetworkCheckSummary => {
    const mine = counted.filter((check) => check.network === network).sort((a, b) => RANK[a.level] - RANK[b.level]);
    const names = new Map<string, Message>();
    for (const check of mine) {
      const name = checkShortName(check);
      names.set(JSON.stringify(name), name);
    }
    return { network, level: mine[0]?.level ?? null, problems: mine.length, names: [...names.values()] };
  };
  const post = summary(null);
  const perNetwork = networks.map(summary);
  return [...(post.problems > 0 ? [post] : []), ...(onlyErrors ? perNetwork.filter((entry) => entry.problems > 0) : perNetwork)];
}
