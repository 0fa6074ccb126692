// Live events between the gateway's parts (and, with Redis, between replicas): a new
// notification for a member is published here and pushed to their open subscriptions.
import { createPubSub } from 'graphql-yoga';

export interface NotificationEvent {
  id: string;
  memberId: string;
  kind: string;
  data: unknown;
  createdAt: string;
}

export type EventBus = ReturnType<typeof createEventBus>;

type EventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'];

/** In-process by default; pass a Redis event target to reach subscribers on other replicas. */
export function createEventBus(eventTarget?: EventTarget) {
  return createPubSub<{ notification: [memberId: string, payload: NotificationEvent] }>(eventTarget ? { eventTarget } : undefined);
}
