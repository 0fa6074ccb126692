// Limits on sign-in attempts (and other anonymous actions that cost us work or mail), through the
// gateway's one limiter (security/limiter.ts): Redis when configured, the database otherwise, so the
// count is shared by every replica. An attempt is *reserved* before the work it stands for (a
// password hash, an email): of 80 wrong passwords sent at once, only the allowed number reach the
// hash, and the right password after them still finds the address locked. The audit log keeps
// recording each attempt for admins; it no longer does the counting.
import { requestError } from '../errors.ts';
import type { RateLimiter, WindowLimit } from '../security/limiter.ts';

/** Per address: fixed. */
export const PER_EMAIL = {
  signInLink: { name: 'sign-in-link', max: 3, windowMs: 15 * 60_000 },
  password: { name: 'password', max: 5, windowMs: 15 * 60_000 },
} satisfies Record<string, WindowLimit>;

export type IpAction = 'sign-in-link' | 'password' | 'application' | 'page-report';

/** Per IP: AUTH_ATTEMPTS_PER_IP_PER_HOUR of each kind (sign-in links, passwords, applications). */
export function perIp(action: IpAction, perHour: number): WindowLimit {
  return { name: `${action}:ip`, max: perHour, windowMs: 60 * 60_000 };
}

/** An attempt that was let through, to give back if it turns out not to count (a right password). */
export interface Reservation {
  release(): Promise<void>;
}

/** Takes one attempt of `limit` for `who` (an address, an IP); null when none is left. */
export async function reserve(limiter: RateLimiter, limit: WindowLimit, who: string): Promise<Reservation | null> {
  const key = `attempt:${limit.name}:${who}`;
  const taken = await limiter.consume(key, 1, limit.max, limit.windowMs);
  return taken.allowed ? { release: () => limiter.refund(key, 1) } : null;
}

/** Takes one attempt from this IP, or refuses the request: RATE_LIMITED (429). */
export async function reserveFromIp(
  limiter: RateLimiter,
  limit: WindowLimit,
  ip: string,
  what = 'attempts',
): Promise<Reservation> {
  const reservation = await reserve(limiter, limit, ip);
  if (!reservation) {
    const minutes = Math.round(limit.windowMs / 60_000);
    throw requestError(
      'RATE_LIMITED',
      `Too many ${what} from this address. Wait ${minutes === 60 ? 'an hour' : `${minutes} minutes`}, then try again.`,
      429,
    );
  }
  return reservation;
}
