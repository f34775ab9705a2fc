/**
 * Mixed styles inside one text (style runs, `TextElement.styles`): the rules the editor keeps
 * between element-wide properties and the runs that override them for some characters.
 */
import type { TextElement, TextStyleRun } from '../schema/design';
import type { ElementPatch } from './types';

/** The properties a run can override; each is also an element-wide property of a text. */
export const RUN_KEYS = ['fontWeight', 'fontStyle', 'fill', 'underline', 'linethrough'] as const;
export type RunKey = (typeof RUN_KEYS)[number];

function styleKeys(run: TextStyleRun): RunKey[] {
  return RUN_KEYS.filter((key) => run[key] !== undefined);
}

/**
 * A whole-element change of a property that runs also set ("make everything bold") would not show
 * where a run says otherwise: the runs lose that property, and runs left with no style go away.
 * Returns `styles` itself when nothing changes. A patch that sets `styles` itself is left alone.
 */
export function clearOverriddenRuns(styles: readonly TextStyleRun[] | undefined, patch: ElementPatch): readonly TextStyleRun[] | undefined {
  if (!styles || styles.length === 0 || 'styles' in patch) return styles;
  const record = patch as Record<string, unknown>;
  const cleared = RUN_KEYS.filter((key) => record[key] !== undefined && styles.some((run) => run[key] !== undefined));
  if (cleared.length === 0) return styles;
  const next: TextStyleRun[] = [];
  for (const run of styles) {
    const copy: TextStyleRun = { ...run };
    for (const key of cleared) delete copy[key];
    if (styleKeys(copy).length > 0) next.push(copy);
  }
  return next;
}

/** The patch for a text element with the rule above applied (the same patch when no run changes). */
export function patchClearingRuns(el: TextElement, patch: ElementPatch): ElementPatch {
  const styles = clearOverriddenRuns(el.styles, patch);
  if (styles === el.styles) return patch;
  // `undefined` removes the field when no run is left.
  return { ...patch, styles: styles && styles.length > 0 ? (styles as TextStyleRun[]) : undefined };
}

/**
 * Runs as they should be stored: no property equal to the element's own (a run saying "not bold"
 * in a text that is not bold says nothing), no empty or out-of-text run, neighbours with the same
 * style merged, in text order. Overlapping runs are flattened (later runs win, as when drawing).
 */
export function normalizeRuns(
  runs: readonly TextStyleRun[] | undefined,
  el: Pick<TextElement, 'text' | 'fontWeight' | 'fontStyle' | 'fill' | 'underline' | 'linethrough'>,
): TextStyleRun[] {
  if (!runs || runs.length === 0) return [];
  const length = el.text.length;
  // Style of every UTF-16 offset (later runs win), then back to runs.
  const styleAt: Array<Partial<Pick<TextStyleRun, RunKey>> | undefined> = new Array(length);
  for (const run of runs) {
    for (let i = Math.max(0, run.start); i < Math.min(length, run.end); i++) {
      const style = { ...styleAt[i] };
      for (const key of styleKeys(run)) (style as Record<string, unknown>)[key] = run[key];
      styleAt[i] = style;
    }
  }
  const base = el as Record<string, unknown>;
  const out: TextStyleRun[] = [];
  let open: { run: TextStyleRun; key: string } | undefined;
  for (let i = 0; i < length; i++) {
    const style: Partial<Pick<TextStyleRun, RunKey>> = {};
    for (const key of RUN_KEYS) {
      const value = styleAt[i]?.[key];
      if (value !== undefined && value !== base[key]) (style as Record<string, unknown>)[key] = value;
    }
    const key = JSON.stringify(RUN_KEYS.map((k) => style[k]));
    if (Object.keys(style).length === 0) open = undefined;
    else if (open && open.key === key) open.run.end = i + 1;
    else {
      open = { run: { start: i, end: i + 1, ...style }, key };
      out.push(open.run);
    }
  }
  return out;
}

/** Same runs, property by property (key order does not matter). */
export function sameRuns(a: readonly TextStyleRun[], b: readonly TextStyleRun[]): boolean {
  return a.length === b.length && a.every((run, i) => run.start === b[i].start && run.end === b[i].end && RUN_KEYS.every((key) => run[key] === b[i][key]));
}
