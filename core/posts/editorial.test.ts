/**
 * The editorial line's edits (./editorial.ts) and the calendar's checks (./editorialChecks.ts) (issue 14, Editorial line; posts.md): pillars,
 * hashtag groups, cadence, slots and best times edited with their refusals in both languages; the
 * month's mix, the week's cadence, gaps and slots read in the display zone; property tests for the
 * mix (shares make 100 when every post has a pillar; a move inside the month changes nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorDetail, formatMessage } from '../messages';
import { DEFAULT_BEST_TIMES, editorialSchema, emptyEditorial, type Editorial, type PostInput } from '../schema/posts';
import {
  addBestTime,
  addHashtagGroup,
  addHashtagsToGroup,
  addPillar,
  addSlot,
  addWords,
  normaliseHashtag,
  parseHashtags,
  removeBestTime,
  removeHashtagFromGroup,
  removeHashtagGroup,
  removePillar,
  removeSlot,
  resetBestTimes,
  setCadence,
  targetTotal,
  updateBestTime,
  updateHashtagGroup,
  updatePillar,
  updateSettings,
  updateSlot,
} from './editorial';
import { cadenceStatus, gapWarnings, mondayOf, monthMix, weekSlots } from './editorialChecks';
import { moveToDay } from './time';

/** The refusal an edit throws, in English and French. */
function refusal(run: () => unknown): { en: string; fr: string } {
  try {
    run();
  } catch (error) {
    const detail = errorDetail(error);
    if (!detail) throw error;
    return { en: formatMessage(detail, 'en'), fr: formatMessage(detail, 'fr') };
  }
  throw new Error('the edit was not refused');
}

function line(): Editorial {
  let editorial = emptyEditorial('Europe/Paris');
  editorial = addPillar(editorial, { id: 'tips', name: 'Tips', color: '#1C7ED6', targetShare: 50 });
  editorial = addPillar(editorial, { id: 'promo', name: 'Promo', color: '#e8590c', targetShare: 30 });
  return editorial;
}

