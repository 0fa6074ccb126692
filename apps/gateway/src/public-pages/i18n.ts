// Every string of the public pages, French first. English (?lang=en) must have the same keys:
// the type of `en` is the type of `fr`, so a missing translation fails the typecheck.
import type { Pace, SkillDomain, SkillLevel, WorkshopFormat, WorkshopKind } from '@ekoacteurs/db/enums';

export type Lang = 'fr' | 'en';

/** The form for n by the language's plural rules (CLDR, as ICU): French says "0 membre", English "0 members". */
const pluralIn = (locale: string) => {
  const rules = new Intl.PluralRules(locale);
  return (n: number, one: string, many: string) => (rules.select(n) === 'one' ? one : many).replace('{n}', String(n));
};
const plural = pluralIn('fr');
const pluralEn = pluralIn('en');

const fr = {
  locale: 'fr-FR',
  ogLocale: 'fr_FR',
  site: {
    name: 'ÉkôActeurs',
    federation: 'Fédération des ÉkôActeurs',
    tagline: 'Coopérer plutôt que concurrencer',
    skip: 'Aller au contenu',
    mainNav: 'Navigation principale',
    home: 'La fédération',
    directory: 'Annuaire',
    calendar: 'Ateliers',
    signIn: 'Espace membres',
    join: 'Rejoindre la fédération',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read this page in English',
    footer: 'La Fédération des ÉkôActeurs : un réseau d’entrepreneurs indépendants qui choisissent la coopération.',
    footerNav: 'Pages publiques',
  },
  domains: {
    STRATEGY: 'Stratégie',
    COMMUNICATION: 'Communication',
    PROSPECTING: 'Prospection',
    ADMINISTRATION: 'Administratif',
    PRODUCTION: 'Production',
  } satisfies Record<SkillDomain, string>,
  pace: {
    AVAILABLE: 'Disponible',
    STEADY: 'À son rythme',
    LIMITED: 'Peu disponible',
    PAUSED: 'En pause',
  } satisfies Record<Pace, string>,
  levels: {
    BEGINNER: 'débutant',
    INTERMEDIATE: 'intermédiaire',
    ADVANCED: 'avancé',
    EXPERT: 'expert',
  } satisfies Record<SkillLevel, string>,
  workshopKind: {
    ATELIER: 'Atelier',
    RENCONTRE: 'Rencontre',
    CO_CREATION: 'Session de co-création',
  } satisfies Record<WorkshopKind, string>,
  workshopFormat: {
    IN_PERSON: 'En présentiel',
    ONLINE: 'En ligne',
    HYBRID: 'Hybride (sur place et en ligne)',
  } satisfies Record<WorkshopFormat, string>,
  member: {
    description: (name: string, headline: string) =>
      headline ? `${name} — ${headline}` : `${name}, membre de la Fédération des ÉkôActeurs.`,
    location: 'Localisation',
    skills: 'Compétences',
    card: 'Carte de coopération',
    canDo: 'Ce que je peux faire',
    cannotDo: 'Ce que je ne fais pas',
    wishes: 'Ce que je souhaite',
    pace: 'Rythme',
    collectives: 'Ses collectifs',
    workshops: 'Ses prochains ateliers',
    services: 'Prestations',
    references: 'Références',
  },
  apply: {
    title: 'Rejoindre la fédération',
    lead: 'Présentez-vous en quelques lignes : la fédération lit chaque candidature et vous répond par e-mail, en général sous une semaine.',
    displayName: 'Votre nom ou celui de votre structure',
    email: 'Votre adresse e-mail',
    emailHint: 'Par exemple camille@exemple.fr : nous vous écrivons à cette adresse, qui sera aussi votre identifiant.',
    region: 'Votre région',
    city: 'Votre ville (facultatif)',
    skills: 'Vos compétences',
    skillsHint: 'Cochez de 1 à 15 compétences.',
    motivation: 'Pourquoi nous rejoindre ?',
    motivationHint: 'Ce que vous apportez et ce que vous espérez : de 30 à 3 000 caractères.',
    submit: 'Envoyer ma candidature',
    summary: 'La candidature n’a pas été envoyée :',
    sent: 'Merci ! Votre candidature est enregistrée ; la fédération vous répond par e-mail, en général sous une semaine.',
    pageTitle: 'Rejoindre la fédération',
    description:
      'Candidatez pour rejoindre la Fédération des ÉkôActeurs, réseau d’entrepreneurs indépendants qui coopèrent.',
  },
  contact: {
    title: 'Contacter',
    visitorIntro:
      'Votre message lui parvient par la plateforme : son adresse reste privée ; la vôtre lui est transmise pour qu’il ou elle puisse vous répondre.',
    memberIntro:
      'Vous êtes membre : passez par une demande de mise en relation, vos coordonnées s’échangent quand elle est acceptée.',
    memberLink: 'Demander une mise en relation',
    name: 'Votre nom',
    email: 'Votre adresse e-mail',
    message: 'Votre message',
    messageLimit: 'De 10 à 5 000 caractères.',
    honeypot: 'Laissez ce champ vide',
    submit: 'Envoyer le message',
    sent: (name: string) => `Votre message a été envoyé. ${name} vous répondra par e-mail.`,
    summary: 'Le message n’a pas été envoyé :',
    errors: {
      name: 'Indiquez votre nom (100 caractères au plus).',
      email: 'Indiquez une adresse e-mail valide, par exemple prenom@exemple.fr.',
      messageShort: 'Écrivez un message d’au moins 10 caractères.',
      messageLong: 'Votre message est trop long (5 000 caractères au plus).',
      tooFast: 'Prenez le temps de relire votre message, puis envoyez-le à nouveau.',
      expired: 'Ce formulaire a expiré : vérifiez votre message, puis envoyez-le à nouveau.',
      alreadySent: 'Ce formulaire a déjà été envoyé. Pour écrire un autre message, envoyez-le à nouveau.',
      rateLimited: 'Trop de messages sont partis de votre connexion récemment. Réessayez dans une heure.',
    },
    mail: {
      subject: (sender: string) => `${sender} vous écrit via votre page ÉkôActeurs`,
      text: (member: string, sender: string, address: string, page: string, message: string) =>
        `Bonjour ${member},\n\n${sender} (${address}) vous a écrit depuis votre page publique ${page} :\n\n${message}\n\nPour répondre, écrivez à ${address}. Votre adresse ne lui a pas été communiquée.\n\n— La Fédération des ÉkôActeurs`,
    },
  },
  collective: {
    description: (name: string, purpose: string) =>
      purpose ? `${name} — ${purpose}` : `${name}, collectif de la Fédération des ÉkôActeurs.`,
    kind: 'Collectif',
    region: 'Région',
    members: 'Ses membres',
    coordinator: 'Coordination',
    memberRole: 'Membre',
  },
  workshop: {
    description: (kind: string, date: string, place: string) =>
      `${kind} le ${date}${place ? ` — ${place}` : ''}. Fédération des ÉkôActeurs.`,
    when: 'Quand',
    where: 'Où',
    online: 'Le lien de visio est envoyé aux participants inscrits.',
    seats: 'Places',
    seatsLeft: (n: number) => plural(n, '{n} place restante', '{n} places restantes'),
    full: 'Complet : la liste d’attente est ouverte.',
    past: 'Cet atelier a eu lieu.',
    facilitators: 'Animé par',
    skills: 'Compétences travaillées',
    register: 'S’inscrire (espace membres)',
    registerNote: 'Les inscriptions sont ouvertes aux membres de la fédération.',
    ics: 'Ajouter à mon agenda (.ics)',
    about: 'Présentation',
    free: 'Gratuit',
  },
  directory: {
    title: 'Annuaire des membres',
    description:
      'Trouvez les entrepreneurs indépendants de la Fédération des ÉkôActeurs par compétence, domaine et région.',
    filters: 'Rechercher dans l’annuaire',
    moreFilters: 'Filtrer par région, domaine ou compétence',
    q: 'Mots-clés',
    qHint: 'Un métier, un nom, une ville…',
    region: 'Région',
    domain: 'Domaine',
    skill: 'Compétence',
    any: 'Toutes',
    submit: 'Rechercher',
    reset: 'Effacer les filtres',
    results: (n: number) =>
      plural(n, '{n} membre correspond à la recherche', '{n} membres correspondent à la recherche'),
    listed: (n: number) => plural(n, '{n} membre dans l’annuaire public', '{n} membres dans l’annuaire public'),
    whoIsListed: 'L’annuaire public présente les membres actifs qui ont publié leur page.',
    none: 'Aucun membre ne correspond à ces critères.',
    pagination: 'Pages de résultats',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
    titleWithPage: (page: number) => `Annuaire des membres — page ${page}`,
  },
  calendar: {
    title: 'Ateliers à venir',
    description: 'Les ateliers, rencontres et sessions de co-création à venir de la Fédération des ÉkôActeurs.',
    none: 'Aucun atelier n’est prévu pour le moment. Revenez bientôt !',
    subscribe: 'S’abonner au calendrier (.ics)',
  },
  federation: {
    lead: 'Un réseau d’entrepreneurs indépendants qui choisissent la coopération plutôt que la concurrence : rencontres, ateliers, visibilité partagée et co-création.',
    stats: 'La fédération en chiffres',
    members: (n: number) => plural(n, 'membre actif', 'membres actifs'),
    listed: (n: number) =>
      plural(n, 'membre présenté dans l’annuaire public', 'membres présentés dans l’annuaire public'),
    ofActive: (n: number) => plural(n, '(sur {n} membre actif)', '(sur {n} membres actifs)'),
    collectives: (n: number) => plural(n, 'collectif', 'collectifs'),
    workshops: (n: number) => plural(n, 'atelier à venir', 'ateliers à venir'),
    whoTitle: 'Qui en fait partie',
    someMembers: 'Quelques membres',
    collectivesTitle: 'Les collectifs',
    upcoming: 'Prochains ateliers',
    allMembers: 'Tout l’annuaire',
    allWorkshops: 'Tous les ateliers',
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFound: 'Cette adresse ne mène à aucune page publique. Elle a peut-être été mal recopiée.',
    goneTitle: 'Cette page n’est plus en ligne',
    gone: 'Elle a été retirée par son auteur ou par la fédération, ou son auteur a quitté le réseau.',
    goneWorkshop: 'Cet atelier a été annulé ou retiré du calendrier.',
    backHome: 'Découvrir la fédération',
  },
  dates: {
    range: (day: string, from: string, to: string) => `${day}, de ${from} à ${to}`,
  },
};

