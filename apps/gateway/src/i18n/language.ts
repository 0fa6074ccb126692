// The language of an API answer, from the request's Accept-Language: French when the caller prefers
// French (the apps send their current language), English otherwise.
export type Lang = 'fr' | 'en';

export function languageOf(acceptLanguage: string | null | undefined): Lang {
  let best: { tag: string; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [rawTag, ...params] = part.trim().toLowerCase().split(';');
    if (!rawTag) continue;
    const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? 1);
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { tag: rawTag, q };
  }
  return best && (best.tag === 'fr' || best.tag.startsWith('fr-')) ? 'fr' : 'en';
}
