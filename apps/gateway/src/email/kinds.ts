// The kinds of notification that can also arrive by email, with their names in both languages.
// A member chooses, per kind, in-app only or also by email (EmailSettings.emailOff); all are on by default.

export const MAIL_KINDS = [
  'workshop.promoted',
  'workshop.updated',
  'workshop.cancelled',
  'workshop.reminder',
  'introduction.accepted',
  'collective.invited',
  'recommendation.received',
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export function isMailKind(kind: string): kind is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(kind);
}

/** What each kind is called on the unsubscribe page and in the settings, French first. */
export const MAIL_KIND_LABELS: Record<MailKind, { fr: string; en: string }> = {
  'workshop.promoted': { fr: 'Place obtenue depuis la liste d’attente', en: 'Seat from the waitlist' },
  'workshop.updated': { fr: 'Atelier modifié', en: 'Workshop changed' },
  'workshop.cancelled': { fr: 'Atelier annulé', en: 'Workshop cancelled' },
  'workshop.reminder': { fr: 'Rappel la veille d’un atelier', en: 'Reminder the day before a workshop' },
  'introduction.accepted': { fr: 'Mise en relation acceptée', en: 'Introduction accepted' },
  'collective.invited': { fr: 'Invitation à un collectif', en: 'Invitation to a collective' },
  'recommendation.received': { fr: 'Recommandation reçue', en: 'Recommendation received' },
};
