// This folder's screens' strings (i18n.screens.fr.json, i18n.screens.en.json), added to the
// catalogue when one of its screens first loads: they travel in the screens' chunks, not in the
// portal's first load. What the shell or the home page shows (i18n.fr.json, i18n.en.json) is there
// from the start. Imported by each screen module.
import { addCatalogue } from '@ekoacteurs/ui/i18n.ts';
import en from './i18n.screens.en.json';
import fr from './i18n.screens.fr.json';

addCatalogue('fr', fr);
addCatalogue('en', en);
