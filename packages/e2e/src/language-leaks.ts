// A small detector of sentences of the other language on a screen. On a French screen every visible
// line is read (the demo data is French too); on an English screen the data stays French, so only
// what the app itself writes is read: buttons, labels, table heads, navigation, alerts, placeholders
// and accessible names — and any visible line that is, word for word, a French string of the apps'
// catalogues (an untranslated key). What the demo data says (names, titles, headlines: any text found
// in packages/db/src/seed) is data, not the app's words; proper nouns are allowed by the caller.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export type Lang = 'fr' | 'en';

/** Frequent English words and labels; none may be read on a French screen. */
const ENGLISH =
  /(^|[\s(“"])(the|your|you|and|with|of|to|for|is|are|this|these|no|not|at least|Save|Cancel|Loading|Sign in|Sign out|Search|Settings|Members|Workshops|Profile|Back|Next|Previous|Close|Delete|Edit|Send|Submit)(?=[\s,.!?:;)”"]|$)/;
/** Frequent French words and labels; none may be read among an English screen's own words. */
const FRENCH =
  /(^|[\s(«"’'])(le|la|les|vos|votre|vous|des|du|pour|avec|aucun|aucune|cette|est|sont|pas|sur|dans|nous|Enregistrer|Annuler|Rechercher|Chargement|Connexion|Accueil|Retour|Fermer|Envoyer|Modifier|Supprimer)(?=[\s,.!?:;)»"]|$)/i;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function catalogueFiles(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => catalogueFiles(join(path, name)));
  return /(^|[/.])fr\.json$/.test(path) && /i18n|kit\./.test(path) ? [path] : [];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every French sentence of the apps' catalogues without placeholders (long enough to be a sentence of its own). */
const FRENCH_STRINGS = new Set(
  [join(repoRoot, 'apps/portal/src'), join(repoRoot, 'apps/console/src/i18n'), join(repoRoot, 'packages/ui/src')]
    .flatMap(catalogueFiles)
    .flatMap((file) => strings(JSON.parse(readFileSync(file, 'utf8'))))
    .filter((text) => !text.includes('{{') && !text.includes('<') && FRENCH.test(text)),
);

function sourceText(path: string): string {
  if (statSync(path).isDirectory())
    return readdirSync(path)
      .map((name) => sourceText(join(path, name)))
      .join('\n');
  return /\.(ts|json|txt)$/.test(path) ? readFileSync(path, 'utf8').replaceAll("\\'", "'") : '';
}

/** The demo data's text, as written in the seed's sources. */
const SEED = sourceText(join(repoRoot, 'packages/db/src/seed'));
/** A proper noun: every word capitalised ("Anaïs Le Floc’h", "Cercle des Formateurs" is not one). */
const PROPER_NOUN = /^\p{Lu}[\p{L}’'-]*( \p{Lu}[\p{L}’'-]*)+$/u;
const isData = (segment: string) =>
  PROPER_NOUN.test(segment) ||
  (segment.length >= 3 && (SEED.includes(segment) || SEED.includes(segment.replaceAll('’', "'"))));

/** What the screen shows: its visible lines, and the app's own words (controls, labels, headings of tables…). */
async function readScreen(page: Page): Promise<{ lines: string[]; own: string[] }> {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = (element as HTMLElement).getBoundingClientRect?.();
      const style = getComputedStyle(element);
      return box && box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const lines = document.body.innerText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const own: string[] = [];
    for (const element of document.querySelectorAll(
      'button, label, legend, thead th, caption, summary, nav a, [role="alert"], [role="status"], .field-hint',
    )) {
      if (visible(element)) own.push((element as HTMLElement).innerText.trim());
    }
    for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      for (const attribute of ['placeholder', 'aria-label', 'title']) {
        const value = element.getAttribute(attribute);
        if (value) own.push(value.trim());
      }
    }
    // The tab's title, unless it repeats what the page shows (a member's name and headline).
    own.push(...document.title.split(/ [|—] /).filter((part) => !lines.includes(part.trim())));
    return { lines, own: own.filter(Boolean) };
  });
}

/** The lines of the current screen written in the other language than `lang`. */
export async function languageLeaks(page: Page, lang: Lang, allowed: readonly string[] = []): Promise<string[]> {
  const { lines, own } = await readScreen(page);
  const clean = (text: string) => allowed.reduce((rest, noun) => rest.split(noun).join(' '), text);
  // A button "Archive — Cercle des Formateurs" is the app's word, then data: each part is judged alone.
  // So are a quoted title (“Envoyer le devis”, « … ») and an English possessive ("Anaïs Le Floc’h’s skills").
  const segments = (texts: string[]) =>
    texts
      .flatMap((text) => text.split(/\n|\s*—\s*|: | \| |[“”«»]|’s\s/))
      .map((text) => text.trim())
      .filter((text) => text && !isData(text));
  if (lang === 'fr') return [...new Set(segments(lines).filter((line) => ENGLISH.test(clean(line))))];
  const untranslated = lines.filter((line) => FRENCH_STRINGS.has(line));
  return [...new Set([...untranslated, ...segments(own).filter((text) => FRENCH.test(clean(text)))])];
}
