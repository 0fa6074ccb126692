// The portal's English strings, gathered in one chunk: en.json and each folder's i18n.en.json.
import en from './en.json';

const parts = import.meta.glob<Record<string, unknown>>('../*/i18n.en.json', { eager: true, import: 'default' });

export const english: Record<string, unknown> = Object.assign({}, en, ...Object.values(parts));
