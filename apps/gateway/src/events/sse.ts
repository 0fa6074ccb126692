// Server-Sent Events with event ids, so a client that reconnects gets what it missed.
// Yoga's own SSE processor writes `event: next` / `data:` blocks without ids; this one (the same
// framing, keep-alives and `complete`) writes `id: <event id>` before each event whose resolver
// named one (`eventIds`), and the subscription replays what came after a `Last-Event-ID` header
// (schema/notifications/notifications.ts). Documented in docs/api.md, "Live notifications".
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';

/** The id of the event each subscription's context resolved last (set by the field's resolver). */
export const eventIds = new WeakMap<object, string>();

/** The `Last-Event-ID` a reconnecting client sent (or null), from the GraphQL context. */
export function lastEventIdOf(ctx: object): string | null {
  const request = (ctx as { request?: Request }).request;
  const value = request?.headers.get('last-event-id')?.trim();
  return value ? value : null;
}

const EVENT_ID = Symbol('eventId');
type Tagged = ExecutionResult & { [EVENT_ID]?: string };

function stringify(result: ExecutionResult): string {
  const { extensions, ...rest } = result;
  const visible = extensions
    ? Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== 'http'))
    : undefined;
  return JSON.stringify(visible && Object.keys(visible).length ? { ...rest, extensions: visible } : rest);
}

function processSSE(
  result: unknown,
  fetchAPI: { Response: typeof Response; ReadableStream: typeof ReadableStream; TextEncoder: typeof TextEncoder },
): Response {
  const encoder = new fetchAPI.TextEncoder();
  const pingMs = process.env.NODE_ENV === 'test' ? 300 : 12_000;
  let iterator: AsyncIterator<Tagged>;
  let ping: NodeJS.Timeout | undefined;
  const stream = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(':\n\n'));
      ping = setInterval(() => {
        if (controller.desiredSize === null) return clearInterval(ping);
        if (controller.desiredSize > 0) controller.enqueue(encoder.encode(':\n\n'));
      }, pingMs);
      iterator = (result as AsyncIterable<Tagged>)[Symbol.asyncIterator]();
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.value != null) {
          const id = next.value[EVENT_ID];
          controller.enqueue(
            encoder.encode(`${id ? `id: ${id}\n` : ''}event: next\ndata: ${stringify(next.value)}\n\n`),
          );
        }
        if (next.done) {
          controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
          clearInterval(ping);
          controller.close();
        }
      } catch (error) {
        clearInterval(ping);
        controller.error(error);
      }
    },
    async cancel(reason) {
      clearInterval(ping);
      await iterator?.return?.(reason);
    },
  });
  return new fetchAPI.Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream',
      Connection: 'keep-alive',
      'Cache-Control': 'no-cache',
      'Content-Encoding': 'none',
    },
  });
}

/** Tags each subscription result with its event id, and streams subscriptions with `id:` lines. */
export function eventIdsPlugin(): Plugin {
  return {
    onSubscribe({ args }) {
      return {
        onSubscribeResult() {
          return {
            onNext({ result, setResult }) {
              const id = eventIds.get(args.contextValue as object);
              if (id) setResult(Object.assign({ ...result }, { [EVENT_ID]: id }));
            },
          };
        },
      };
    },
    onResultProcess({ request, result, setResultProcessor }) {
      if (!isAsyncIterable(result)) return;
      if (!/\btext\/event-stream\b/.test(request.headers.get('accept') ?? '')) return;
      setResultProcessor(processSSE as never, 'text/event-stream');
    },
  };
}
