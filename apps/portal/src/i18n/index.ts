// The portal's translations: shared strings here (fr.json, en.json), and each screen folder's own
// in <folder>/i18n.fr.json and <folder>/i18n.en.json, merged at build time.
import { initI18n } from '@ekoacteurs/ui/i18n.ts';
import en from './en.json';
import fr from './fr.json';

type Catalogue = Record<string, unknown>;
const merge = (base: Catalogue, parts: Record<string, Catalogue>) => Object.assign({}, base, ...Object.values(parts));

const frParts = import.meta.glob<Catalogue>('../*/i18n.fr.json', { eager: true, import: 'default' });
const enParts = import.meta.glob<Catalogue>('../*/i18n.en.json', { eager: true, import: 'default' });

export const i18n = initI18n({ fr: { translation: merge(fr, frParts) }, en: { translation: merge(en, enParts) } });
