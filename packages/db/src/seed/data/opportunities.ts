// The opportunity board: calls for tenders, joint projects, and help asked or offered between members.
// The first sixteen make the default board; larger scales repeat them in other places.
import type { OpportunityKind, OpportunityStatus } from '../../generated/prisma/enums.ts';

export interface OpportunitySeed {
  readonly kind: OpportunityKind;
  readonly title: string;
  readonly description: string;
  readonly skills: readonly string[];
  readonly status: OpportunityStatus;
  /** Days from now; null: no deadline. */
  readonly deadlineInDays: number | null;
  /** Who would post it: a collective (by slug) or a member of one of these trades. */
  readonly collective?: string;
  readonly posterTrades: readonly string[];
  /** The client or buyer, when there is one (recommendations tied to it name it). */
  readonly client?: string;
  readonly region?: string;
}

export const OPPORTUNITIES: readonly OpportunitySeed[] = [
  {
    kind: 'CALL_FOR_TENDER',
    title: 'Accompagnement RSE de douze PME du territoire',
    description:
      "La communauté de communes lance un marché pour accompagner douze PME dans une démarche RSE sur dix-huit mois : diagnostic, plan d'action, animation d'un club d'entreprises. Marché à procédure adaptée, groupements acceptés. Nous cherchons une consultante RSE de plus et quelqu'un pour l'animation du club.",
    skills: ['strategie-rse', 'bilan-carbone', 'intelligence-collective'],
    status: 'TEAM_FORMING',
    deadlineInDays: 20,
    collective: 'reponses-communes',
    posterTrades: ['consultant-financements'],
    client: 'Communauté de communes du Val de Loue',
    region: 'Bourgogne-Franche-Comté',
  },
  {
    kind: 'CALL_FOR_TENDER',
    title: 'Refonte accessible du site de la Maison France Services de la vallée',
    description:
      "Refonte complète d'un site de service public, avec une exigence forte d'accessibilité (RGAA niveau AA) et de sobriété. Trois lots possibles : conception, développement, contenus. Visite et questions jusqu'à dix jours avant la date limite.",
    skills: ['developpement-web', 'accessibilite-numerique', 'design-ux'],
    status: 'OPEN',
    deadlineInDays: 30,
    collective: 'numerique-sobre',
    posterTrades: ['developpeur-web'],
    client: 'Maison France Services de la vallée',
    region: 'Occitanie',
  },
  {
    kind: 'CALL_FOR_TENDER',
    title: 'Rénovation des vestiaires du stade municipal : lots menuiserie et isolation',
    description:
      'Marché de travaux en deux lots pour la rénovation des vestiaires : menuiseries extérieures bois et isolation biosourcée. Le groupement a déposé sa réponse, résultat attendu sous un mois.',
    skills: ['eco-construction', 'renovation-energetique', 'appels-offres'],
    status: 'SUBMITTED',
    deadlineInDays: -10,
    collective: 'batisseurs-du-vivant',
    posterTrades: ['menuisier'],
    client: 'Commune de Saint-Aubin',
    region: 'Bretagne',
  },
  {
    kind: 'CALL_FOR_TENDER',
    title: 'Traduction des supports du festival européen du court métrage',
    description:
      'Traduction anglais, allemand et espagnol vers le français du programme, des synopsis et du dossier de presse, avec sous-titrage de dix films. Marché remporté par le collectif Passerelles Langues.',
    skills: ['traduction', 'redaction-web'],
    status: 'WON',
    deadlineInDays: -60,
    collective: 'passerelles-langues',
    posterTrades: ['traducteur'],
    client: 'Festival Les Nuits Courtes',
    region: 'Grand Est',
  },
  {
    kind: 'CALL_FOR_TENDER',
    title: "Formation des bénévoles d'un réseau d'épiceries solidaires",
    description:
      "Conception et animation de six journées de formation (accueil, posture, gestion des tensions) pour les bénévoles de huit épiceries solidaires. Nous avons répondu à trois ; l'offre n'a pas été retenue, le retour de l'acheteur est partagé dans le journal du Cercle.",
    skills: ['formation-adultes', 'intelligence-collective', 'coaching'],
    status: 'LOST',
    deadlineInDays: -45,
    posterTrades: ['formateur', 'coach'],
    client: 'Réseau des épiceries solidaires',
    region: 'Hauts-de-France',
  },
  {
    kind: 'PROJECT',
    title: "Créer une offre commune « rapport d'activité clé en main »",
    description:
      "Beaucoup d'associations redoutent leur rapport d'activité. Nous voulons proposer une offre packagée : entretiens, rédaction, mise en page, photos, version web. Il nous manque une personne pour la partie photo et quelqu'un pour la diffusion.",
    skills: ['identite-visuelle', 'redaction-web', 'photographie'],
    status: 'TEAM_FORMING',
    deadlineInDays: 25,
    collective: 'com-engagee',
    posterTrades: ['graphiste'],
  },
  {
    kind: 'PROJECT',
    title: 'Ouvrir un espace de travail partagé entre membres à Rennes',
    description:
      'Nous sommes quatre à chercher un local à partager près de la gare de Rennes : bureaux, une salle de réunion, un petit atelier. Qui est partant pour monter le projet (recherche, budget, statut) ?',
    skills: ['gestion-de-projet', 'modele-economique', 'eco-construction'],
    status: 'OPEN',
    deadlineInDays: 60,
    posterTrades: ['architecte-interieur', 'menuisier', 'consultant-strategie'],
    region: 'Bretagne',
  },
  {
    kind: 'PROJECT',
    title: 'Podcast des ÉkôActeurs : douze portraits de membres',
    description:
      "Un podcast mensuel où un membre en interviewe un autre sur son métier et ses coopérations. Il faut une personne pour le son, une pour l'écriture et une pour la diffusion presse.",
    skills: ['video', 'redaction-web', 'relations-presse'],
    status: 'OPEN',
    deadlineInDays: 45,
    posterTrades: ['videaste', 'attache-presse'],
  },
  {
    kind: 'PROJECT',
    title: 'Guide pratique de la coopération entre indépendants',
    description:
      'Un guide de trente pages, illustré, qui rassemble ce que les collectifs de la Fédération ont appris : chartes, partage de la valeur, gestion des tensions. Le guide est terminé et disponible pour tous les membres.',
    skills: ['redaction-web', 'formation-adultes', 'identite-visuelle'],
    status: 'CLOSED',
    deadlineInDays: -30,
    collective: 'cercle-des-formateurs',
    posterTrades: ['formateur'],
  },
  {
    kind: 'HELP_REQUEST',
    title: 'Relecture juridique de mes conditions générales de vente',
    description:
      "J'ai rédigé mes CGV à partir d'un modèle trouvé en ligne et je ne suis pas [[sûr|sûre]] qu'elles me protègent vraiment, notamment sur les acomptes et les annulations. Une heure de relecture me rendrait un grand service.",
    skills: ['droit-des-affaires'],
    status: 'CLOSED',
    deadlineInDays: -15,
    posterTrades: ['photographe', 'graphiste', 'videaste'],
  },
  {
    kind: 'HELP_REQUEST',
    title: "Quelqu'un pour relire mon dossier de subvention avant vendredi ?",
    description:
      'Je dépose ma première demande de subvention régionale. Le projet est clair dans ma tête, moins sur le papier. Un regard extérieur sur la partie budget serait précieux.',
    skills: ['financements-publics', 'pilotage-financier'],
    status: 'OPEN',
    deadlineInDays: 4,
    posterTrades: ['menuisier', 'chef-projet-evenementiel'],
  },
  {
    kind: 'HELP_REQUEST',
    title: 'Passer de micro-entreprise à SASU : vos retours ?',
    description:
      "Mon chiffre d'affaires dépasse bientôt les plafonds. Qui est passé par là ? J'aimerais comprendre l'impact sur ma rémunération et mon temps administratif avant de voir un comptable.",
    skills: ['statut-juridique', 'comptabilite'],
    status: 'OPEN',
    deadlineInDays: null,
    posterTrades: ['developpeur-web', 'designer-ux', 'traducteur'],
  },
  {
    kind: 'HELP_REQUEST',
    title: "Besoin d'un regard extérieur sur ma grille tarifaire",
    description:
      "Je crois que je suis trop [[cher|chère]] pour certains clients et pas assez pour d'autres. Qui accepterait de regarder ma grille et mes trois derniers devis ?",
    skills: ['construction-offre', 'negociation'],
    status: 'CLOSED',
    deadlineInDays: -20,
    posterTrades: ['traducteur', 'coach', 'redacteur'],
  },
  {
    kind: 'HELP_OFFER',
    title: "J'offre une séance de portraits aux nouveaux membres",
    description:
      "Chaque trimestre, j'offre une séance de portraits professionnels aux membres arrivés récemment, dans mon studio ou en extérieur. Trois places ce trimestre.",
    skills: ['photographie'],
    status: 'OPEN',
    deadlineInDays: 30,
    posterTrades: ['photographe'],
  },
  {
    kind: 'HELP_OFFER',
    title: 'Deux heures de relecture de site web offertes',
    description:
      'Je propose deux heures de relecture des textes de votre site : clarté, ton, fautes. Premier arrivé, premier servi.',
    skills: ['redaction-web'],
    status: 'CLOSED',
    deadlineInDays: -5,
    posterTrades: ['redacteur', 'traducteur'],
  },
  {
    kind: 'HELP_OFFER',
    title: "Audit d'accessibilité express pour les sites de membres",
    description:
      "Une demi-heure en visio pour passer votre site au crible des dix points d'accessibilité les plus courants. Je le fais pour un membre par semaine.",
    skills: ['accessibilite-numerique'],
    status: 'OPEN',
    deadlineInDays: null,
    posterTrades: ['developpeur-web', 'designer-ux'],
  },
];

