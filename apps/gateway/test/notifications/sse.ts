// A GraphQL subscription over Server-Sent Events, read the way a browser's fetch reads it.
import type { As } from '../harness.ts';

export interface Subscription {
  status: number;
  /** The next `data:` payload, or null when the stream ended; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<any>;
  /** The `id:` of the last event read (what a reconnecting client sends as Last-Event-ID). */
  readonly lastEventId: string | null;
  close(): void;
}

export async function subscribe(
  url: string,
  query: string,
  as: As = {},
  options: { lastEventId?: string } = {},
): Promise<Subscription> {
  const controller = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      ...(as.cookie ? { cookie: as.cookie } : {}),
      ...(as.token ? { authorization: `Bearer ${as.token}` } : {}),
      ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
    },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let lastEventId: string | null = null;
  const read = (timeoutMs: number) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([reader.read(), timeout]).finally(() => clearTimeout(timer));
  };
  return {
    status: response.status,
    get lastEventId() {
      return lastEventId;
    },
    async next(timeoutMs = 5_000) {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          const id = block.split('\n').find((line) => line.startsWith('id:'));
          if (id) lastEventId = id.slice(3).trim();
          // Keep-alive comments and the final "complete" event carry no payload.
          if (data) return JSON.parse(data);
          if (block.startsWith('event: complete')) return null;
          continue;
        }
        const { value, done } = await read(timeoutMs);
        if (done) return null;
        buffer += value;
      }
    },
    close: () => controller.abort(),
  };
}

export const NOTIFICATION_ADDED = 'subscription { notificationAdded { id kind data read } }';
