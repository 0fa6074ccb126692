// This folder's screen strings (i18n.screens.fr.json, i18n.screens.en.json), added to the catalogue
// when the screen first loads, so they travel in its chunk. Imported by each screen module.
import { addCatalogue } from '@ekoacteurs/ui/i18n.ts';
import en from './i18n.screens.en.json';
import fr from './i18n.screens.fr.json';

addCatalogue('fr', fr);
addCatalogue('en', en);
