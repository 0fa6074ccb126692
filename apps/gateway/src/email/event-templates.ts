// The emails that follow a notification (waitlist promotion, workshop changed or cancelled,
// reminder, introduction accepted, invitation to a collective, recommendation received): French
// first, English when the member's locale is English; plain text and HTML; each ends with why it
// was sent and how to stop this kind of email in one click.
import type { Locale } from '@ekoacteurs/db/enums';
import { workshopPageUrl } from '../calendar/urls.ts';
import { MAIL_KIND_LABELS, type MailKind } from './kinds.ts';
import { htmlFromText } from './layout.ts';
import { mailPublicUrl } from './settings.ts';

type Lang = 'fr' | 'en';
type Data = Record<string, unknown>;

export interface EventEmail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = { fr: '— La Fédération des ÉkôActeurs', en: '— The Fédération des ÉkôActeurs' };
const str = (value: unknown) => (typeof value === 'string' ? value : '');

function when(iso: unknown, l: Lang): string {
  const date = new Date(str(iso));
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(l === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);
}

const CHANGED: Record<string, { fr: string; en: string }> = {
  startsAt: { fr: 'l’heure de début', en: 'the start time' },
  endsAt: { fr: 'l’heure de fin', en: 'the end time' },
  format: { fr: 'le format', en: 'the format' },
  place: { fr: 'le lieu', en: 'the place' },
  onlineUrl: { fr: 'le lien de visio', en: 'the video link' },
};

