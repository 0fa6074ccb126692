// The opportunity screens' strings (i18n.screens.fr.json, i18n.screens.en.json), added to the
// catalogue when a screen of this folder first loads (see collectives/catalogue.ts). They also use
// the collectives' shared form and feedback strings.
import '../collectives/catalogue.ts';
import { addCatalogue } from '@ekoacteurs/ui/i18n.ts';
import en from './i18n.screens.en.json';
import fr from './i18n.screens.fr.json';

addCatalogue('fr', fr);
addCatalogue('en', en);
