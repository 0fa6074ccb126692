// This folder's screen strings (i18n.screens.fr.json, i18n.screens.en.json), added to the catalogue
// when the screen first loads, so they travel in its chunk. Imported by each screen module.
import { i18n } from '../i18n/index.ts';
import en from './i18n.screens.en.json';
import fr from './i18n.screens.fr.json';

i18n.addResourceBundle('fr', 'translation', fr, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
