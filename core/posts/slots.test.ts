/** Recurring slots in the calendar: their occurrences in a range and whether a post fills them. */
import { describe, expect, it } from 'vitest';
import { postInputSchema, type RecurringSlot } from '../schema/posts';
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
});
