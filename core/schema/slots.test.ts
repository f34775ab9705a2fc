/**
 * Design schema v5: template slots carry their kind's fields. A v4 slot migrates (an image slot
 * covers its box around the centre, a colour slot sets the fill); slot names are unique in a
 * design (case aside) and each kind sits only on elements that can take it, refused in both
 * languages. REL-09: the v5 fixture opens as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages';
import { DESIGN_SCHEMA_VERSION, type Element } from './design';
import { SchemaError } from './migrate';
import { parseDesign } from './parseDesign';
import { walkElements } from './walk';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as Record<string, unknown>;

function slotsOf(design: { pages: { elements: Element[] }[] }): Record<string, unknown> {
  const slots: Record<string, unknown> = {};
  walkElements(design as never, (el) => {
    if (el.slot) slots[el.id] = el.slot;
  });
  return slots;
}

function refusal(raw: unknown): SchemaError {
  try {
    parseDesign(raw);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('the design was accepted');
}

describe('template slots (design schema v5)', () => {
  it('the v5 fixture opens with its slots as written: a text, an image and a colour slot', () => {
    const v5 = readFixture('design.v5.json');
    const { design, migratedFrom } = parseDesign(v5);
    expect(DESIGN_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
    expect(migratedFrom).toBe(5);
    expect(slotsOf(design)).toEqual(slotsOf(v5 as never));
    expect(Object.values(slotsOf(design)).map((slot) => (slot as { kind: string }).kind).sort()).toEqual(['color', 'image', 'text']);
  });

  it('a v4 slot gets its kind’s fields; nothing else changes', () => {
    const v4 = readFixture('design.v4.json');
    const { design, migratedFrom } = parseDesign(v4);
    expect(migratedFrom).toBe(4);
    expect(slotsOf(design)).toEqual({
      'e-title': { kind: 'text', name: 'headline' },
      'e-photo': { kind: 'image', name: 'product', fit: 'cover', focalX: 0.5, focalY: 0.5 },
    });
    const current = parseDesign({ ...v4, schemaVersion: DESIGN_SCHEMA_VERSION, pages: design.pages }).design;
    expect(design).toEqual(current);
  });

  it('a v4 colour slot inside a group sets the fill', () => {
    const v4 = readFixture('design.v4.json') as { pages: { elements: Record<string, unknown>[] }[] };
    const badge = v4.pages[0].elements.find((el) => el.id === 'e-badge') as { children: Record<string, unknown>[] };
    badge.children[0].slot = { name: 'badge', kind: 'color' };
    expect(slotsOf(parseDesign(v4).design)['e-badge-star']).toEqual({ kind: 'color', name: 'badge', property: 'fill' });
  });

  it('refuses two slots of one name (case aside), in English and in French', () => {
    const v5 = readFixture('design.v5.json') as { pages: { elements: Record<string, unknown>[] }[] };
    (v5.pages[0].elements[1].slot as { name: string }).name = 'HEADLINE';
    const error = refusal(v5);
    expect(formatMessage(error.detail, 'en')).toBe('The design: two slots are called "HEADLINE" (slot names are unique in a template)');
    expect(formatMessage(error.detail, 'fr')).toBe('Le design\u00a0: deux emplacements s’appellent «\u00a0HEADLINE\u00a0» (un nom d’emplacement est unique dans un modèle)');
  });

  it.each([
    ['an image slot on a text', 'e-title', { kind: 'image', name: 'x', fit: 'cover', focalX: 0.5, focalY: 0.5 }, /image slot, which a text element/],
    ['a text slot on an image', 'e-photo', { kind: 'text', name: 'x' }, /text slot, which a image element/],
    ['a colour slot on an image', 'e-photo', { kind: 'color', name: 'x', property: 'fill' }, /color slot, which a image element/],
  ])('refuses %s', (_what, id, slot, message) => {
    const v5 = readFixture('design.v5.json') as { pages: { elements: Record<string, unknown>[] }[] };
    const el = v5.pages[0].elements.find((e) => e.id === id)!;
    el.slot = slot;
    expect(formatMessage(refusal(v5).detail, 'en')).toMatch(message);
  });

  it('refuses a slot without its kind’s fields, or with an empty name', () => {
    const v5 = readFixture('design.v5.json') as { pages: { elements: Record<string, unknown>[] }[] };
    v5.pages[0].elements[1].slot = { kind: 'image', name: 'product' };
    expect(formatMessage(refusal(v5).detail, 'en')).toMatch(/slot/);
    v5.pages[0].elements[1].slot = { kind: 'image', name: '  ', fit: 'cover', focalX: 0.5, focalY: 0.5 };
    expect(formatMessage(refusal(v5).detail, 'en')).toMatch(/slot\.name/);
  });
});
