// The API's validation messages, keyed by stable codes, in French and English: the one catalogue the
// gateway translates `fieldErrors.message` from (per the request's Accept-Language, i18n/language.ts).
// A zod rule names a key (`{ error: 'text.min' }`); numbers come from the rule (minimum, maximum) or
// the thrower's params. Rules without a message of their own get a generic key (schema/validate.ts).
import type { Lang } from './language.ts';

export type MessageParams = Record<string, string | number>;
type Text = string | ((p: MessageParams) => string);

const n = (p: MessageParams, name: string) => Number(p[name] ?? 0);
const chars = (count: number, lang: Lang) =>
  lang === 'fr' ? (count > 1 ? 'caractères' : 'caractère') : count === 1 ? 'character' : 'characters';

export const MESSAGES = {
  'validation.failed': {
    fr: 'Certains champs sont à corriger : voir fieldErrors.',
    en: 'Some fields are invalid: see fieldErrors.',
  },
  // Generic rules (any text, list or value).
  'text.min': {
    fr: (p) =>
      n(p, 'min') > 1
        ? `Indiquez au moins ${n(p, 'min')} ${chars(n(p, 'min'), 'fr')}.`
        : 'Ce champ ne peut pas être vide.',
    en: (p) =>
      n(p, 'min') > 1 ? `Give at least ${n(p, 'min')} ${chars(n(p, 'min'), 'en')}.` : 'This cannot be empty.',
  },
  'text.max': {
    fr: (p) => `Utilisez au plus ${n(p, 'max')} ${chars(n(p, 'max'), 'fr')}.`,
    en: (p) => `Use at most ${n(p, 'max')} ${chars(n(p, 'max'), 'en')}.`,
  },
  'text.oneLine': {
    fr: 'Écrivez-le sur une seule ligne, sans caractère de contrôle.',
    en: 'Write it on one line, without control characters.',
  },
  'text.control': { fr: 'Retirez les caractères de contrôle.', en: 'Remove the control characters.' },
  'list.min': {
    fr: (p) => `Choisissez au moins ${n(p, 'min')} élément${n(p, 'min') > 1 ? 's' : ''}.`,
    en: (p) => `Choose at least ${n(p, 'min')} item${n(p, 'min') === 1 ? '' : 's'}.`,
  },
  'list.max': {
    fr: (p) => `Choisissez au plus ${n(p, 'max')} élément${n(p, 'max') > 1 ? 's' : ''}.`,
    en: (p) => `Choose at most ${n(p, 'max')} item${n(p, 'max') === 1 ? '' : 's'}.`,
  },
  'number.min': { fr: (p) => `Indiquez au moins ${n(p, 'min')}.`, en: (p) => `Give at least ${n(p, 'min')}.` },
  'number.max': { fr: (p) => `Indiquez au plus ${n(p, 'max')}.`, en: (p) => `Give at most ${n(p, 'max')}.` },
  'value.invalid': { fr: 'Cette valeur n’est pas valide.', en: 'This value is not valid.' },
  'choice.invalid': { fr: 'Choisissez une des valeurs proposées.', en: 'Choose one of the proposed values.' },
  // Addresses.
  'email.invalid': {
    fr: 'Saisissez une adresse e-mail valide, par exemple camille@exemple.fr.',
    en: 'Enter a valid email address, e.g. camille@example.fr.',
  },
  'web.invalid': {
    fr: 'Indiquez une adresse web complète commençant par https:// (ou http://).',
    en: 'Give a full web address starting with https:// (or http://).',
  },
  'web.linkedin': {
    fr: 'Indiquez une adresse complète commençant par https://, par exemple https://www.linkedin.com/in/camille-martin.',
    en: 'Give a full address starting with https://, e.g. https://www.linkedin.com/in/camille-martin.',
  },
  'web.tooLong': {
    fr: 'Utilisez une adresse d’au plus 500 caractères.',
    en: 'Use an address of at most 500 characters.',
  },
  // Joining the federation.
  'apply.displayName.min': { fr: 'Indiquez au moins 2 caractères.', en: 'Give at least 2 characters.' },
  'apply.region.required': { fr: 'Indiquez votre région.', en: 'Give your region.' },
  'apply.skills.min': { fr: 'Choisissez au moins une compétence.', en: 'Choose at least one skill.' },
  'apply.skills.max': { fr: 'Choisissez au plus 15 compétences.', en: 'Choose at most 15 skills.' },
  'apply.motivation.min': {
    fr: 'Dites-nous en un peu plus (au moins 30 caractères).',
    en: 'Tell us a little more (at least 30 characters).',
  },
  'skills.unknown': {
    fr: 'Certaines compétences sont inconnues ou en double : choisissez-les dans la liste.',
    en: 'Some skills are unknown or repeated: pick them from the list.',
  },
  // A member's skills.
  'skills.tooMany': {
    fr: (p) => `Choisissez au plus ${n(p, 'max')} compétences.`,
    en: (p) => `Choose at most ${n(p, 'max')} skills.`,
  },
  'skills.notInTaxonomy': {
    fr: 'Cette compétence n’est pas dans la liste : choisissez-la dans la liste.',
    en: 'This skill is not in the taxonomy: pick it from the list.',
  },
  'skills.repeated': { fr: 'Cette compétence est déjà dans la liste.', en: 'This skill is already in the list.' },
  // The Fediverse (blocking an instance).
  'fediverse.instance.invalid': {
    fr: 'Donnez le nom de l’instance, par exemple mastodon.example.',
    en: 'Give the instance’s host name, e.g. mastodon.example.',
  },
  // Passwords.
  'password.min': {
    fr: (p) => `Utilisez au moins ${n(p, 'min')} caractères.`,
    en: (p) => `Use at least ${n(p, 'min')} characters.`,
  },
} satisfies Record<string, { fr: Text; en: Text }>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(MESSAGES, value);
}

export function translate(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  const text: Text = MESSAGES[key][lang];
  return typeof text === 'function' ? text(params) : text;
}
