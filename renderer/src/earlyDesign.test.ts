import { describe, expect, it, vi } from 'vitest';
import { parseRoute } from './useHashRoute';

vi.stubGlobal('window', { location: { hash: '' } });
const { earlyDesignId } = await import('./earlyDesign');

describe('earlyDesignId', () => {
  it('reads a design route exactly as the app router does', () => {
    const hashes = ['#/design/abc_DEF-123', '#/design/', '#/design/a/b', '#/design/' + 'x'.repeat(64), '#/design/' + 'x'.repeat(65), '#/', '#/trash', '', '#/design/a%20b', '/design/abc'];
    for (const hash of hashes) {
      const route = parseRoute(hash);
      expect(earlyDesignId(hash), hash).toBe(route.name === 'editor' ? route.designId : null);
    }
  });
});
