/**
 * The editorial line's edits (issue 14, Editorial line; posts.md): pillars, hashtag groups, cadence,
 * slots and best times edited with their refusals in both languages. The calendar's checks against
 * the line are in editorialChecks.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { errorDetail, formatMessage } from '../messages';
import { DEFAULT_BEST_TIMES, editorialSchema } from '../schema/posts';
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
import { line, post } from './testing/editorial';

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
