import { initI18n } from '@ekoacteurs/ui';
import en from './en.json';
import fr from './fr.json';

export const i18n = initI18n({ fr: { translation: fr }, en: { translation: en } });
