// The public pages' strings, on the kit's translator like the apps (@ekoacteurs/ui/translator.ts,
// framework-free: it imports nothing): French first (fr.json, the source of truth), English second
// (en.json, ?lang=en). Keys are typed from fr.json, so a wrong key fails typecheck, and
// test/public-pages/catalogues.test.ts fails when English lacks a French key. Plurals follow the
// language's CLDR rules through the catalogues' suffixes (_zero, _one, _many, _other).
import { createTranslator, type KeyOf, type Translate } from '@ekoacteurs/ui/translator.ts';
import en from './en.json';
import fr from './fr.json';

export type Lang = 'fr' | 'en';
/** `t` for the public pages: its keys are fr.json's. */
export type Messages = Translate<KeyOf<typeof fr>>;

/** One translator per language, made once: a request only looks its language's up. French is the
 * fallback of English. Values are written as they are: React escapes what the pages render, and
 * the contact mail is plain text. */
const TRANSLATORS: Record<Lang, Messages> = {
  fr: createTranslator<typeof fr>({ fr }, 'fr'),
  en: createTranslator<typeof fr>({ fr, en }, 'en'),
};

/** The public pages' strings in a language. */
export function messages(lang: Lang): Messages {
  return TRANSLATORS[lang];
}

/** French unless the address asks for English (?lang=en). */
export function langOf(search: URLSearchParams): Lang {
  return search.get('lang') === 'en' ? 'en' : 'fr';
}

/** A skill's name in the page's language. */
export function skillName(lang: Lang, skill: { name: string; nameEn: string }): string {
  return lang === 'en' && skill.nameEn ? skill.nameEn : skill.name;
}

/** "mardi 3 mars 2026, de 14:00 à 17:00", in the workshop's time zone. */
export function formatRange(lang: Lang, startsAt: Date, endsAt: Date, timeZone: string): string {
  const t = messages(lang);
  const locale = t('locale');
  const zone = safeZone(timeZone);
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(startsAt);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const sameDay =
    day ===
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: zone,
    }).format(endsAt);
  if (!sameDay) {
    const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
    return `${full.format(startsAt)} – ${full.format(endsAt)}`;
  }
  return t('dates.range', { day, from: time.format(startsAt), to: time.format(endsAt) });
}

/** "3 mars 2026", for descriptions. */
export function formatDay(lang: Lang, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(messages(lang)('locale'), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: safeZone(timeZone),
  }).format(date);
}

/** A stored time zone Intl does not know falls back to Paris rather than failing the page. */
function safeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('fr-FR', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'Europe/Paris';
  }
}
