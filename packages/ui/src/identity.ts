// What the visual identity derives from a name or a slug: a stable colour (dark enough for white
// text, WCAG AA), initials, and a small number generator for illustrations.

/** Dark tones of the identity; white text on each has a contrast of at least 4.5:1. */
export const AVATAR_COLOURS = [
  '#1f5f3f',
  '#0b4a7a',
  '#7a3b00',
  '#6b2d7a',
  '#9b1c1c',
  '#00636b',
  '#434a9c',
  '#5c4a00',
] as const;

/** A 32-bit hash of a text (FNV-1a): the same name always gets the same colour and pattern. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function colourOf(name: string): string {
  return AVATAR_COLOURS[hashOf(name.trim().toLowerCase()) % AVATAR_COLOURS.length]!;
}

/** "Léonie Fabre" → "LF", "collectif" → "C"; letters only, at most two. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-']+/)
    .filter((word) => /\p{L}/u.test(word));
  const letters = words.map((word) => [...word].find((char) => /\p{L}/u.test(char))!);
  const picked = letters.length > 1 ? [letters[0], letters.at(-1)] : letters.slice(0, 1);
  return picked.join('').toLocaleUpperCase('fr');
}

/** WCAG relative contrast between two #rrggbb colours. */
export function contrastOf(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
