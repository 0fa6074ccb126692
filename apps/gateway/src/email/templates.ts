// The emails the platform sends, in French (default) and English. Plain text first; each
// message says why it was sent and what to do.
import type { Locale } from '@ekoacteurs/db/enums';
import { htmlFromText } from './layout.ts';

type Lang = 'fr' | 'en';
const lang = (locale: Locale | undefined): Lang => (locale === 'EN' ? 'en' : 'fr');
const SIGNATURE = { fr: '— La Fédération des ÉkôActeurs', en: '— The Fédération des ÉkôActeurs' };

export interface RenderedEmail {
  subject: string;
  text: string;
  html?: string;
  kind: string;
}

export function signInLinkEmail(locale: Locale, name: string, link: string, minutes: number): RenderedEmail {
  const l = lang(locale);
  return {
    kind: 'sign-in-link',
    subject: l === 'fr' ? 'Votre lien de connexion à ÉkôActeurs' : 'Your ÉkôActeurs sign-in link',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nPour vous connecter, ouvrez ce lien (valable ${minutes} minutes, une seule fois) :\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : personne ne peut se connecter sans ce lien.\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nTo sign in, open this link (valid for ${minutes} minutes, once):\n${link}\n\nIf you did not ask for it, ignore this message: nobody can sign in without the link.\n\n${SIGNATURE.en}`,
  };
}

export function applicationPendingEmail(locale: Locale, name: string): RenderedEmail {
  const l = lang(locale);
  return {
    kind: 'application-pending',
    subject: l === 'fr' ? 'Votre candidature est en cours d’examen' : 'Your application is being reviewed',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nVotre candidature à la Fédération des ÉkôActeurs est en cours d’examen. Vous pourrez vous connecter dès qu’un membre de l’équipe l’aura acceptée ; nous vous écrirons à ce moment-là.\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nYour application to the Fédération des ÉkôActeurs is being reviewed. You will be able to sign in as soon as the team accepts it; we will write to you then.\n\n${SIGNATURE.en}`,
  };
}

export function applicationReceivedEmail(locale: Locale, name: string): RenderedEmail {
  const l = lang(locale);
  return {
    kind: 'application-received',
    subject: l === 'fr' ? 'Nous avons bien reçu votre candidature' : 'We received your application',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nMerci pour votre candidature à la Fédération des ÉkôActeurs. L’équipe la lit et vous répond par email, en général sous une semaine.\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nThank you for applying to the Fédération des ÉkôActeurs. The team will read it and answer by email, usually within a week.\n\n${SIGNATURE.en}`,
  };
}

export function alreadyMemberEmail(locale: Locale, name: string, signInUrl: string): RenderedEmail {
  const l = lang(locale);
  return {
    kind: 'already-registered',
    subject: l === 'fr' ? 'Vous avez déjà un compte ÉkôActeurs' : 'You already have an ÉkôActeurs account',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nQuelqu’un (vous, sans doute) a voulu candidater avec cette adresse, qui a déjà un compte. Pour vous connecter : ${signInUrl}\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nSomeone (probably you) tried to apply with this address, which already has an account. To sign in: ${signInUrl}\n\n${SIGNATURE.en}`,
  };
}

export function admittedEmail(locale: Locale, name: string, message: string, signInUrl: string): RenderedEmail {
  const l = lang(locale);
  const note = message.trim() ? `\n\n${message.trim()}` : '';
  const email = {
    kind: 'application-admitted',
    subject: l === 'fr' ? 'Bienvenue dans la Fédération des ÉkôActeurs' : 'Welcome to the Fédération des ÉkôActeurs',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nVotre candidature est acceptée : bienvenue !${note}\n\nConnectez-vous ici pour compléter votre profil et votre carte de coopération : ${signInUrl}\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nYour application is accepted: welcome!${note}\n\nSign in here to complete your profile and cooperation card: ${signInUrl}\n\n${SIGNATURE.en}`,
  };
  return { ...email, html: htmlFromText(email.text, l) };
}

export function declinedEmail(locale: Locale, name: string, message: string): RenderedEmail {
  const l = lang(locale);
  const note = message.trim() ? `\n\n${message.trim()}` : '';
  return {
    kind: 'application-declined',
    subject:
      l === 'fr'
        ? 'Votre candidature à la Fédération des ÉkôActeurs'
        : 'Your application to the Fédération des ÉkôActeurs',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nNous ne pouvons pas donner suite à votre candidature pour le moment.${note}\n\nMerci de l’intérêt que vous portez à la fédération.\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nWe cannot accept your application at this time.${note}\n\nThank you for your interest in the federation.\n\n${SIGNATURE.en}`,
  };
}

export function passwordResetEmail(locale: Locale, name: string, link: string, minutes: number): RenderedEmail {
  const l = lang(locale);
  return {
    kind: 'password-reset',
    subject: l === 'fr' ? 'Choisir un nouveau mot de passe' : 'Choose a new password',
    text:
      l === 'fr'
        ? `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable ${minutes} minutes, une seule fois) :\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n\n${SIGNATURE.fr}`
        : `Hello ${name},\n\nTo choose a new password, open this link (valid for ${minutes} minutes, once):\n${link}\n\nIf you did not ask for it, ignore this message: your password stays the same.\n\n${SIGNATURE.en}`,
  };
}
