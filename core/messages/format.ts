/**
 * Backend messages in the user's language. The backend never sends a sentence alone: an error, a
 * notice, an import refusal or an auto-fix note is a `Message` (a stable key from ./en.ts and its
 * parameters), and each client renders it in its own language with `formatMessage`: the renderer
 * in the UI's language, the CLI in English. See docs/architecture.md, "Errors and messages".
 *
 * The catalogues use the same conventions as the UI strings (i18next): `{{name}}` placeholders and
 * `_one` / `_other` plural forms chosen by a numeric `count` parameter. Numbers are written with the
 * language's digits grouping (from five digits: "10,000" / "10 000", as French typography wants);
 * a nested Message parameter is rendered in the same language first.
 */
import { en } from './en';
import { fr } from './fr';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

type Catalogue = { readonly [key: string]: string };
const CATALOGUES: Record<Language, Catalogue> = { en, fr };

type EnKey = keyof typeof en & string;
/** A message key: a catalogue key, with plural forms `x_one` / `x_other` named `x`. */
export type MessageKey = EnKey extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type TextsOf<K extends MessageKey> = K extends EnKey ? (typeof en)[K] : (typeof en)[Extract<`${K}_one` | `${K}_other`, EnKey>];
type IsPlural<K extends MessageKey> = K extends EnKey ? false : true;
type ParamNames<K extends MessageKey> = Placeholders<TextsOf<K>> | (IsPlural<K> extends true ? 'count' : never);

export type MessageParam = string | number | Message;
export type MessageParams = { [name: string]: MessageParam };
/** What the backend sends: a key and the values of its placeholders. JSON-safe. */
export interface Message {
  key: string;
  params?: MessageParams;
}

type ParamsFor<K extends MessageKey> = { [P in ParamNames<K>]: P extends 'count' ? number : MessageParam };
type ParamsArg<K extends MessageKey> = [ParamNames<K>] extends [never] ? [] : [params: ParamsFor<K>];

/** A message, with its parameters checked against the English text at compile time. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  return params[0] === undefined ? { key } : { key, params: params[0] as MessageParams };
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && (hasOwn(en, key) || hasOwn(en, `${key}_one`));
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralForm(language: Language, count: number): 'one' | 'other' {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  // French CLDR has "many" for round millions; our catalogues write one and other only.
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** 1080 stays "1080" (four digits are never grouped in French); 10000 is "10,000" / "10 000". */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 10_000) {
    const text = String(Math.round(value * 100) / 100);
    return language === 'fr' ? text.replace('.', ',').replace('-', '−') : text;
  }
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 })));
  return format.format(value);
}

/**
 * A calendar day (`YYYY-MM-DD`) as a parameter, written the language's way when the message is
 * shown ("12/07/2026" / "07/12/2026", as the renderer's formatDay): a message kept and shown later
 * (a job's title in the tray) follows the UI's language. Anything else stays as given.
 */
export function dayMessage(day: string): Message | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? msg('unit.day', { year: match[1], month: match[2], day: match[3] }) : day;
}

const MAX_DEPTH = 4;

function render(message: Message, language: Language, depth: number): string {
  const catalogue = CATALOGUES[language];
  const params = message.params ?? {};
  const count = params.count;
  let template: string | undefined;
  if (typeof count === 'number' && hasOwn(catalogue, `${message.key}_one`)) template = catalogue[`${message.key}_${pluralForm(language, count)}`];
  else if (hasOwn(catalogue, message.key)) template = catalogue[message.key];
  if (template === undefined) {
    // A key this build does not know (a newer backend): say so in the fallback message's words.
    return language === 'en' ? message.key : render(message, 'en', depth);
  }
  return template.replace(/{{(\w+)}}/g, (whole, name: string) => {
    if (!hasOwn(params, name)) return whole;
    const value = params[name];
    if (typeof value === 'number') return formatNumber(value, language);
    if (typeof value === 'string') return value;
    return depth < MAX_DEPTH && isMessage(value) ? render(value, language, depth + 1) : '';
  });
}

/** The message as a sentence in `language` (unknown keys fall back to English, then to the key). */
export function formatMessage(message: Message, language: Language = 'en'): string {
  return render(message, language, 0);
}

/** Every key of a catalogue, plural forms folded ("x_one", "x_other" -> "x"). */
export function catalogueKeys(language: Language): string[] {
  return [...new Set(Object.keys(CATALOGUES[language]).map((key) => key.replace(/_(one|other)$/, '')))].sort();
}

export function catalogueText(language: Language, key: string): string | undefined {
  const catalogue = CATALOGUES[language];
  return hasOwn(catalogue, key) ? catalogue[key] : undefined;
}
