// Checks a webhook URL where it actually leads: the name is resolved and every address it resolves
// to must be public (address.ts), at creation and again at each delivery, and the delivery connects
// to an address that was checked (deliver.ts pins it), so a name cannot point elsewhere between the
// check and the connection. https only; http:// and loopback only when the setting
// WEBHOOK_ALLOW_LOOPBACK allows them (development and tests).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { refusalOf } from './address.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses (the system resolver by default; tests inject their own). */
export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: Lookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

export interface TargetPolicy {
  /** Let webhooks reach this machine (loopback addresses, over http:// too). */
  allowLoopback: boolean;
  lookup?: Lookup;
}

export type TargetCheck = { ok: true; url: URL; addresses: ResolvedAddress[] } | { ok: false; reason: string };

/** What is wrong with the URL itself, before any resolution (null: nothing). */
export function urlProblem(value: string, allowLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'This is not a URL: give an https:// address.';
  }
  if (url.username || url.password)
    return 'Remove the user name and password from the URL: deliveries are signed instead.';
  if (!url.hostname) return 'The URL has no host name.';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && allowLoopback && namesThisMachine(url.hostname)))
    return null;
  return allowLoopback
    ? 'Give an https:// URL (http:// only for this machine).'
    : 'Give an https:// URL of a public server.';
}

/** localhost, a name under .localhost, or a loopback address literal. */
function namesThisMachine(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && refusalOf(host) === 'loopback');
}

export async function checkWebhookTarget(value: string, policy: TargetPolicy): Promise<TargetCheck> {
  const problem = urlProblem(value, policy.allowLoopback);
  if (problem) return { ok: false, reason: problem };
  const url = new URL(value);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (policy.lookup ?? systemLookup)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) return { ok: false, reason: `The name ${host} does not resolve: check the URL.` };
  }
  for (const { address } of addresses) {
    const refusal = refusalOf(address);
    if (refusal === 'loopback' && policy.allowLoopback) continue;
    if (refusal) {
      const where = address === host ? address : `${host} (${address})`;
      return { ok: false, reason: `${where} is a ${refusal} address: webhooks only reach public servers.` };
    }
  }
  // Plain http only ever reaches this machine.
  if (url.protocol === 'http:' && addresses.some(({ address }) => refusalOf(address) !== 'loopback')) {
    return { ok: false, reason: 'Give an https:// URL (http:// only for this machine).' };
  }
  return { ok: true, url, addresses };
}
