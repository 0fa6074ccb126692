// Two members documentation and tests rely on: the federation's admin account and Camille Martin,
// an ordinary active member. Their profiles are written by hand; everyone else is generated.
import type { Pace, SkillLevel } from '../../generated/prisma/enums.ts';
import type { Gender } from '../text.ts';

export interface WellKnownMember {
  readonly handle: string;
  readonly displayName: string;
  readonly email: string;
  readonly gender: Gender;
  readonly tradeKey: string | null;
  readonly city: string;
  readonly region: string;
  readonly headline: string;
  readonly bio: string;
  readonly canDo: string;
  readonly cannotDo: string;
  readonly wishes: string;
  readonly concerns: string;
  readonly pace: Pace;
  readonly paceNote: string;
  readonly websiteUrl: string | null;
  readonly skills: ReadonlyArray<readonly [string, SkillLevel]>;
  /** How long ago the account was created. */
  readonly createdDaysAgo: number;
}

export const ADMIN: WellKnownMember = {
  handle: 'federation-admin',
  displayName: 'Équipe de la Fédération',
  email: 'admin@ekoacteurs.fr',
  gender: 'f',
  tradeKey: null,
  city: 'Paris',
  region: 'Île-de-France',
  headline: 'Animation et coordination de la Fédération des ÉkôActeurs',
  bio: "Ce compte est celui de l'équipe d'animation de la Fédération : admissions, ateliers, modération des pages publiques. Nous veillons à ce que le cadre reste celui de la coopération plutôt que de la concurrence. Écrivez-nous pour toute question sur le fonctionnement du réseau.",
  canDo:
    "Nous pouvons vous mettre en relation avec d'autres membres, vous aider à organiser un atelier et relayer vos appels d'offres auprès des collectifs.",
  cannotDo:
    'Nous ne pouvons pas arbitrer un litige commercial entre membres, mais nous pouvons proposer une médiation.',
  wishes:
    "Nous souhaitons que chaque membre trouve au moins une occasion de coopérer dans l'année, et que chacun y trouve un équilibre entre recevoir et donner.",
  concerns:
    'Nous redoutons que le réseau devienne un simple annuaire : il vit par les rencontres et les projets communs.',
  pace: 'STEADY',
  paceNote: 'Réponse sous trois jours ouvrés.',
  websiteUrl: null,
  skills: [
    ['intelligence-collective', 'EXPERT'],
    ['gouvernance-partagee', 'ADVANCED'],
    ['gestion-de-projet', 'ADVANCED'],
    ['reseautage', 'ADVANCED'],
    ['formation-adultes', 'INTERMEDIATE'],
  ],
  createdDaysAgo: 1200,
};

export const CAMILLE: WellKnownMember = {
  handle: 'camille-martin',
  displayName: 'Camille Martin',
  email: 'camille.martin@example.fr',
  gender: 'f',
  tradeKey: 'graphiste',
  city: 'Lyon',
  region: 'Auvergne-Rhône-Alpes',
  headline: "Graphiste — identités visuelles sobres pour l'ESS et l'artisanat",
  bio: "Graphiste indépendante à Lyon depuis 2017, après six ans en agence. Je conçois des identités visuelles et des supports imprimés en limitant l'encre, le papier et les formats inutiles, surtout pour des associations, des tiers-lieux et des artisans. Je coordonne le collectif Com' Engagée, où nous répondons à plusieurs aux demandes trop grandes pour une seule personne.",
  canDo:
    "Je peux créer un logo et une charte graphique complète en trois à quatre semaines, fichiers sources compris. Je peux aussi mettre en page un rapport d'activité et gérer le suivi avec l'imprimeur.",
  cannotDo:
    "Je ne fais pas de développement de site : je livre des maquettes, mais il me faut un·e développeur·se pour l'intégration. Je ne travaille pas le mercredi.",
  wishes:
    "J'aimerais répondre à un premier marché public avec le collectif, et animer plus d'ateliers sur l'éco-conception des supports.",
  concerns:
    "Je redoute de m'engager sur trop de projets collectifs à la fois et de ne plus avoir de temps pour mes propres clients.",
  pace: 'AVAILABLE',
  paceNote: 'Deux jours par semaine disponibles pour des projets collectifs.',
  websiteUrl: 'https://camille-martin.example.org',
  skills: [
    ['identite-visuelle', 'EXPERT'],
    ['communication-responsable', 'ADVANCED'],
    ['design-ux', 'INTERMEDIATE'],
    ['construction-offre', 'INTERMEDIATE'],
    ['appels-offres', 'BEGINNER'],
    ['facturation-tresorerie', 'INTERMEDIATE'],
    ['photographie', 'BEGINNER'],
  ],
  createdDaysAgo: 900,
};
