// Live events between the gateway's parts (and, with Redis, between replicas): a new
// notification for a member is published here and pushed to their open subscriptions; a change to a
// member's access (sign-out, revoked token, suspension) is published so their open streams re-check.
import { createPubSub } from 'graphql-yoga';

export interface NotificationEvent {
  id: string;
  memberId: string;
  kind: string;
  data: unknown;
  createdAt: string;
}

/**
 * Something ended or changed for this member (a session, a token, their membership, their role): their
 * streams re-check, and every replica forgets the tokens it kept for them (auth/token-callers.ts).
 */
export interface AccessChange {
  reason: 'signed_out' | 'session_ended' | 'token_revoked' | 'suspended' | 'password_changed' | 'left' | 'role_changed';
}

export type EventBus = ReturnType<typeof createEventBus>;

type EventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'];

/** In-process by default; pass a Redis event target to reach subscribers on other replicas. */
export function createEventBus(eventTarget?: EventTarget) {
  return createPubSub<{
    notification: [memberId: string, payload: NotificationEvent];
    access: [memberId: string, payload: AccessChange];
  }>(eventTarget ? { eventTarget } : undefined);
}
