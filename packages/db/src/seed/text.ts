// Small text helpers shared by the builders: slugs, ASCII e-mail parts and gendered templates.

export type Gender = 'f' | 'm';

/** "Éco-construction & bois" → "eco-construction-bois". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Fills a French template. `{city}` takes `vars.city`; `[[installé|installée]]` takes the masculine
 * or feminine form for the person the text is about (the sentences are first-person, so the
 * agreement follows the writer).
 */
export function fill(template: string, gender: Gender, vars: Readonly<Record<string, string | number>> = {}): string {
  return template
    .replace(/\[\[([^|\]]*)\|([^\]]*)\]\]/g, (_, masculine: string, feminine: string) =>
      gender === 'f' ? feminine : masculine,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`Seed template variable {${name}} has no value in "${template}"`);
      return String(value);
    });
}

/** Gives each base a unique form: "camille-martin", then "camille-martin-2", … */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  claim(base: string, separator = '-'): string {
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}${separator}${n}`;
    this.taken.add(candidate);
    return candidate;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}

/** Sentences in a French text (for keeping bios to a few sentences). */
export function countSentences(text: string): number {
  return text.split(/(?<=[.!?…])\s+(?=[A-ZÀ-Ý«])/).filter(Boolean).length;
}