export type Messages = typeof fr;

const en: Messages = {
  locale: 'en-GB',
  ogLocale: 'en_GB',
  site: {
    name: 'ÉkôActeurs',
    federation: 'Fédération des ÉkôActeurs',
    tagline: 'Cooperation over competition',
    skip: 'Skip to content',
    mainNav: 'Main navigation',
    home: 'The federation',
    directory: 'Directory',
    calendar: 'Workshops',
    signIn: 'Members’ area',
    join: 'Join the federation',
    otherLanguage: 'Français',
    otherLanguageLabel: 'Lire cette page en français',
    footer: 'The Fédération des ÉkôActeurs: a network of independent entrepreneurs who choose cooperation.',
    footerNav: 'Public pages',
  },
  domains: {
    STRATEGY: 'Strategy',
    COMMUNICATION: 'Communication',
    PROSPECTING: 'Prospecting',
    ADMINISTRATION: 'Administration',
    PRODUCTION: 'Production',
  },
  pace: { AVAILABLE: 'Available', STEADY: 'At their own pace', LIMITED: 'Little availability', PAUSED: 'On a break' },
  levels: { BEGINNER: 'beginner', INTERMEDIATE: 'intermediate', ADVANCED: 'advanced', EXPERT: 'expert' },
  workshopKind: { ATELIER: 'Workshop', RENCONTRE: 'Meeting', CO_CREATION: 'Co-creation session' },
  workshopFormat: { IN_PERSON: 'In person', ONLINE: 'Online', HYBRID: 'Hybrid (on site and online)' },
  member: {
    description: (name, headline) =>
      headline ? `${name} — ${headline}` : `${name}, member of the Fédération des ÉkôActeurs.`,
    location: 'Location',
    skills: 'Skills',
    card: 'Cooperation card',
    canDo: 'What I can do',
    cannotDo: 'What I do not do',
    wishes: 'What I wish for',
    pace: 'Pace',
    collectives: 'Collectives',
    workshops: 'Upcoming workshops',
    services: 'Services',
    references: 'References',
  },
  apply: {
    title: 'Join the federation',
    lead: 'Introduce yourself in a few lines: the federation reads every application and answers by email, usually within a week.',
    displayName: 'Your name or your organisation’s',
    email: 'Your email address',
    emailHint: 'For example camille@example.org: we write to you there, and it will be your sign-in address.',
    region: 'Your region',
    city: 'Your city (optional)',
    skills: 'Your skills',
    skillsHint: 'Tick 1 to 15 skills.',
    motivation: 'Why join us?',
    motivationHint: 'What you bring and what you hope for: 30 to 3,000 characters.',
    submit: 'Send my application',
    summary: 'The application was not sent:',
    sent: 'Thank you! Your application is registered; the federation answers by email, usually within a week.',
    pageTitle: 'Join the federation',
    description: 'Apply to join the Fédération des ÉkôActeurs, a network of independent entrepreneurs who cooperate.',
  },
  contact: {
    title: 'Contact',
    visitorIntro:
      'Your message reaches them through the platform: their address stays private; yours is passed on so they can answer you.',
    memberIntro: 'You are a member: send an introduction request; contact details are exchanged once it is accepted.',
    memberLink: 'Request an introduction',
    name: 'Your name',
    email: 'Your email address',
    message: 'Your message',
    messageLimit: '10 to 5,000 characters.',
    honeypot: 'Leave this field empty',
    submit: 'Send the message',
    sent: (name) => `Your message was sent. ${name} will answer you by email.`,
    summary: 'The message was not sent:',
    errors: {
      name: 'Give your name (at most 100 characters).',
      email: 'Give a valid email address, e.g. name@example.com.',
      messageShort: 'Write a message of at least 10 characters.',
      messageLong: 'Your message is too long (at most 5,000 characters).',
      tooFast: 'Take a moment to read your message again, then send it.',
      expired: 'This form has expired: check your message, then send it again.',
      alreadySent: 'This form was already sent. To write another message, send it again.',
      rateLimited: 'Too many messages were sent from your connection recently. Try again in an hour.',
    },
    mail: {
      subject: (sender) => `${sender} wrote to you through your ÉkôActeurs page`,
      text: (member, sender, address, page, message) =>
        `Hello ${member},\n\n${sender} (${address}) wrote to you from your public page ${page}:\n\n${message}\n\nTo answer, write to ${address}. Your address was not shared with them.\n\n— The Fédération des ÉkôActeurs`,
    },
  },
  collective: {
    description: (name, purpose) =>
      purpose ? `${name} — ${purpose}` : `${name}, a collective of the Fédération des ÉkôActeurs.`,
    kind: 'Collective',
    region: 'Region',
    members: 'Members',
    coordinator: 'Coordinator',
    memberRole: 'Member',
  },
  workshop: {
    description: (kind, date, place) => `${kind} on ${date}${place ? ` — ${place}` : ''}. Fédération des ÉkôActeurs.`,
    when: 'When',
    where: 'Where',
    online: 'The video-call link is sent to registered participants.',
    seats: 'Seats',
    seatsLeft: (n) => pluralEn(n, '{n} seat left', '{n} seats left'),
    full: 'Full: the waiting list is open.',
    past: 'This workshop has taken place.',
    facilitators: 'Led by',
    skills: 'Skills covered',
    register: 'Register (members’ area)',
    registerNote: 'Registration is open to members of the federation.',
    ics: 'Add to my calendar (.ics)',
    about: 'About',
    free: 'Free',
  },
  directory: {
    title: 'Member directory',
    description: 'Find the independent entrepreneurs of the Fédération des ÉkôActeurs by skill, domain and region.',
    filters: 'Search the directory',
    moreFilters: 'Filter by region, domain or skill',
    q: 'Keywords',
    qHint: 'A trade, a name, a town…',
    region: 'Region',
    domain: 'Domain',
    skill: 'Skill',
    any: 'All',
    submit: 'Search',
    reset: 'Clear the filters',
    results: (n) => pluralEn(n, '{n} member matches the search', '{n} members match the search'),
    listed: (n) => pluralEn(n, '{n} member in the public directory', '{n} members in the public directory'),
    whoIsListed: 'The public directory shows the active members who have published their page.',
    none: 'No member matches these criteria.',
    pagination: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    titleWithPage: (page) => `Member directory — page ${page}`,
  },
  calendar: {
    title: 'Upcoming workshops',
    description: 'The upcoming workshops, meetings and co-creation sessions of the Fédération des ÉkôActeurs.',
    none: 'No workshop is planned at the moment. Come back soon!',
    subscribe: 'Subscribe to the calendar (.ics)',
  },
  federation: {
    lead: 'A network of independent entrepreneurs who choose cooperation over competition: meetings, workshops, shared visibility and co-creation.',
    stats: 'The federation in numbers',
    members: (n) => pluralEn(n, 'active member', 'active members'),
    listed: (n) => pluralEn(n, 'member in the public directory', 'members in the public directory'),
    ofActive: (n) => pluralEn(n, '(of {n} active member)', '(of {n} active members)'),
    collectives: (n) => pluralEn(n, 'collective', 'collectives'),
    workshops: (n) => pluralEn(n, 'upcoming workshop', 'upcoming workshops'),
    whoTitle: 'Who is in it',
    someMembers: 'Some members',
    collectivesTitle: 'Collectives',
    upcoming: 'Coming up',
    allMembers: 'The whole directory',
    allWorkshops: 'All workshops',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFound: 'This address leads to no public page. It may have been mistyped.',
    goneTitle: 'This page is no longer online',
    gone: 'It was withdrawn by its author or by the federation, or its author left the network.',
    goneWorkshop: 'This workshop was cancelled or removed from the calendar.',
    backHome: 'Discover the federation',
  },
  dates: {
    range: (day, from, to) => `${day}, ${from} to ${to}`,
  },
};

