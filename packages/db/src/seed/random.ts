// The seed's only source of randomness: a small, fixed-seed generator, so that the same options
// always produce the same rows (tests and screenshots stay stable). Never Math.random, never faker.
//
// The generator is sfc32 (a 128-bit-state "small fast counting" generator), seeded from a string key
// hashed to 128 bits. Streams are derived from keys, not from another stream's state: the rows for
// member #12 come from the key "…/member/12" whatever was drawn before, which is what keeps the first
// members identical when the scale grows. 128 bits of state make two streams (and so two UUIDs)
// colliding a non-event even with hundreds of thousands of streams.

/** Hashes a string to four independent 32-bit words (four FNV-1a lanes, then a murmur-style finaliser). */
function hash128(key: string): [number, number, number, number] {
  let h0 = 0x811c9dc5;
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  let h3 = 0xc2b2ae35;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h1 ^= h1 >>> 14;
    h2 = Math.imul(h2 ^ c, 0x01000193);
    h2 ^= h2 >>> 15;
    h3 = Math.imul(h3 ^ c, 0x01000193);
    h3 ^= h3 >>> 16;
  }
  return [
    finalise(h0, key.length),
    finalise(h1, key.length + 1),
    finalise(h2, key.length + 2),
    finalise(h3, key.length + 3),
  ];
}

function finalise(h: number, salt: number): number {
  h ^= salt;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Random {
  readonly key: string;
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(key: string) {
    this.key = key;
    [this.a, this.b, this.c, this.d] = hash128(key);
    // Let the seed bits spread through the whole state before the first draw.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A stream named by its parts, e.g. `Random.fromKey('ekoacteurs', 'member', 12)`. */
  static fromKey(...parts: ReadonlyArray<string | number>): Random {
    return new Random(parts.join('/'));
  }

  /** A child stream, independent of how much of this one has been consumed. */
  fork(...parts: ReadonlyArray<string | number>): Random {
    return new Random([this.key, ...parts].join('/'));
  }

  /** The next 32-bit unsigned integer (sfc32). */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    if (count >= items.length) return this.shuffle(items);
    // Partial Fisher–Yates over indices: O(count) draws, cheap on long lists.
    const copy = [...items];
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  }

  /** An RFC 4122 version-4 UUID made of this stream's bits. */
  uuid(): string {
    const words = [this.uint32(), this.uint32(), this.uint32(), this.uint32()];
    words[1] = (words[1]! & 0xffff0fff) | 0x00004000; // version 4
    words[2] = (words[2]! & 0x3fffffff) | 0x80000000; // variant 10xx
    const hex = words.map((word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
