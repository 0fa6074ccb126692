// The events an integrator can subscribe a webhook to. Names are stable: only ever added.
// Each delivery's body is { id, event, createdAt, data } where `data` is described here.

export const WEBHOOK_EVENTS = {
  'member.admitted': 'An applicant was admitted. data.member: { id (global ID), handle, displayName, region, admittedAt }.',
  'workshop.published': 'A workshop was published. data.workshop: { id (global ID), slug, title, startsAt, endsAt }.',
  'workshop.cancelled': 'A published workshop was cancelled. data.workshop: { id (global ID), slug, title, startsAt }.',
  'registration.confirmed': 'A seat was confirmed in a workshop (registration or promotion from the waitlist). data.registration: { workshopId, memberId } (global IDs).',
  'page.published': 'A visibility page went public. data.page: { id (global ID), slug, title, ownerKind, url }.',
  'recommendation.created': 'A member recommended another. data.recommendation: { id, fromMemberId, toMemberId } (global IDs).',
} as const;

export type WebhookEventName = keyof typeof WEBHOOK_EVENTS;

export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEventName[];
