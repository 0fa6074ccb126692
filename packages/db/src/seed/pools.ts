// Choosing people quickly at large scales: members sorted by admission date, so "who was already a
// member then" is a prefix, and distinct random picks from a prefix without copying it.
import type { MemberInfo } from './context.ts';
import type { Random } from './random.ts';

export class AdmittedPool {
  private readonly sorted: MemberInfo[];
  private readonly times: number[];

  constructor(members: readonly MemberInfo[]) {
    this.sorted = members
      .filter((m) => m.admittedAt !== null)
      .sort((a, b) => a.admittedAt!.getTime() - b.admittedAt!.getTime() || a.index - b.index);
    this.times = this.sorted.map((m) => m.admittedAt!.getTime());
  }

  /** The member admitted first. */
  first(): MemberInfo {
    const member = this.sorted[0];
    if (!member) throw new Error('The seed needs at least one admitted member');
    return member;
  }

  /** How many members were admitted strictly before `instant`. */
  countBefore(instant: Date): number {
    const t = instant.getTime();
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Up to `count` distinct members admitted before `instant`, none in `exclude`, in random order.
   * Small prefixes are shuffled; large ones are sampled by rejection (no copy).
   */
  pick(rng: Random, instant: Date, count: number, exclude: ReadonlySet<MemberInfo> = new Set()): MemberInfo[] {
    return sampleExcluding(rng, this.sorted, count, exclude, this.countBefore(instant));
  }
}

/**
 * Up to `count` distinct items among the first `size` of `items`, none in `exclude`, in random order.
 * Small lists are filtered and shuffled; long ones are sampled by rejection (no copy).
 */
export function sampleExcluding<T>(
  rng: Random,
  items: readonly T[],
  count: number,
  exclude: ReadonlySet<T> = new Set(),
  size = items.length,
): T[] {
  if (count <= 0 || size === 0) return [];
  if (size <= count * 4 + exclude.size) {
    return rng.sample(
      items.slice(0, size).filter((item) => !exclude.has(item)),
      count,
    );
  }
  const chosen = new Set<T>();
  for (let attempts = 0; chosen.size < count && attempts < count * 20; attempts++) {
    const item = items[rng.int(0, size - 1)]!;
    if (!exclude.has(item)) chosen.add(item);
  }
  return [...chosen];
}

/**
 * Up to `count` distinct items that satisfy `accept`, in random order: random probes first (cheap on
 * long lists where most items qualify), then an exact filter when probing finds too few.
 */
export function sampleWhere<T>(rng: Random, items: readonly T[], count: number, accept: (item: T) => boolean): T[] {
  if (count <= 0 || items.length === 0) return [];
  const chosen = new Set<T>();
  if (items.length > count * 8) {
    for (let attempts = 0; chosen.size < count && attempts < count * 12; attempts++) {
      const item = items[rng.int(0, items.length - 1)]!;
      if (accept(item)) chosen.add(item);
    }
    if (chosen.size === count) return [...chosen];
  }
  return rng.sample(items.filter(accept), count);
}

/** Lists of members of any of several trades, built once per combination of trades. */
export class TradeLists {
  private readonly cache = new Map<string, MemberInfo[]>();

  constructor(private readonly groups: ReadonlyMap<string, MemberInfo[]>) {}

  of(trades: readonly string[]): MemberInfo[] {
    const key = trades.join('|');
    let list = this.cache.get(key);
    if (!list) {
      list = trades.flatMap((trade) => this.groups.get(trade) ?? []);
      this.cache.set(key, list);
    }
    return list;
  }
}

/** Members grouped by trade key ("" for none), in their original order. */
export function byTrade(members: readonly MemberInfo[]): Map<string, MemberInfo[]> {
  const groups = new Map<string, MemberInfo[]>();
  for (const member of members) {
    const key = member.trade?.key ?? '';
    const group = groups.get(key);
    if (group) group.push(member);
    else groups.set(key, [member]);
  }
  return groups;
}
