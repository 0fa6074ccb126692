// The events an integrator can subscribe a webhook to. Names are stable: only ever added.
// Each delivery's body is { id, event, createdAt, data } where `data` is described here.

export const WEBHOOK_EVENTS = {
  'member.admitted':
    'An applicant was admitted. data.member: { id (global ID), handle, displayName, region, admittedAt }.',
  'workshop.published': 'A workshop was published. data.workshop: { id (global ID), slug, title, startsAt, endsAt }.',
  'workshop.cancelled': 'A published workshop was cancelled. data.workshop: { id (global ID), slug, title, startsAt }.',
  'registration.confirmed':
    'A seat was confirmed in a workshop (registration or promotion from the waitlist). data.registration: { workshopId, memberId } (global IDs).',
  'page.published': 'A visibility page went public. data.page: { id (global ID), slug, title, ownerKind, url }.',
  'recommendation.created':
    'A member recommended another. data.recommendation: { id, fromMemberId, toMemberId } (global IDs).',
  'member.left':
    'A member left the federation (or an admin erased them): their profile is erased, delete your copy. data.member: { id (global ID), leftAt }.',
  'member.suspended':
    'An admin suspended a member: they drop out of the directory until reactivated. data.member: { id (global ID), handle, suspendedAt }.',
  'registration.cancelled':
    'A member cancelled their registration (confirmed or waitlisted) for a workshop. data.registration: { workshopId, memberId } (global IDs), cancelledAt, wasConfirmed.',
  'introduction.accepted':
    'A member accepted an introduction request: the two are now in touch. data.introduction: { id, requesterId, recipientId } (global IDs), acceptedAt.',
  'opportunity.published':
    'An opportunity was posted on the board (status OPEN). data.opportunity: { id (global ID), kind, title, region, deadline, collectiveId (global ID or null), postedAt }.',
  ping: 'A test delivery sent by pingWebhook to one webhook, whatever its events; answer 2xx. data: { webhookId (global ID), message }.',
} as const;

export type WebhookEventName = keyof typeof WEBHOOK_EVENTS;

export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEventName[];
