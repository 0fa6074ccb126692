// Accent folding and tokenising of search text, the same way the database folds the documents
// ("search_fold" in the member-search migration), so "Éloïse" and "eloise" are one word.

/** Lower case without diacritics: "Éco-Conception" → "eco-conception", "Œuvre" → "oeuvre". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/œ/gi, (letter) => (letter === 'Œ' ? 'OE' : 'oe'))
    .replace(/æ/gi, (letter) => (letter === 'Æ' ? 'AE' : 'ae'))
    .toLowerCase();
}

export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/**
 * The words of a search, folded: letters and digits only, so a term can be handed to to_tsquery
 * without any of its operators (& | ! : * ( ) ') getting through. At most MAX_TERMS words.
 */
export function searchTerms(text: string): string[] {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_TERMS);
}
