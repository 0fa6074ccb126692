// Carries the event bus across gateway replicas through Redis pub/sub (REDIS_URL). Events are
// delivered to this process's subscribers directly and published to Redis for the other replicas;
// a replica drops the copy of its own events that Redis echoes back. So a Redis outage only stops
// cross-replica delivery: members connected to the replica that made the change still hear of it.
import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { createEventBus } from './bus.ts';

type EventTarget = NonNullable<Parameters<typeof createEventBus>[0]>;
type Listener = (event: CustomEvent) => void;

interface Envelope {
  /** The replica that published it. */
  origin: string;
  detail: unknown;
}

export interface RedisEvents {
  eventTarget: EventTarget;
  /** Closes the subscriber connection (the publisher is the caller's). */
  close(): Promise<void>;
}

/**
 * `publisher` may be a client shared with other uses; `subscriber` must be dedicated to this bus
 * (a Redis connection in subscriber mode accepts no other commands).
 */
export function createRedisEvents(deps: { publisher: Redis; subscriber: Redis; logger: Logger }): RedisEvents {
  const origin = randomUUID();
  const { logger } = deps;
  // The Redis target sends its commands without awaiting them: while Redis is down they fail, and
  // an unhandled rejection would end the process. These wrappers log instead.
  const failed = (what: string, channel: unknown) => (error: unknown) => {
    logger.warn({ err: error, channel }, `redis ${what} failed: other replicas' events are not relayed`);
    return 0;
  };
  const publishClient = {
    publish: (channel: string, message: string) =>
      deps.publisher.publish(channel, message).catch(failed('publish', channel)),
  } as unknown as Redis;
  const subscribeClient = {
    on: (event: string, listener: (...args: unknown[]) => void) => deps.subscriber.on(event, listener),
    subscribe: (channel: string) => deps.subscriber.subscribe(channel).catch(failed('subscribe', channel)),
    unsubscribe: (channel: string) => deps.subscriber.unsubscribe(channel).catch(failed('unsubscribe', channel)),
  } as unknown as Redis;
  const remote = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  const local = new globalThis.EventTarget();
  // Per topic, each listener and the relay that hands it other replicas' events.
  const relays = new Map<string, Map<unknown, Listener>>();

  const eventTarget: EventTarget = {
    addEventListener(type, listener) {
      if (!listener) return;
      const callback = (
        typeof listener === 'function' ? listener : (event: CustomEvent) => listener.handleEvent(event as never)
      ) as Listener;
      const relay: Listener = (event) => {
        const envelope = event.detail as Envelope | null;
        if (envelope && envelope.origin !== origin) callback(new CustomEvent(event.type, { detail: envelope.detail }));
      };
      let byListener = relays.get(type);
      if (!byListener) relays.set(type, (byListener = new Map()));
      if (byListener.has(listener)) return;
      byListener.set(listener, relay);
      local.addEventListener(type, listener as EventListener);
      remote.addEventListener(type, relay);
    },
    removeEventListener(type, listener) {
      const relay = listener ? relays.get(type)?.get(listener) : undefined;
      if (!listener || !relay) return;
      relays.get(type)!.delete(listener);
      if (relays.get(type)!.size === 0) relays.delete(type);
      local.removeEventListener(type, listener as EventListener);
      remote.removeEventListener(type, relay);
    },
    dispatchEvent(event) {
      local.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
      return remote.dispatchEvent(
        new CustomEvent(event.type, { detail: { origin, detail: event.detail } satisfies Envelope }),
      );
    },
  };

  return {
    eventTarget,
    close: async () => {
      await deps.subscriber.quit().catch(() => {});
    },
  };
}
