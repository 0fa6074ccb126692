// Which IP addresses a webhook may reach: public unicast only. Loopback, private, link-local (the
// cloud metadata service at 169.254.169.254), CGNAT, multicast, documentation and other reserved
// ranges are refused, in IPv4 and IPv6, including IPv4 addresses carried inside IPv6 (mapped,
// compatible, NAT64, 6to4). Pure functions; resolving names is target.ts's job.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Why an address may not be reached, or null when it is a public address. */
export type AddressRefusal = 'loopback' | 'private' | 'link-local' | 'shared (CGNAT)' | 'multicast' | 'reserved';

const V4: [string, number, AddressRefusal][] = [
  ['0.0.0.0', 8, 'reserved'], // "this network"
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // includes the cloud metadata service
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['192.0.2.0', 24, 'reserved'], // documentation
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // future use, and the broadcast address
];

const V6: [string, number, AddressRefusal][] = [
  ['::', 128, 'reserved'], // unspecified
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'private'], // local-use NAT64
  ['100::', 64, 'reserved'], // discard
  ['2001::', 23, 'reserved'], // IETF protocol assignments, Teredo included
  ['2001:db8::', 32, 'reserved'], // documentation
  ['3fff::', 20, 'reserved'], // documentation
  ['fc00::', 7, 'private'], // unique local
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'], // site-local (deprecated)
  ['ff00::', 8, 'multicast'],
];

const lists = new Map<AddressRefusal, BlockList>();
function listOf(reason: AddressRefusal) {
  let list = lists.get(reason);
  if (!list) lists.set(reason, (list = new BlockList()));
  return list;
}
for (const [network, prefix, reason] of V4) listOf(reason).addSubnet(network, prefix, 'ipv4');
for (const [network, prefix, reason] of V6) listOf(reason).addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail, as in ::ffff:1.2.3.4). */
function groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -tail[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const middle = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16));
}

const v4Of = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
export function embeddedIPv4(address: string): string | null {
  const g = groups(address);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4Of(g[6]!, g[7]!); // ::ffff:a.b.c.d
  if (zeros(0, 6) && (g[6] !== 0 || g[7]! > 1)) return v4Of(g[6]!, g[7]!); // ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4Of(g[6]!, g[7]!); // 64:ff9b::a.b.c.d
  if (g[0] === 0x2002) return v4Of(g[1]!, g[2]!); // 6to4
  return null;
}

/** Null for a public address; otherwise why it may not be reached. Not an IP at all: 'reserved'. */
export function refusalOf(address: string): AddressRefusal | null {
  if (isIPv4(address)) {
    for (const [reason, list] of lists) if (list.check(address, 'ipv4')) return reason;
    return null;
  }
  if (!isIPv6(address)) return 'reserved';
  const plain = address.replace(/%.*$/, '');
  const inner = embeddedIPv4(plain);
  if (inner) return refusalOf(inner);
  for (const [reason, list] of lists) if (list.check(plain, 'ipv6')) return reason;
  return null;
}
