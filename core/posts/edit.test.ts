import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NETWORKS, type Network } from '../formats/constants';
import { postInputSchema, type PostInput } from '../schema/posts';
import { resolveTarget, targetOf, OVERRIDABLE_FIELDS } from './resolve';
import {
  addDesign,
  addNetwork,
  bestTimeFrom,
  draftIfNotReady,
  altTextsFor,
  insertHashtags,
  newPost,
  overrideField,
  parseHashtags,
  planPostFrom,
  removeDesign,
  removeNetwork,
  resetField,
  setAltText,
  setMaster,
  setStatus,
  setTime,
  type PostDesign,
} from './edit';

const square: PostDesign = {
  id: 'd1',
  name: 'Winter sale',
  kind: 'still',
  format: { preset: 'instagram-square', width: 1080, height: 1080 },
  variants: [],
  pages: [{ id: 'p1', altText: 'A red scarf', background: { fill: '#ffffff' }, elements: [] }],
};
const custom: PostDesign = { id: 'd2', name: 'Odd size', kind: 'still', format: { preset: null, width: 1000, height: 700 } };
const carousel: PostDesign = {
  id: 'd3',
  name: 'Tips',
  kind: 'carousel',
  format: { preset: 'instagram-carousel', width: 1080, height: 1350 },
  pages: [
    { id: 's1', altText: 'Tip one', background: { fill: '#ffffff' }, elements: [] },
    { id: 's2', background: { fill: '#ffffff' }, elements: [] },
  ],
};

const valid = (post: PostInput) => expect(postInputSchema.safeParse(post).success).toBe(true);

describe('a new post', () => {
  it('has the design, one target per network with the format it uses there, and is a draft', () => {
    const post = newPost('p1', { design: square, networks: ['x', 'instagram'], at: '2026-12-10T09:00', zone: 'Europe/Paris' });
    valid(post);
    expect(post).toMatchObject({ title: 'Winter sale', status: 'draft', designIds: ['d1'], at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' } });
    // In the catalog's order of networks, whatever order they were asked in.
    expect(post.targets).toEqual([
      { network: 'instagram', designId: 'd1', formatId: 'instagram-square' },
      { network: 'x', designId: 'd1', formatId: expect.stringMatching(/^x-/) },
    ]);
  });
  it('planned from a design starts on the design network, unplanned; a custom size starts on Instagram', () => {
    const linkedIn = planPostFrom('p2', { ...square, format: { preset: 'linkedin-square', width: 1080, height: 1080 } }, 'Europe/Paris');
    expect(linkedIn.targets.map((t) => t.network)).toEqual(['linkedin']);
    expect(linkedIn.at).toBeNull();
    expect(linkedIn.status).toBe('draft');
    const odd = planPostFrom('p3', custom, 'UTC');
    valid(odd);
    expect(odd.targets).toEqual([{ network: 'instagram', designId: 'd2', formatId: expect.stringMatching(/^instagram-/) }]);
  });
});

describe('networks', () => {
  it('are added once and removed', () => {
    let post = newPost('p', { design: square, networks: ['instagram'], zone: 'UTC' });
    post = addNetwork(post, 'linkedin', square);
    expect(addNetwork(post, 'linkedin', square)).toBe(post);
    expect(post.targets.map((t) => t.network)).toEqual(['instagram', 'linkedin']);
    post = removeNetwork(post, 'instagram');
    expect(post.targets.map((t) => t.network)).toEqual(['linkedin']);
    valid(post);
  });
});

const networkArb = fc.constantFrom(...NETWORKS);
const basePost = (networks: Network[]) => newPost('p', { design: square, networks, at: '2026-03-29T09:00', zone: 'Europe/Paris' });
const valueFor = (field: (typeof OVERRIDABLE_FIELDS)[number]) => {
  switch (field) {
    case 'caption':
    case 'title':
    case 'firstComment':
    case 'link':
      return fc.string({ maxLength: 40 });
    case 'hashtags':
      return fc.array(fc.stringMatching(/^#[a-z0-9]{1,8}$/), { maxLength: 6 });
    case 'altTexts':
      return fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 });
    case 'at':
      return fc.constant({ local: '2026-12-01T18:30', zone: 'America/New_York' });
  }
};

describe('override and reset', () => {
  it('an override shows on its network only, and reset to master gives back the same post (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(networkArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...OVERRIDABLE_FIELDS).chain((field) => fc.tuple(fc.constant(field), valueFor(field))),
        fc.string({ maxLength: 30 }),
        (networks, [field, value], masterCaption) => {
          const before = setMaster(basePost(networks), 'caption', masterCaption);
          const snapshot = structuredClone(before);
          const network = networks[0];
          const edited = overrideField(before, network, field, value as never);
          expect(before).toEqual(snapshot); // the input is never changed
          const resolved = resolveTarget(edited, targetOf(edited, network)!);
          expect(resolved.overrides.has(field)).toBe(true);
          expect(resolved[field]).toEqual(value);
          for (const other of networks.slice(1)) expect(resolveTarget(edited, targetOf(edited, other)!).overrides.has(field)).toBe(false);
          const reset = resetField(edited, network, field);
          expect(reset).toEqual(before);
          expect(resolveTarget(reset, targetOf(reset, network)!).overrides.size).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('a network without an override follows the master as it changes', () => {
    let post = basePost(['instagram', 'x']);
    post = overrideField(post, 'x', 'caption', 'Short for X');
    post = setMaster(post, 'caption', 'Long master caption');
    expect(resolveTarget(post, targetOf(post, 'instagram')!).caption).toBe('Long master caption');
    expect(resolveTarget(post, targetOf(post, 'x')!).caption).toBe('Short for X');
  });
});

describe('hashtag groups', () => {
  it('are inserted into the master without doubles, whatever the case', () => {
    let post = setMaster(basePost(['instagram']), 'hashtags', ['#Knit']);
    post = insertHashtags(post, ['#knit', '#wool', '#WOOL', '#winter']);
    expect(post.master.hashtags).toEqual(['#Knit', '#wool', '#winter']);
    expect(insertHashtags(post, ['#WINTER']).master.hashtags).toEqual(['#Knit', '#wool', '#winter']);
    valid(post);
  });
  it('into one network start from what it showed and leave the master alone', () => {
    let post = setMaster(basePost(['instagram', 'x']), 'hashtags', ['#a']);
    post = insertHashtags(post, ['#A', '#b'], 'instagram');
    expect(post.master.hashtags).toEqual(['#a']);
    expect(targetOf(post, 'instagram')!.hashtags).toEqual(['#a', '#b']);
    expect(resolveTarget(post, targetOf(post, 'x')!).hashtags).toEqual(['#a']);
  });
  it('never hold a tag twice (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^#[a-zA-Z]{1,4}$/), { maxLength: 12 }), fc.array(fc.stringMatching(/^#[a-zA-Z]{1,4}$/), { maxLength: 12 }), (first, second) => {
        const post = insertHashtags(insertHashtags(basePost(['instagram']), first), second);
        const lower = post.master.hashtags.map((tag) => tag.toLowerCase());
        expect(new Set(lower).size).toBe(lower.length);
        expect(new Set(lower)).toEqual(new Set([...first, ...second].map((tag) => tag.toLowerCase())));
      }),
    );
  });
  it('typed words become hashtags', () => {
    expect(parseHashtags('knit, #Winter  wool ##x #knit')).toEqual(['#knit', '#Winter', '#wool', '#x']);
  });
});

