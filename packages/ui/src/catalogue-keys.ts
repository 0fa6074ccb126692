// The keys a translation catalogue holds, for the tests that prove each English catalogue has every
// French key (French is the source of truth) and no other. Keys are flattened ("a.b.c") and
// the CLDR plural suffixes folded (translator.ts): each language has the plural forms its rules need.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function catalogueKeys(catalogue: Record<string, unknown>, prefix = ''): string[] {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(catalogue)) {
    const key = prefix + name;
    if (value && typeof value === 'object') {
      for (const inner of catalogueKeys(value as Record<string, unknown>, `${key}.`)) keys.add(inner);
    } else keys.add(key.replace(PLURAL_SUFFIX, ''));
  }
  return [...keys].sort();
}