export const INTEREST_NOTES: Readonly<Record<OpportunityKind, readonly string[]>> = {
  CALL_FOR_TENDER: [
    "Je peux prendre le volet {skill} ; j'ai déjà travaillé avec ce type d'acheteur.",
    '[[Partant|Partante]] pour le lot {skill}, disponible à partir de la semaine prochaine.',
    '[[Intéressé|Intéressée]], mais je ne pourrai pas être [[mandataire|mandataire]] du groupement.',
    "J'ai une référence très proche, je l'ajoute au dossier commun.",
    'Je peux relire le mémoire technique et m’occuper des pièces administratives.',
  ],
  PROJECT: [
    'Ça me parle beaucoup ! Je peux apporter la partie {skill}.',
    "Je suis [[partant|partante]], à raison d'une demi-journée par semaine.",
    "J'ai fait quelque chose de proche l'an dernier, je peux partager ce qui a marché.",
    '[[Intéressé|Intéressée]] mais peu disponible avant un mois : je peux commencer par de la relecture.',
  ],
  HELP_REQUEST: [
    "Je peux te faire un retour d'ici jeudi.",
    'Envoie-moi le document, je regarde ce week-end.',
    "Je suis [[passé|passée]] par là l'an dernier ; on en parle vingt minutes au téléphone ?",
    'Je peux t’aider sur la partie {skill}, pas sur le reste.',
  ],
  HELP_OFFER: [
    "Avec plaisir ! Je suis [[nouveau|nouvelle]] et je n'ai aucune photo correcte de mon activité.",
    'Ça m’intéresse beaucoup, mon site en a bien besoin.',
    'Merci pour cette proposition ! Je suis [[disponible|disponible]] en fin de semaine.',
    'Si une place se libère, je la prends volontiers.',
  ],
};