describe('alt text per picture', () => {
  it('defaults to the slides alt text and is kept per network', () => {
    let post = newPost('p', { design: carousel, networks: ['instagram', 'x'], zone: 'UTC' });
    expect(altTextsFor(post, 'instagram', carousel)).toEqual(['Tip one', '']);
    post = setAltText(post, 'instagram', carousel, 1, 'Tip two');
    expect(altTextsFor(post, 'instagram', carousel)).toEqual(['Tip one', 'Tip two']);
    expect(altTextsFor(post, 'x', carousel)).toEqual(['Tip one', '']);
    expect(setAltText(post, 'x', carousel, 5, 'nope')).toBe(post);
    valid(post);
  });
});

describe('time, status and designs', () => {
  it('sets the planned time and zone, and back to unplanned', () => {
    const post = setTime(basePost(['x']), { local: '2026-10-25T02:30', zone: 'Europe/Paris' });
    expect(post.at).toEqual({ local: '2026-10-25T02:30', zone: 'Europe/Paris' });
    expect(setTime(post, null).at).toBeNull();
  });
  it('sets the status', () => {
    expect(setStatus(basePost(['x']), 'ready').status).toBe('ready');
  });
  it('a ready post that stops passing its checks goes back to draft', () => {
    const context = { editorial: { settings: { timeZone: 'UTC', altTextRequired: false, mediaBaseUrl: '' } } };
    const ready = setStatus(setMaster(basePost(['x']), 'caption', 'Fine'), 'ready');
    expect(draftIfNotReady(ready, context)).toBe(ready);
    const tooLong = setMaster(ready, 'caption', 'a'.repeat(281));
    expect(draftIfNotReady(tooLong, context).status).toBe('draft');
    const idea = setStatus(tooLong, 'idea');
    expect(draftIfNotReady(idea, context)).toBe(idea);
  });
  it('adds designs and, removing one, the networks that used it take the first again', () => {
    let post = addDesign(basePost(['instagram']), 'd3');
    expect(post.designIds).toEqual(['d1', 'd3']);
    post = overrideField(post, 'instagram', 'altTexts', ['x']);
    post = removeDesign(post, 'd1');
    expect(post.designIds).toEqual(['d3']);
    expect(targetOf(post, 'instagram')).toEqual({ network: 'instagram' });
    expect(resolveTarget(post, targetOf(post, 'instagram')!).designId).toBe('d3');
    valid(post);
  });
});

describe('best-time hints', () => {
  it('give the first matching weekday on or after the day, at the start of the window', () => {
    // 2026-12-10 is a Thursday.
    expect(bestTimeFrom({ weekdays: ['mon', 'tue', 'wed'], from: '09:00' }, '2026-12-10')).toBe('2026-12-14T09:00');
    expect(bestTimeFrom({ weekdays: ['thu'], from: '10:30' }, '2026-12-10')).toBe('2026-12-10T10:30');
    expect(bestTimeFrom({ weekdays: ['wed'], from: '10:00' }, '2026-12-31')).toBe('2027-01-06T10:00');
  });
});
