import { describe, expect, it } from 'vitest';
import { formatLabel, pixelSize } from './formatLabel';
import { setUserFormats } from './userFormats';

describe('formatLabel', () => {
  it('names the network of a catalog format', () => {
    expect(formatLabel({ preset: 'instagram-portrait', width: 1080, height: 1350 }, 'Custom')).toBe('Instagram · 1080 × 1350');
  });
  it('falls back to the custom label for custom sizes and unknown presets', () => {
    expect(formatLabel({ preset: null, width: 800, height: 600 }, 'Taille personnalisée')).toBe('Taille personnalisée · 800 × 600');
    expect(formatLabel({ preset: 'gone-network', width: 10, height: 20 }, 'Custom')).toBe('Custom · 10 × 20');
  });
  it("names the user's own format, and reads as custom once it is deleted", () => {
    const at = '2025-06-01T00:00:00.000Z';
    setUserFormats([{ id: 'fposter', name: 'Affiche A3', width: 1000, height: 1500, createdAt: at, updatedAt: at }]);
    expect(formatLabel({ preset: 'user:fposter', width: 1000, height: 1500 }, 'Custom')).toBe('Affiche A3 · 1000 × 1500');
    setUserFormats([]);
    expect(formatLabel({ preset: 'user:fposter', width: 1000, height: 1500 }, 'Custom')).toBe('Custom · 1000 × 1500');
  });
  it('writes sizes with a multiplication sign', () => {
    expect(pixelSize(1080, 1920)).toBe('1080 × 1920');
  });
});
