// Workshops the federation runs: ateliers (skills), rencontres (meeting peers) and co-creation
// sessions. The first fourteen make the default calendar; the rest are repeated at larger scales.
import type { WorkshopFormat, WorkshopKind } from '../../generated/prisma/enums.ts';

export interface WorkshopSeed {
  readonly title: string;
  readonly kind: WorkshopKind;
  readonly format: WorkshopFormat;
  readonly description: string;
  readonly skills: readonly string[];
  /** Trades of the members who would facilitate it. */
  readonly facilitatorTrades: readonly string[];
  readonly capacity: number;
  readonly startHour: number;
  readonly startMinute: number;
  readonly durationMinutes: number;
  /** For in-person and hybrid workshops; a random city otherwise. */
  readonly city?: string;
}

export const WORKSHOPS: readonly WorkshopSeed[] = [
  {
    title: 'Comprendre son bilan en deux heures',
    kind: 'ATELIER',
    format: 'IN_PERSON',
    description:
      "Actif, passif, résultat, trésorerie : on lit ensemble un vrai bilan d'indépendant, ligne par ligne, et chacun repart avec les trois chiffres à surveiller. Apportez le vôtre si vous le souhaitez, il restera confidentiel.",
    skills: ['comptabilite', 'pilotage-financier'],
    facilitatorTrades: ['comptable'],
    capacity: 12,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 120,
    city: 'Angers',
  },
  {
    title: 'Café coopération : se présenter en deux minutes',
    kind: 'RENCONTRE',
    format: 'HYBRID',
    description:
      "Un temps convivial pour rencontrer d'autres membres et s'entraîner à présenter son activité simplement. Chacun repart avec une présentation plus claire et quelques contacts à recontacter.",
    skills: ['reseautage', 'prise-de-parole'],
    facilitatorTrades: ['coach', 'formateur'],
    capacity: 20,
    startHour: 9,
    startMinute: 0,
    durationMinutes: 90,
    city: 'Paris',
  },
  {
    title: 'Éco-concevoir ses supports de communication',
    kind: 'ATELIER',
    format: 'ONLINE',
    description:
      'Formats standards, encres, papier, poids des images et des PDF : les gestes simples pour réduire l’impact de vos supports sans perdre en qualité. Atelier pratique avec des exemples avant/après.',
    skills: ['communication-responsable', 'identite-visuelle'],
    facilitatorTrades: ['graphiste'],
    capacity: 15,
    startHour: 10,
    startMinute: 0,
    durationMinutes: 120,
  },
  {
    title: "Écrire ensemble la charte d'un collectif",
    kind: 'CO_CREATION',
    format: 'IN_PERSON',
    description:
      'Une session de co-création pour les collectifs qui se lancent ou qui veulent revoir leur cadre de fonctionnement : rôles, décisions, argent, tensions. Venez à deux ou trois membres du même collectif.',
    skills: ['gouvernance-partagee', 'intelligence-collective'],
    facilitatorTrades: ['facilitateur', 'coach'],
    capacity: 16,
    startHour: 9,
    startMinute: 30,
    durationMinutes: 210,
    city: 'Bordeaux',
  },
  {
    title: "L'accessibilité numérique en une heure",
    kind: 'ATELIER',
    format: 'ONLINE',
    description:
      "Contrastes, titres, textes alternatifs, navigation au clavier : les dix vérifications qui règlent la majorité des problèmes d'accessibilité d'un site. Démonstration avec un lecteur d'écran.",
    skills: ['accessibilite-numerique', 'developpement-web'],
    facilitatorTrades: ['developpeur-web', 'designer-ux'],
    capacity: 25,
    startHour: 12,
    startMinute: 30,
    durationMinutes: 60,
  },
  {
    title: 'Apéro-rencontre des indépendants nantais',
    kind: 'RENCONTRE',
    format: 'IN_PERSON',
    description:
      'Un moment simple pour se rencontrer entre membres de la région nantaise, et pour inviter des indépendants qui ne connaissent pas encore la Fédération. Chacun apporte quelque chose à partager.',
    skills: ['reseautage'],
    facilitatorTrades: ['chef-projet-evenementiel', 'developpeur-commercial'],
    capacity: 30,
    startHour: 18,
    startMinute: 30,
    durationMinutes: 150,
    city: 'Nantes',
  },
  {
    title: 'Fixer ses prix sans se brader',
    kind: 'ATELIER',
    format: 'HYBRID',
    description:
      "Coûts, temps réellement passé, valeur apportée, prix du marché : on construit un tarif journalier défendable et on s'entraîne à l'annoncer. Venez avec un devis récent.",
    skills: ['construction-offre', 'modele-economique', 'negociation'],
    facilitatorTrades: ['consultant-strategie', 'developpeur-commercial'],
    capacity: 14,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 180,
    city: 'Lyon',
  },
  {
    title: "Répondre à un appel d'offres à plusieurs",
    kind: 'ATELIER',
    format: 'ONLINE',
    description:
      "Lire un règlement de consultation, décider de répondre, constituer un groupement, écrire un mémoire technique commun : un atelier concret, à partir d'un vrai dossier de la commande publique. Petit groupe pour laisser place aux questions.",
    skills: ['appels-offres', 'droit-des-affaires', 'gestion-de-projet'],
    facilitatorTrades: ['consultant-financements', 'juriste'],
    capacity: 8,
    startHour: 9,
    startMinute: 30,
    durationMinutes: 180,
  },
  {
    title: "Co-construire l'offre « rapport d'activité clé en main »",
    kind: 'CO_CREATION',
    format: 'ONLINE',
    description:
      "Graphistes, rédacteurs, photographes : construisons ensemble une offre commune pour les associations qui redoutent leur rapport d'activité. Objectif de la session : un périmètre, un prix et une répartition des rôles.",
    skills: ['construction-offre', 'redaction-web', 'identite-visuelle'],
    facilitatorTrades: ['consultant-strategie', 'redacteur'],
    capacity: 10,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 150,
  },
  {
    title: 'Rencontre en ligne des nouveaux membres',
    kind: 'RENCONTRE',
    format: 'ONLINE',
    description:
      "Vous venez d'arriver ? Une heure pour découvrir le fonctionnement de la Fédération, la plateforme, les collectifs et les ateliers, et pour rencontrer d'autres nouveaux membres.",
    skills: ['reseautage'],
    facilitatorTrades: ['facilitateur', 'chef-projet-evenementiel'],
    capacity: 30,
    startHour: 18,
    startMinute: 0,
    durationMinutes: 60,
  },
  {
    title: 'Prospecter sans se renier',
    kind: 'ATELIER',
    format: 'IN_PERSON',
    description:
      'Trouver des clients sans forcer la main : cibler, écrire un premier message qui donne envie, relancer sans harceler, et tenir un suivi simple. Exercices en binômes.',
    skills: ['prospection-commerciale', 'relation-client'],
    facilitatorTrades: ['developpeur-commercial', 'consultant-strategie'],
    capacity: 12,
    startHour: 9,
    startMinute: 30,
    durationMinutes: 180,
    city: 'Lyon',
  },
  {
    title: 'Le RGPD pour les indépendants, sans panique',
    kind: 'ATELIER',
    format: 'HYBRID',
    description:
      "Registre, mentions légales, fichiers clients, newsletters : ce qu'un indépendant doit vraiment faire, et ce qu'il peut oublier. Chaque participant repart avec un registre pré-rempli.",
    skills: ['rgpd', 'droit-des-affaires'],
    facilitatorTrades: ['dpo', 'juriste'],
    capacity: 20,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 120,
    city: 'Rennes',
  },
  {
    title: 'Photographier son activité avec un smartphone',
    kind: 'ATELIER',
    format: 'IN_PERSON',
    description:
      'Lumière, cadrage, gestes au travail : de quoi alimenter son site et ses réseaux avec des images qui vous ressemblent. Apportez votre téléphone chargé.',
    skills: ['photographie', 'reseaux-sociaux'],
    facilitatorTrades: ['photographe', 'videaste'],
    capacity: 10,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 180,
    city: 'Marseille',
  },
  {
    title: 'Préparer ensemble les rencontres annuelles de la Fédération',
    kind: 'CO_CREATION',
    format: 'IN_PERSON',
    description:
      'Programme, lieu, format, budget : une journée de co-création ouverte à toutes et tous pour imaginer les prochaines rencontres annuelles. Déjeuner partagé.',
    skills: ['intelligence-collective', 'gestion-de-projet'],
    facilitatorTrades: ['chef-projet-evenementiel', 'facilitateur'],
    capacity: 40,
    startHour: 9,
    startMinute: 30,
    durationMinutes: 420,
    city: 'Paris',
  },
  // Repeated at larger scales.
  {
    title: 'Bilan carbone simplifié : par où commencer ?',
    kind: 'ATELIER',
    format: 'ONLINE',
    description:
      'Les ordres de grandeur, les postes qui pèsent vraiment et trois actions pour commencer, adaptés aux petites structures.',
    skills: ['bilan-carbone', 'strategie-rse'],
    facilitatorTrades: ['consultant-rse', 'conseiller-renovation'],
    capacity: 20,
    startHour: 10,
    startMinute: 0,
    durationMinutes: 120,
  },
  {
    title: 'Dire non sans perdre le client',
    kind: 'ATELIER',
    format: 'HYBRID',
    description:
      'Poser ses limites, refuser une demande hors cadre, proposer une alternative : mises en situation et retours entre pairs.',
    skills: ['negociation', 'coaching'],
    facilitatorTrades: ['coach', 'formateur'],
    capacity: 12,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 150,
  },
  {
    title: 'Monter un dossier de subvention',
    kind: 'ATELIER',
    format: 'ONLINE',
    description:
      "Repérer les bons financeurs, écrire un projet clair, construire un budget crédible : le b.a.-ba d'un dossier qui passe.",
    skills: ['financements-publics', 'pilotage-financier'],
    facilitatorTrades: ['consultant-financements', 'comptable'],
    capacity: 18,
    startHour: 9,
    startMinute: 30,
    durationMinutes: 150,
  },
  {
    title: 'Co-développement entre indépendants',
    kind: 'RENCONTRE',
    format: 'ONLINE',
    description:
      "Un groupe de pairs, une situation réelle, des questions, des pistes : la méthode du co-développement pour s'entraider concrètement.",
    skills: ['coaching', 'intelligence-collective'],
    facilitatorTrades: ['coach', 'facilitateur'],
    capacity: 8,
    startHour: 18,
    startMinute: 30,
    durationMinutes: 120,
  },
  {
    title: 'Écrire pour être lu',
    kind: 'ATELIER',
    format: 'ONLINE',
    description:
      'Phrases courtes, titres utiles, une idée par paragraphe : réécrire ensemble la page d’accueil de vos sites.',
    skills: ['redaction-web', 'marketing-contenu'],
    facilitatorTrades: ['redacteur', 'traducteur'],
    capacity: 15,
    startHour: 10,
    startMinute: 0,
    durationMinutes: 120,
  },
  {
    title: 'Imaginer une offre commune entre artisans',
    kind: 'CO_CREATION',
    format: 'IN_PERSON',
    description:
      "Menuisiers, thermiciens, architectes d'intérieur : dessinons ensemble une offre de rénovation coordonnée et les règles pour la porter à plusieurs.",
    skills: ['eco-construction', 'renovation-energetique', 'construction-offre'],
    facilitatorTrades: ['architecte-interieur', 'menuisier'],
    capacity: 14,
    startHour: 9,
    startMinute: 0,
    durationMinutes: 240,
  },
  {
    title: 'Rencontre régionale des ÉkôActeurs',
    kind: 'RENCONTRE',
    format: 'IN_PERSON',
    description:
      "Une demi-journée pour se retrouver entre membres d'une même région : nouvelles des collectifs, opportunités en cours, et un temps libre pour se parler.",
    skills: ['reseautage'],
    facilitatorTrades: ['chef-projet-evenementiel', 'facilitateur'],
    capacity: 35,
    startHour: 14,
    startMinute: 0,
    durationMinutes: 210,
  },
];

