import { describe, expect, it, vi } from 'vitest';
import { parseRoute } from './useHashRoute';

// window.affiche set: the module sends nothing (Electron's case), so importing it here has no side effect.
vi.stubGlobal('window', { location: { hash: '' }, affiche: {} });
const { earlyCalendar, earlyDesignId } = await import('./early');

describe('earlyDesignId', () => {
  it('reads a design route exactly as the app router does', () => {
    const hashes = ['#/design/abc_DEF-123', '#/design/', '#/design/a/b', '#/design/' + 'x'.repeat(64), '#/design/' + 'x'.repeat(65), '#/', '#/trash', '', '#/design/a%20b', '/design/abc'];
    for (const hash of hashes) {
      const route = parseRoute(hash);
      expect(earlyDesignId(hash), hash).toBe(route.name === 'editor' ? route.designId : null);
    }
  });

  it('reads the calendar route exactly as the app router does', () => {
    for (const hash of ['#/calendar', '/calendar', '#/calendar/', '#/calendars', '#/', '', '#/design/calendar']) {
      expect(earlyCalendar(hash), hash).toBe(parseRoute(hash).name === 'calendar');
    }
  });
});