const CATALOGUE: Record<Lang, Messages> = { fr, en };

export function messages(lang: Lang): Messages {
  return CATALOGUE[lang];
}

/** French unless the address asks for English (?lang=en). */
export function langOf(search: URLSearchParams): Lang {
  return search.get('lang') === 'en' ? 'en' : 'fr';
}

/** A skill's name in the page's language. */
export function skillName(lang: Lang, skill: { name: string; nameEn: string }): string {
  return lang === 'en' && skill.nameEn ? skill.nameEn : skill.name;
}

/** "mardi 3 mars 2026, de 14:00 à 17:00", in the workshop's time zone. */
export function formatRange(lang: Lang, startsAt: Date, endsAt: Date, timeZone: string): string {
  const t = messages(lang);
  const zone = safeZone(timeZone);
  const day = new Intl.DateTimeFormat(t.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(startsAt);
  const time = new Intl.DateTimeFormat(t.locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const sameDay =
    day ===
    new Intl.DateTimeFormat(t.locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: zone,
    }).format(endsAt);
  if (!sameDay) {
    const full = new Intl.DateTimeFormat(t.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
    return `${full.format(startsAt)} – ${full.format(endsAt)}`;
  }
  return t.dates.range(day, time.format(startsAt), time.format(endsAt));
}

/** "3 mars 2026", for descriptions. */
export function formatDay(lang: Lang, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(messages(lang).locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: safeZone(timeZone),
  }).format(date);
}

/** A stored time zone Intl does not know falls back to Paris rather than failing the page. */
function safeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('fr-FR', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'Europe/Paris';
  }
}
