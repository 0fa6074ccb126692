// HTTP validators for the public pages. The ETag is a hash of what was rendered, so any change a
// visitor could see (an edited section, a seat taken) changes it, and nothing else does.
// Last-Modified is when this process first served that ETag: a representation never seen before
// is "modified now", so If-Modified-Since can never keep a visitor on an old version.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function etagOf(content: string): string {
  return `W/"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
}

const MAX_REMEMBERED = 20_000;

/** When each ETag was first served (bounded: the oldest are forgotten first, which only makes dates newer). */
export class FirstSeen {
  private readonly seen = new Map<string, number>();

  at(etag: string): Date {
    let time = this.seen.get(etag);
    if (time === undefined) {
      // HTTP dates have a one-second resolution.
      time = Math.floor(Date.now() / 1000) * 1000;
      this.seen.set(etag, time);
      if (this.seen.size > MAX_REMEMBERED) this.seen.delete(this.seen.keys().next().value!);
    }
    return new Date(time);
  }
}

/** True when the client's copy is current: If-None-Match decides when present, else If-Modified-Since. */
export function notModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim());
    // Weak comparison: W/"x" and "x" are the same representation.
    const bare = (tag: string) => tag.replace(/^W\//, '');
    return tags.includes('*') || tags.some((tag) => bare(tag) === bare(etag));
  }
  const since = req.headers['if-modified-since'];
  if (since === undefined) return false;
  const time = Date.parse(since);
  return Number.isFinite(time) && lastModified.getTime() <= time;
}
