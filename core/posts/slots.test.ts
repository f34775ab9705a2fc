/**
 * Recurring slots in the calendar and the mix panel: their occurrences in a range and the post that
 * fills each (one rule for both screens).
 */
import { describe, expect, it } from 'vitest';
import { postInputSchema, type RecurringSlot } from '../schema/posts';
import { addSlot } from './editorial';
import { line, post as linePost } from './testing/editorial';
import { PARIS, post } from './testing/posts';
import { emptySlots, postForSlot, slotOccurrences } from './slots';

const tips: RecurringSlot = { id: 'slot-tips', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'pillar-tips' };
const news: RecurringSlot = { id: 'slot-news', weekday: 'thu', time: '12:30', network: 'linkedin' };

describe('recurring slots', () => {
  it('occur on their weekday in the range', () => {
    const all = slotOccurrences([tips, news], [], '2026-12-01', '2026-12-14', PARIS);
    expect(all.map((o) => `${o.day} ${o.time} ${o.slot.network}`)).toEqual([
      '2026-12-01 09:00 instagram',
      '2026-12-03 12:30 linkedin',
      '2026-12-08 09:00 instagram',
      '2026-12-10 12:30 linkedin',
    ]);
    expect(all.every((o) => o.empty)).toBe(true);
  });

  it('a post on the network within the slot’s hour fills it; another network or hour does not', () => {
    const posts = [
      post('fills', '2026-12-01T09:45'),
      post('late', '2026-12-08T10:00'),
      post('other-network', '2026-12-10T12:30'),
    ];
    const empty = emptySlots([tips, news], posts, '2026-12-01', '2026-12-14', PARIS);
    expect(empty.map((o) => o.day)).toEqual(['2026-12-03', '2026-12-08', '2026-12-10']);
  });

  it('reads posts planned elsewhere in the display zone', () => {
    // 03:00 New York is 09:00 Paris.
    const ny = post('ny', { local: '2026-12-01T03:00', zone: 'America/New_York' });
    expect(emptySlots([tips], [ny], '2026-12-01', '2026-12-01', PARIS)).toEqual([]);
  });

  it('a click on an empty slot makes an idea there, on its network, with its pillar', () => {
    const [first] = slotOccurrences([tips], [], '2026-12-01', '2026-12-07', PARIS);
    const input = postForSlot(first, 'post-1', PARIS);
    expect(postInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({ id: 'post-1', status: 'idea', pillarId: 'pillar-tips', at: { local: '2026-12-01T09:00', zone: PARIS }, targets: [{ network: 'instagram' }] });
    expect(postForSlot(slotOccurrences([news], [], '2026-12-03', '2026-12-03', PARIS)[0], 'post-2', PARIS)).not.toHaveProperty('pillarId');
  });

  it('the mix panel’s week: each slot with the post that fills it; another pillar does not, a target fills one slot', () => {
    let editorial = addSlot(line(), { id: 'tue', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'tips' });
    editorial = addSlot(editorial, { id: 'tue-again', weekday: 'tue', time: '09:30', network: 'instagram' });
    editorial = addSlot(editorial, { id: 'thu', weekday: 'thu', time: '18:00', network: 'linkedin' });
    editorial = addSlot(editorial, { id: 'sun', weekday: 'sun', time: '10:00', network: 'instagram' });
    const filling = linePost('2026-12-08T09:40', 'tips', ['instagram']);
    const wrongPillar = linePost('2026-12-08T09:00', 'promo', ['instagram']);
    const posts = [wrongPillar, filling, linePost('2026-12-10T20:00', 'promo', ['linkedin'])];
    const week = slotOccurrences(editorial.slots, posts, '2026-12-07', '2026-12-13', 'Europe/Paris');
    expect(week.map((o) => [o.slot.id, `${o.day}T${o.time}`, o.postId])).toEqual([
      ['tue', '2026-12-08T09:00', filling.id],
      // 09:00 (Promo) is before this slot's hour; 09:40 already fills the Tips slot.
      ['tue-again', '2026-12-08T09:30', null],
      ['thu', '2026-12-10T18:00', null],
      ['sun', '2026-12-13T10:00', null],
    ]);
    expect(emptySlots(editorial.slots, posts, '2026-12-07', '2026-12-13', 'Europe/Paris')).toHaveLength(3);
  });

  it('a network’s own time fills the slot at that time, not the post’s', () => {
    const own = post('own-time', '2026-12-01T15:00', { targets: [{ network: 'instagram', at: { local: '2026-12-01T09:10', zone: PARIS } }] });
    expect(slotOccurrences([tips], [own], '2026-12-01', '2026-12-01', PARIS).map((o) => o.postId)).toEqual(['own-time']);
  });
});
