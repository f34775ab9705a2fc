/** Colour text helpers for the colour fields. */

/** #rrggbb from any colour we store (#rrggbbaa, transparent) for <input type=color>. */
export function toPickerValue(color: string): string {
  return /^#[0-9a-f]{6}/i.test(color) ? color.slice(0, 7).toLowerCase() : '#ffffff';
}

/** "#abc", "abc", "#AABBCC" -> "#aabbcc"; anything else -> null. */
export function normalizeHex(input: string): string | null {
  const text = input.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(text)) return `#${[...text].map((c) => c + c).join('')}`.toLowerCase();
  if (/^[0-9a-f]{6}$/i.test(text)) return `#${text}`.toLowerCase();
  return null;
}