/** Subject and body paragraphs, before the greeting and the foot are added. */
function body(kind: MailKind, data: Data, l: Lang): { subject: string; lines: string[] } {
  const fr = l === 'fr';
  const title = str(data.workshopTitle);
  const page = data.workshopSlug ? workshopPageUrl(mailPublicUrl(), str(data.workshopSlug)) : mailPublicUrl();
  const at = when(data.startsAt, l);
  switch (kind) {
    case 'workshop.promoted':
      return fr
        ? {
            subject: `Une place s’est libérée : « ${title} »`,
            lines: [
              `Une place s’est libérée et vous passez de la liste d’attente à l’atelier « ${title} », le ${at}.`,
              `Si vous ne pouvez plus venir, libérez votre place depuis la page de l’atelier : ${page}`,
            ],
          }
        : {
            subject: `A seat opened up: “${title}”`,
            lines: [
              `A seat opened up and you moved from the waitlist into the workshop “${title}”, on ${at}.`,
              `If you can no longer come, give your seat back from the workshop’s page: ${page}`,
            ],
          };
    case 'workshop.updated': {
      const changed = (Array.isArray(data.changed) ? data.changed : [])
        .map((name) => CHANGED[str(name)]?.[l])
        .filter(Boolean)
        .join(fr ? ', ' : ', ');
      return fr
        ? {
            subject: `Atelier modifié : « ${title} »`,
            lines: [
              `L’atelier « ${title} » a changé${changed ? ` (${changed})` : ''}. Il a lieu désormais le ${at}.`,
              `Tous les détails : ${page}`,
            ],
          }
        : {
            subject: `Workshop changed: “${title}”`,
            lines: [
              `The workshop “${title}” changed${changed ? ` (${changed})` : ''}. It now takes place on ${at}.`,
              `All the details: ${page}`,
            ],
          };
    }
    case 'workshop.cancelled': {
      const reason = str(data.reason).trim();
      return fr
        ? {
            subject: `Atelier annulé : « ${title} »`,
            lines: [
              `L’atelier « ${title} » prévu le ${at} est annulé.`,
              ...(reason ? [`Motif : ${reason}`] : []),
              `Votre inscription est annulée, vous n’avez rien à faire.`,
            ],
          }
        : {
            subject: `Workshop cancelled: “${title}”`,
            lines: [
              `The workshop “${title}” planned on ${at} is cancelled.`,
              ...(reason ? [`Reason: ${reason}`] : []),
              `Your registration is cancelled; there is nothing for you to do.`,
            ],
          };
    }
    case 'workshop.reminder': {
      const where = str(data.location);
      return fr
        ? {
            subject: `Demain : « ${title} »`,
            lines: [
              `Petit rappel : vous êtes inscrit·e à l’atelier « ${title} », le ${at}.`,
              ...(where ? [`Lieu : ${where}`] : []),
              `L’événement est joint à ce message (fichier .ics) pour votre agenda. Si vous ne pouvez plus venir, libérez votre place : ${page}`,
            ],
          }
        : {
            subject: `Tomorrow: “${title}”`,
            lines: [
              `A reminder: you are registered for the workshop “${title}”, on ${at}.`,
              ...(where ? [`Place: ${where}`] : []),
              `The event is attached (.ics file) for your calendar. If you can no longer come, give your seat back: ${page}`,
            ],
          };
    }
    case 'introduction.accepted': {
      const member = (data.member ?? {}) as Data;
      const name = str(member.displayName);
      const profile = `${mailPublicUrl()}/membres/${encodeURIComponent(str(member.handle))}`;
      return fr
        ? {
            subject: `${name} a accepté votre demande de mise en relation`,
            lines: [
              `${name} a accepté votre demande de mise en relation.`,
              ...(str(data.message).trim() ? [`Son message : ${str(data.message).trim()}`] : []),
              `Ses coordonnées sont désormais visibles sur son profil : ${profile}`,
            ],
          }
        : {
            subject: `${name} accepted your introduction request`,
            lines: [
              `${name} accepted your introduction request.`,
              ...(str(data.message).trim() ? [`Their message: ${str(data.message).trim()}`] : []),
              `Their contact details are now shown on their profile: ${profile}`,
            ],
          };
    }
    case 'collective.invited': {
      const name = str(data.name);
      const by = str(data.invitedBy);
      const link = `${mailPublicUrl()}/collectifs/${encodeURIComponent(str(data.slug))}`;
      return fr
        ? {
            subject: `Invitation à rejoindre le collectif « ${name} »`,
            lines: [
              `${by || 'Un·e coordinateur·rice'} vous invite à rejoindre le collectif « ${name} ».`,
              ...(str(data.message).trim() ? [`Son message : ${str(data.message).trim()}`] : []),
              `Pour accepter ou refuser, ouvrez le portail : ${link}`,
            ],
          }
        : {
            subject: `Invitation to join the collective “${name}”`,
            lines: [
              `${by || 'A coordinator'} invites you to join the collective “${name}”.`,
              ...(str(data.message).trim() ? [`Their message: ${str(data.message).trim()}`] : []),
              `To accept or decline, open the portal: ${link}`,
            ],
          };
    }
    case 'recommendation.received': {
      const name = str(data.memberName);
      const about = str(data.title) || str(data.clientName);
      return fr
        ? {
            subject: `${name} vous a recommandé·e`,
            lines: [
              `${name} vous a recommandé·e${about ? ` (${about})` : ''}.`,
              `Retrouvez vos recommandations dans le portail : ${mailPublicUrl()}`,
            ],
          }
        : {
            subject: `${name} recommended you`,
            lines: [
              `${name} recommended you${about ? ` (${about})` : ''}.`,
              `Find your recommendations in the portal: ${mailPublicUrl()}`,
            ],
          };
    }
  }
}

export function renderEventEmail(
  kind: MailKind,
  data: Data,
  locale: Locale,
  name: string,
  unsubscribe: string,
): EventEmail {
  const l: Lang = locale === 'EN' ? 'en' : 'fr';
  const { subject, lines } = body(kind, data, l);
  const label = MAIL_KIND_LABELS[kind][l];
  const foot =
    l === 'fr'
      ? `Vous recevez cet email car vos préférences l’autorisent pour « ${label} ». Pour ne plus recevoir ce type d’email (vous le verrez toujours dans le portail) : ${unsubscribe}`
      : `You receive this email because your preferences allow it for “${label}”. To stop this kind of email (you will still see it in the portal): ${unsubscribe}`;
  const text = [l === 'fr' ? `Bonjour ${name},` : `Hello ${name},`, ...lines, SIGNATURE[l], foot].join('\n\n');
  return { subject, text, html: htmlFromText(text, l) };
}
