// URL-safe identifiers from French names: "Élodie Dupré-Lefèvre" → "elodie-dupre-lefevre".
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** The first of slug, slug-2, slug-3… that `taken` does not contain. */
export async function uniqueSlug(base: string, taken: (candidates: string[]) => Promise<string[]>): Promise<string> {
  const root = slugify(base) || 'membre';
  const candidates = [root, ...Array.from({ length: 30 }, (_, i) => `${root}-${i + 2}`)];
  const used = new Set(await taken(candidates));
  const free = candidates.find((candidate) => !used.has(candidate));
  return free ?? `${root}-${Date.now().toString(36)}`;
}
