// The console's translations: French in the first load, English (en.json) in its own chunk,
// loaded only for admins who chose it.
import { initI18n } from '@ekoacteurs/ui';
import fr from './fr.json';

initI18n({
  fr,
  en: () => import('./en.json').then((m) => m.default),
});
