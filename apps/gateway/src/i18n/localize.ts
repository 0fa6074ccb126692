// Puts a sentence the gateway wrote in English into the caller's language: unchanged for English, the
// French of sentences.ts for French. A sentence matches its entry exactly or as a pattern (`{name}`
// stands for any text); interpolated values marked `{name:t}` / `{name:f}` are translated in turn
// (an entry of their own, or VALUES). A sentence with no entry stays English (a test forbids that).
import type { Lang } from './language.ts';
import { SENTENCES, VALUES } from './sentences.ts';

interface Pattern {
  regex: RegExp;
  names: string[];
  french: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

const exact = new Map<string, string>();
const patterns: Pattern[] = [];
for (const [english, french] of Object.entries(SENTENCES)) {
  if (!/\{\w+\}/.test(english)) {
    exact.set(english, french);
    continue;
  }
  const names = [...english.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const source = english
    .split(PLACEHOLDER)
    .map((part, index) => (index % 2 === 1 ? '(.+?)' : escape(part)))
    .join('');
  patterns.push({ regex: new RegExp(`^${source}$`, 's'), names, french });
}
// Longest patterns first: the most specific wins ("This workshop is already {s}…" before "This workshop is {s}…").
patterns.sort((a, b) => b.regex.source.length - a.regex.source.length);

const values = new Map(Object.entries(VALUES).map(([key, forms]) => [key.toLowerCase(), forms]));

/** The French of one interpolated value: its own sentence entry, else VALUES (a list item by item), else itself. */
function value(text: string, feminine: boolean): string {
  const sentence = frenchOf(text);
  if (sentence !== null) return sentence;
  const forms = values.get(text.toLowerCase());
  if (forms) return forms[feminine ? 1 : 0];
  if (text.includes(', '))
    return text
      .split(', ')
      .map((item) => value(item, feminine))
      .join(', ');
  return text;
}

/** The French of a sentence, or null when the catalogue has none. */
function frenchOf(message: string): string | null {
  const found = exact.get(message);
  if (found !== undefined) return found;
  for (const pattern of patterns) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const captured = new Map(pattern.names.map((name, index) => [name, match[index + 1]!]));
    return pattern.french.replace(/\{(\w+)(?::([tf]))?\}/g, (_all, name: string, mode?: string) => {
      const raw = captured.get(name) ?? '';
      return mode ? value(raw, mode === 'f') : raw;
    });
  }
  return null;
}

export function localize(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return frenchOf(message) ?? message;
}

/** Whether the catalogue has a French version of this English sentence (tests). */
export function hasFrench(message: string): boolean {
  return frenchOf(message) !== null;
}