export const CANCELLATION_REASONS: readonly string[] = [
  "La facilitatrice est souffrante ; l'atelier sera reprogrammé dans les prochaines semaines.",
  "Le lieu n'est plus disponible à cette date ; nous cherchons une autre salle.",
  'Trop peu d’inscriptions pour un atelier de qualité ; il sera proposé à nouveau en ligne.',
];

export const FEEDBACK_COMMENTS: Readonly<Record<'high' | 'mid' | 'low', readonly string[]>> = {
  high: [
    "Très concret, je repars avec des outils que j'utiliserai dès demain.",
    "Animation bienveillante et rythmée, merci ! J'ai apprécié les exemples réels.",
    'Le petit groupe permettait de poser toutes nos questions. À refaire.',
    "Enfin un atelier où l'on pratique vraiment. Les échanges entre participants étaient aussi riches que le contenu.",
    "J'ai rencontré deux membres avec qui je vais travailler. Merci pour ce moment.",
    'Clair, pratique, et les supports envoyés après sont très utiles.',
  ],
  mid: [
    'Intéressant, mais un peu court pour tout aborder. Une deuxième session serait bienvenue.',
    'Bon contenu, mais le son en visio était parfois difficile à suivre.',
    "Utile, même si j'aurais aimé plus d'exemples dans mon secteur.",
    'Le début était un peu lent, la seconde partie très bien.',
  ],
  low: [
    "Trop théorique pour moi, j'attendais plus d'exercices.",
    'Le groupe était trop hétérogène, les questions de débutants ont pris beaucoup de place.',
  ],
};
