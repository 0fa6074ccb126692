// The portal's translations: shared strings here (fr.json, en.json), and each screen folder's own
// in <folder>/i18n.fr.json and <folder>/i18n.en.json, merged at build time. English is one chunk
// of its own (english.ts), loaded only for readers who chose it.
import { initI18n } from '@ekoacteurs/ui/i18n.ts';
import fr from './fr.json';

type Catalogue = Record<string, unknown>;
const frParts = import.meta.glob<Catalogue>('../*/i18n.fr.json', { eager: true, import: 'default' });

initI18n({
  fr: Object.assign({}, fr, ...Object.values(frParts)),
  en: () => import('./english.ts').then((m) => m.english),
});
