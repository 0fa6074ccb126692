import type { MyWorkshopsQuery, WorkshopDetailQuery } from '@ekoacteurs/client';
import { viewerAnswer } from '@ekoacteurs/client/test-fixtures/viewer';

type Workshop = NonNullable<WorkshopDetailQuery['workshop']>;
type Registration = NonNullable<Workshop['viewerRegistration']>;

export const WORKSHOP_ID = 'V29ya3Nob3A6ZnVsbA==';

export function workshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    __typename: 'Workshop',
    id: WORKSHOP_ID,
    slug: 'repondre-a-un-appel-d-offres-a-plusieurs',
    title: 'Répondre à un appel d’offres à plusieurs',
    kind: 'ATELIER',
    format: 'HYBRID',
    status: 'PUBLISHED',
    descriptionHtml: '<p>Monter un groupement.</p>',
    startsAt: '2099-12-03T08:30:00.000Z',
    endsAt: '2099-12-03T11:30:00.000Z',
    timeZone: 'Europe/Paris',
    place: 'Maison des associations, Lyon',
    onlineUrl: null,
    capacity: 12,
    confirmedCount: 12,
    seatsLeft: 0,
    waitlistCount: 2,
    calendarUrl: '/calendar/workshops/repondre-a-un-appel-d-offres-a-plusieurs.ics',
    cancelledAt: null,
    facilitators: [
      {
        __typename: 'Member',
        id: 'TWVtYmVyOjE=',
        handle: 'lea-dupont',
        displayName: 'Léa Dupont',
        headline: 'Juriste',
      },
    ],
    skills: [
      {
        __typename: 'Skill',
        id: 'U2tpbGw6MQ==',
        name: 'Réponse aux appels d’offres',
        nameEn: 'Answering calls for tenders',
      },
    ],
    viewerRegistration: null,
    ...overrides,
  };
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    __typename: 'WorkshopRegistration',
    id: 'V29ya3Nob3BSZWdpc3RyYXRpb246bWU=',
    status: 'WAITLISTED',
    waitlistPosition: 3,
    confirmedAt: null,
    cancelledAt: null,
    attended: null,
    feedbackRating: null,
    feedbackComment: null,
    feedbackAt: null,
    ...overrides,
  };
}

/** A registration as the mutations return it (with the workshop's fields "My workshops" lists). */
export function payload(reg: Registration, w: Workshop, viewerRegistrationId: string | null = reg.id) {
  return {
    __typename: 'RegistrationSuccess',
    registration: {
      ...reg,
      workshop: {
        __typename: 'Workshop',
        id: w.id,
        slug: w.slug,
        title: w.title,
        kind: w.kind,
        format: w.format,
        status: w.status,
        startsAt: w.startsAt,
        endsAt: w.endsAt,
        timeZone: w.timeZone,
        place: w.place,
        seatsLeft: w.seatsLeft,
        confirmedCount: w.confirmedCount,
        waitlistCount: w.waitlistCount,
        onlineUrl: w.onlineUrl,
        viewerRegistration: viewerRegistrationId
          ? { __typename: 'WorkshopRegistration', id: viewerRegistrationId }
          : null,
      },
    },
  };
}

export function myWorkshops(upcoming: unknown[] = [], past: unknown[] = []): { data: MyWorkshopsQuery } {
  return viewerAnswer<NonNullable<MyWorkshopsQuery['viewer']>>({
    upcomingRegistrations: {
      __typename: 'MemberWorkshopRegistrationsConnection',
      totalCount: upcoming.length,
      edges: upcoming as never,
    },
    pastRegistrations: {
      __typename: 'MemberWorkshopRegistrationsConnection',
      totalCount: past.length,
      edges: past as never,
    },
    calendarFeed: null,
  });
}