let sequence = 0;
function post(local: string | null, pillarId?: string, networks: PostInput['targets'][number]['network'][] = ['instagram'], zone = 'Europe/Paris'): PostInput {
  sequence += 1;
  return {
    id: `p${sequence}`,
    title: `Post ${sequence}`,
    status: 'draft',
    ...(pillarId !== undefined ? { pillarId } : {}),
    notes: '',
    at: local === null ? null : { local, zone },
    designIds: [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: networks.map((network) => ({ network })),
  };
}

describe('pillars', () => {
  it('adds, renames, recolours and sets the target share; the total need not make 100', () => {
    let editorial = line();
    expect(editorial.pillars.map((pillar) => [pillar.name, pillar.color, pillar.targetShare])).toEqual([
      ['Tips', '#1c7ed6', 50],
      ['Promo', '#e8590c', 30],
    ]);
    editorial = updatePillar(editorial, 'tips', { name: ' Conseils ', color: '#2F9E44', targetShare: 62.6 });
    expect(editorial.pillars[0]).toMatchObject({ name: 'Conseils', color: '#2f9e44', targetShare: 63 });
    editorial = updatePillar(editorial, 'promo', { targetShare: 140 });
    expect(editorial.pillars[1].targetShare).toBe(100);
    expect(targetTotal(editorial)).toBe(163);
    expect(editorialSchema.safeParse(editorial).success).toBe(true);
  });

  it('refuses an empty name, a name taken (case aside) and a colour that is not #rrggbb, in both languages', () => {
    const editorial = line();
    expect(refusal(() => addPillar(editorial, { id: 'x', name: '  ', color: '#000000' })).en).toBe('A pillar needs a name.');
    expect(refusal(() => addPillar(editorial, { id: 'x', name: 'tips', color: '#000000' }))).toEqual({
      en: 'There is already a pillar named “tips”.',
      fr: 'Il y a déjà un pilier nommé «\u00a0tips\u00a0».',
    });
    expect(refusal(() => updatePillar(editorial, 'promo', { color: 'red' })).fr).toBe('«\u00a0red\u00a0» n’est pas une couleur\u00a0: utilisez la forme #rrvvbb.');
    // Renaming a pillar to its own name in another case is not a clash.
    expect(updatePillar(editorial, 'tips', { name: 'TIPS' }).pillars[0].name).toBe('TIPS');
  });

  it('refuses to remove a pillar posts use, with their count; an unused one goes, and slots naming it keep their time', () => {
    let editorial = addSlot(line(), { id: 's1', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'promo' });
    const posts = [post('2026-12-01T09:00', 'tips'), post('2026-12-02T09:00', 'tips'), post(null, 'tips'), post('2026-12-03T09:00')];
    expect(refusal(() => removePillar(editorial, 'tips', posts))).toEqual({
      en: '“Tips” is the pillar of 3 posts: give them another pillar before removing this one.',
      fr: '«\u00a0Tips\u00a0» est le pilier de 3 publications\u00a0: donnez-leur un autre pilier avant de retirer celui-ci.',
    });
    expect(refusal(() => removePillar(editorial, 'tips', posts.slice(0, 1))).en).toBe('“Tips” is the pillar of 1 post: give it another pillar before removing this one.');
    editorial = removePillar(editorial, 'promo', posts);
    expect(editorial.pillars.map((pillar) => pillar.id)).toEqual(['tips']);
    expect(editorial.slots).toEqual([{ id: 's1', weekday: 'tue', time: '09:00', network: 'instagram' }]);
    expect(editorialSchema.safeParse(editorial).success).toBe(true);
  });
});

describe('hashtag groups', () => {
  it('reads pasted hashtags: # added where missing, separators of any kind, each once', () => {
    expect(parseHashtags('#a #b #c')).toEqual(['#a', '#b', '#c']);
    expect(parseHashtags('Hiver, #hiver ##neige\n#ski#montagne  ')).toEqual(['#Hiver', '#neige', '#ski', '#montagne']);
    expect(parseHashtags('#été #café_du_coin #2026')).toEqual(['#été', '#café_du_coin', '#2026']);
    expect(normaliseHashtag('  ')).toBeNull();
    expect(refusal(() => parseHashtags('#soldes #l’hiver')).en).toBe('“#l’hiver” is not a hashtag: a hashtag is # followed by letters, digits or _ (at most 140 characters).');
  });

  it('adds, renames, extends, trims and removes a group; a removed group leaves the pillars that listed it', () => {
    let editorial = addHashtagGroup(line(), { id: 'g1', name: 'Hiver', hashtags: ['hiver', '#Neige', '#hiver'] });
    expect(editorial.hashtagGroups[0]).toEqual({ id: 'g1', name: 'Hiver', hashtags: ['#hiver', '#Neige'] });
    editorial = addHashtagsToGroup(editorial, 'g1', '#neige #ski #apresski');
    expect(editorial.hashtagGroups[0].hashtags).toEqual(['#hiver', '#Neige', '#ski', '#apresski']);
    editorial = removeHashtagFromGroup(editorial, 'g1', '#NEIGE');
    editorial = updateHashtagGroup(editorial, 'g1', { name: 'Winter' });
    expect(editorial.hashtagGroups[0]).toEqual({ id: 'g1', name: 'Winter', hashtags: ['#hiver', '#ski', '#apresski'] });
    expect(refusal(() => addHashtagGroup(editorial, { id: 'g2', name: 'winter' })).fr).toBe('Il y a déjà un groupe de hashtags nommé «\u00a0winter\u00a0».');
    editorial = updatePillar(editorial, 'tips', { hashtagGroupIds: ['g1', 'g1'] });
    expect(editorial.pillars[0].hashtagGroupIds).toEqual(['g1']);
    expect(editorialSchema.safeParse(editorial).success).toBe(true);
    editorial = removeHashtagGroup(editorial, 'g1');
    expect(editorial.hashtagGroups).toEqual([]);
    expect(editorial.pillars[0].hashtagGroupIds).toEqual([]);
    expect(refusal(() => updatePillar(editorial, 'tips', { hashtagGroupIds: ['g1'] })).en).toBe('This part of the editorial line no longer exists (it may have been removed).');
  });

  it('refuses a group over 100 hashtags', () => {
    const many = Array.from({ length: 101 }, (_, i) => `#tag${i}`).join(' ');
    const editorial = addHashtagGroup(line(), { id: 'g', name: 'Many' });
    expect(refusal(() => addHashtagsToGroup(editorial, 'g', many)).en).toBe('A hashtag group holds at most 100 hashtags.');
  });
});

describe('cadence, slots, best times, profile and settings', () => {
  it('sets and removes a network’s posts per week', () => {
    let editorial = setCadence(line(), 'linkedin', 3);
    editorial = setCadence(editorial, 'instagram', 5);
    expect(editorial.cadence).toEqual({ linkedin: 3, instagram: 5 });
    editorial = setCadence(editorial, 'instagram', null);
    expect(editorial.cadence).toEqual({ linkedin: 3 });
    expect(refusal(() => setCadence(editorial, 'x', 2.5)).fr).toBe('Le nombre de publications par semaine est un entier de 0 à 100.');
  });

  it('keeps recurring slots in week order, refuses one taken twice or naming no pillar', () => {
    let editorial = addSlot(line(), { id: 'b', weekday: 'thu', time: '18:00', network: 'linkedin' });
    editorial = addSlot(editorial, { id: 'a', weekday: 'tue', time: '9:00', network: 'instagram', pillarId: 'tips' });
    expect(editorial.slots.map((slot) => [slot.id, slot.time])).toEqual([
      ['a', '09:00'],
      ['b', '18:00'],
    ]);
    expect(refusal(() => addSlot(editorial, { id: 'c', weekday: 'tue', time: '09:00', network: 'instagram' })).en).toBe(
      'There is already a slot on that day, at that time, on that network.',
    );
    expect(refusal(() => addSlot(editorial, { id: 'c', weekday: 'tue', time: '25:00', network: 'instagram' })).en).toBe('“25:00” is not a time of day: use HH:mm, such as 09:30.');
    expect(refusal(() => addSlot(editorial, { id: 'c', weekday: 'mon', time: '09:00', network: 'x', pillarId: 'nope' })).en).toContain('no longer exists');
    editorial = updateSlot(editorial, 'b', { weekday: 'mon', pillarId: 'promo' });
    expect(editorial.slots.map((slot) => slot.id)).toEqual(['b', 'a']);
    editorial = updateSlot(editorial, 'b', { pillarId: null });
    expect(editorial.slots[0]).toEqual({ id: 'b', weekday: 'mon', time: '18:00', network: 'linkedin' });
    editorial = removeSlot(editorial, 'b');
    expect(editorial.slots.map((slot) => slot.id)).toEqual(['a']);
    expect(editorialSchema.safeParse(editorial).success).toBe(true);
  });

  it('edits best times (days in week order, source kept) and resets them to the shipped presets', () => {
    let editorial = updateBestTime(line(), 0, { from: '7:30', weekdays: ['thu', 'mon'], source: 'Our own figures, 2026' });
    expect(editorial.bestTimes[0]).toEqual({ network: 'facebook', weekdays: ['mon', 'thu'], from: '07:30', to: '13:00', source: 'Our own figures, 2026' });
    editorial = addBestTime(editorial, { network: 'x', weekdays: ['wed'], from: '12:00', to: '13:00', source: 'Our own figures, 2026' });
    editorial = removeBestTime(editorial, 1);
    expect(editorial.bestTimes).toHaveLength(DEFAULT_BEST_TIMES.length);
    expect(refusal(() => updateBestTime(editorial, 0, { to: '07:00' })).en).toBe('A best time ends after it starts.');
    expect(refusal(() => updateBestTime(editorial, 0, { weekdays: [] })).en).toBe('A best time needs at least one day.');
    expect(refusal(() => updateBestTime(editorial, 0, { source: ' ' })).en).toContain('says where it comes from');
    expect(resetBestTimes(editorial).bestTimes).toEqual(DEFAULT_BEST_TIMES);
  });

  it('adds words once whatever their case, and checks the settings', () => {
    expect(addWords(['chaleureux'], 'Chaleureux, simple,\n  local ')).toEqual(['chaleureux', 'simple', 'local']);
    const editorial = line();
    expect(updateSettings(editorial, { timeZone: 'America/New_York', mediaBaseUrl: ' https://cdn.example.com/posts ' }).settings).toEqual({
      timeZone: 'America/New_York',
      altTextRequired: false,
      mediaBaseUrl: 'https://cdn.example.com/posts',
    });
    expect(refusal(() => updateSettings(editorial, { timeZone: 'Mars/Olympus' })).en).toContain('“Mars/Olympus” is not a time zone');
    expect(refusal(() => updateSettings(editorial, { mediaBaseUrl: 'cdn.example.com' })).fr).toBe('«\u00a0cdn.example.com\u00a0» n’est pas une adresse web\u00a0: elle commence par https:// ou http://.');
  });
});

describe('the month’s mix', () => {
  it('says "Tips +17 points": 4 of 6 posts against a target of 50', () => {
    const posts = [
      post('2026-12-01T09:00', 'tips'),
      post('2026-12-03T09:00', 'tips'),
      post('2026-12-08T09:00', 'tips', ['instagram', 'linkedin', 'x']),
      post('2026-12-15T09:00', 'tips'),
      post('2026-12-20T09:00', 'promo'),
      post('2026-12-21T09:00'),
      post('2026-11-30T09:00', 'promo'),
      post(null, 'promo'),
    ];
    const mix = monthMix(posts, line(), '2026-12', 'Europe/Paris');
    expect(mix.total).toBe(6);
    expect(mix.unassigned).toBe(1);
    expect(mix.pillars.map(({ name, count, difference, off }) => ({ name, count, difference, off }))).toEqual([
      { name: 'Tips', count: 4, difference: 17, off: 'over' },
      { name: 'Promo', count: 1, difference: -13, off: 'under' },
    ]);
    expect(mix.pillars[0].share).toBeCloseTo(66.667, 2);
  });

  it('reads days in the display zone: a post at 00:30 on 1 January in Paris is in December in New York', () => {
    const posts = [post('2026-12-31T23:30', 'tips'), post('2027-01-01T00:30', 'promo')];
    expect(monthMix(posts, line(), '2026-12', 'Europe/Paris').total).toBe(1);
    expect(monthMix(posts, line(), '2026-12', 'America/New_York').total).toBe(2);
    expect(monthMix(posts, line(), '2027-01', 'Asia/Tokyo').total).toBe(2);
  });

  it('shows no difference flag for an empty month', () => {
    const mix = monthMix([], line(), '2026-12', 'UTC');
    expect(mix.pillars.map((pillar) => [pillar.share, pillar.difference, pillar.off])).toEqual([
      [0, -50, null],
      [0, -30, null],
    ]);
  });

  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Sydney'];
  const arbitraryPost = (pillars: readonly string[], withPillar: boolean) =>
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.constantFrom('2026-11', '2026-12', '2027-01', '2027-03'),
      hour: fc.integer({ min: 0, max: 23 }),
      zone: fc.constantFrom(...zones),
      pillar: withPillar ? fc.constantFrom(...pillars) : fc.option(fc.constantFrom(...pillars), { nil: undefined }),
    });
  const toPost = (p: { day: number; month: string; hour: number; zone: string; pillar: string | undefined }) =>
    post(`${p.month}-${String(p.day).padStart(2, '0')}T${String(p.hour).padStart(2, '0')}:15`, p.pillar, ['instagram'], p.zone);

  it('property: the shares make 100 when every post of the month has a pillar', () => {
    const editorial = line();
    fc.assert(
      fc.property(fc.array(arbitraryPost(['tips', 'promo'], true), { maxLength: 40 }), fc.constantFrom(...zones), (drawn, zone) => {
        const mix = monthMix(drawn.map(toPost), editorial, '2026-12', zone);
        const sum = mix.pillars.reduce((total, pillar) => total + pillar.share, 0);
        expect(mix.unassigned).toBe(0);
        expect(sum).toBeCloseTo(mix.total === 0 ? 0 : 100, 9);
        expect(mix.pillars.reduce((total, pillar) => total + pillar.count, 0)).toBe(mix.total);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a post moved to another day changes the month’s mix only when it crosses the month', () => {
    const editorial = line();
    fc.assert(
      fc.property(
        fc.array(arbitraryPost(['tips', 'promo'], false), { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('2026-11', '2026-12', '2027-01'),
        fc.constantFrom(...zones),
        (drawn, pick, day, month, zone) => {
          const posts = drawn.map(toPost);
          const index = pick % posts.length;
          const moved = posts.map((p, i) => (i === index ? { ...p, at: moveToDay(p.at!, `${month}-${String(day).padStart(2, '0')}`) } : p));
          const before = monthMix(posts, editorial, '2026-12', zone);
          const after = monthMix(moved, editorial, '2026-12', zone);
          const wasIn = monthMix([posts[index]], editorial, '2026-12', zone).total === 1;
          const isIn = monthMix([moved[index]], editorial, '2026-12', zone).total === 1;
          if (wasIn === isIn) expect(after).toEqual(before);
          else expect(after.total).toBe(before.total + (isIn ? 1 : -1));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the week: cadence, gaps, slots', () => {
  it('says "LinkedIn 2 of 3 this week", counting each network a post goes to, at the target’s own time', () => {
    let editorial = setCadence(line(), 'linkedin', 3);
    editorial = setCadence(editorial, 'instagram', 4);
    const moved = post('2026-12-08T09:00', 'tips', ['instagram', 'linkedin']);
    moved.targets[1] = { network: 'linkedin', at: { local: '2026-12-14T09:00', zone: 'Europe/Paris' } };
    const posts = [
      post('2026-12-07T09:00', 'tips', ['linkedin', 'x']),
      post('2026-12-10T12:00', 'promo', ['linkedin', 'instagram']),
      moved,
      post('2026-12-13T23:30', 'tips', ['linkedin']),
      post('2026-12-06T12:00', 'tips', ['linkedin']),
      post(null, 'tips', ['linkedin']),
    ];
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(cadenceStatus(posts, editorial, '2026-12-07', 'Europe/Paris')).toEqual([
      { network: 'instagram', planned: 2, goal: 4 },
      { network: 'linkedin', planned: 3, goal: 3 },
      { network: 'x', planned: 1, goal: null },
    ]);
    // In New York the Sunday 23:30 Paris post is on Sunday afternoon still; in Tokyo it is Monday, the next week.
    expect(cadenceStatus(posts, editorial, '2026-12-07', 'Asia/Tokyo').find((row) => row.network === 'linkedin')).toEqual({ network: 'linkedin', planned: 2, goal: 3 });
  });

  it('warns of two posts on one network closer than the minimum gap, in the display zone', () => {
    const a = post('2026-12-08T09:00', 'tips', ['instagram', 'linkedin']);
    const b = post('2026-12-08T10:30', 'tips', ['instagram']);
    const c = post('2026-12-08T11:00', 'tips', ['linkedin', 'x']);
    const warnings = gapWarnings([a, b, c], 'UTC');
    expect(warnings).toEqual([
      { network: 'instagram', first: { postId: a.id, local: '2026-12-08T08:00' }, second: { postId: b.id, local: '2026-12-08T09:30' }, minutes: 90 },
    ]);
    expect(gapWarnings([a, b, c], 'UTC', 150).map((w) => [w.network, w.minutes])).toEqual([
      ['instagram', 90],
      ['linkedin', 120],
    ]);
  });

  it('lists the week’s recurring slots with the post that fills each, empty ones to fill', () => {
    let editorial = addSlot(line(), { id: 'tue', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'tips' });
    editorial = addSlot(editorial, { id: 'thu', weekday: 'thu', time: '18:00', network: 'linkedin' });
    editorial = addSlot(editorial, { id: 'sun', weekday: 'sun', time: '10:00', network: 'instagram' });
    const filling = post('2026-12-08T09:40', 'tips', ['instagram']);
    const wrongPillar = post('2026-12-08T09:00', 'promo', ['instagram']);
    const slots = weekSlots([wrongPillar, filling, post('2026-12-10T20:00', 'promo', ['linkedin'])], editorial, '2026-12-07', 'Europe/Paris');
    expect(slots.map((slot) => [slot.slot.id, slot.local, slot.postId])).toEqual([
      ['tue', '2026-12-08T09:00', filling.id],
      ['thu', '2026-12-10T18:00', null],
      ['sun', '2026-12-13T10:00', null],
    ]);
  });
});
