// The eight collectives of the demo network, and the generic material the builder uses when a larger
// scale asks for more collectives. A collective's charter is its "cadre de fonctionnement".
import type { JournalKind } from '../../generated/prisma/enums.ts';
import type { ServiceSeed } from './trades.ts';

export interface JournalSeed {
  readonly kind: JournalKind;
  readonly title: string;
  readonly body: string;
}

export interface CollectiveSeed {
  readonly slug: string;
  readonly name: string;
  readonly purpose: string;
  readonly description: string;
  readonly region: string;
  /** Trades whose members naturally join. */
  readonly trades: readonly string[];
  readonly charter: readonly string[];
  readonly coordinatorResponsibilities: readonly string[];
  readonly commitments: readonly string[];
  readonly journal: readonly JournalSeed[];
  readonly services: readonly ServiceSeed[];
}

export const COLLECTIVES: readonly CollectiveSeed[] = [
  {
    slug: 'com-engagee',
    name: "Collectif Com' Engagée",
    purpose:
      "Offrir aux structures de l'économie sociale et solidaire une communication complète, sobre et sincère, portée par des indépendants qui se connaissent.",
    description:
      "Graphistes, rédactrices, photographes et développeurs, nous répondons ensemble aux demandes qu'aucun de nous ne pourrait prendre seul : refonte d'identité, site, rapport d'activité. Chaque mission a une personne référente pour le client. Nous nous retrouvons chaque premier lundi du mois, à Lyon ou en visio.",
    region: 'Auvergne-Rhône-Alpes',
    trades: [
      'graphiste',
      'redacteur',
      'photographe',
      'developpeur-web',
      'community-manager',
      'videaste',
      'illustrateur',
    ],
    charter: [
      'Chaque mission commune a une seule personne référente pour le client ; les autres membres passent par elle.',
      'Les devis sont construits ensemble et chacun connaît la part des autres : pas de prix cachés entre nous.',
      'Sur chaque mission commune, 5 % du montant facturé alimente une caisse commune (outils, événements, imprévus).',
      "Quand un engagement risque de glisser, on prévient le collectif dès qu'on le sait, pas la veille.",
      "Une tension se dit d'abord à la personne concernée, dans la semaine ; si cela ne suffit pas, on demande une médiation au collectif.",
    ],
    coordinatorResponsibilities: [
      'Anime la réunion mensuelle, tient le journal à jour et fait le lien avec la Fédération.',
      'Suit les devis en cours et la caisse commune ; prépare le point financier trimestriel.',
    ],
    commitments: [
      'Livrer la charte graphique de la Ressourcerie La Remise',
      'Envoyer le devis commun pour le rapport d’activité de la Mutuelle Entraide',
      "Rédiger les textes des cinq pages du site de l'épicerie La Cagette Bleue",
      'Mettre à jour le book commun du collectif avec les trois derniers projets',
      'Organiser la séance photo de l’équipe du Festival Les Nuits Courtes',
      'Préparer la présentation du collectif pour la rencontre régionale',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Le rapport d’activité de la Mutuelle Entraide est signé',
        body: "Premier projet à quatre du collectif : graphisme, rédaction, photo et mise en ligne. Le client a souligné la cohérence de l'ensemble, et on a tenu le budget. Bravo à toutes et tous !",
      },
      {
        kind: 'DIFFICULTY',
        title: 'Deux devis envoyés en même temps au même client',
        body: "Nous avons envoyé par erreur deux propositions concurrentes à la Cagette Bleue. On a rappelé la cliente pour s'excuser et clarifier. Désormais, tout devis passe par la personne référente avant envoi.",
      },
      {
        kind: 'LEARNING',
        title: 'Prévoir un temps de relecture croisée dans chaque planning',
        body: 'Sur les trois derniers projets, les corrections de dernière minute venaient de relectures faites trop tard. On ajoute une demi-journée de relecture croisée dans tous les plannings.',
      },
      {
        kind: 'SUCCESS',
        title: 'Une nouvelle cliente grâce à une recommandation',
        body: "La Ressourcerie La Remise nous a contactés après une recommandation d'une membre de la Fédération. Le bouche-à-oreille fonctionne !",
      },
    ],
    services: [
      { title: 'Identité et supports', description: 'Logo, charte, plaquettes et signalétique, éco-conçus.' },
      { title: 'Sites et contenus', description: 'Un site sobre et accessible, avec des textes qui vous ressemblent.' },
      { title: 'Images', description: 'Portraits, reportages et vidéos courtes.' },
    ],
  },
  {
    slug: 'batisseurs-du-vivant',
    name: 'Les Bâtisseurs du Vivant',
    purpose:
      'Rénover et construire avec des matériaux biosourcés et de réemploi, en groupement d’artisans et de concepteurs.',
    description:
      "Menuisiers, thermiciens et architectes d'intérieur, nous proposons des rénovations cohérentes de bout en bout, de l'audit énergétique à la pose. Nous répondons ensemble aux marchés publics de petite taille (écoles, salles communales) et organisons des chantiers participatifs.",
    region: 'Bretagne',
    trades: ['menuisier', 'conseiller-renovation', 'architecte-interieur', 'consultant-financements'],
    charter: [
      'Chaque chantier a un pilote désigné par consentement, qui coordonne les lots et parle au maître d’ouvrage.',
      'On privilégie les fournisseurs à moins de 150 km et les matériaux biosourcés ; toute exception est discutée en réunion.',
      'Un retard sur un lot est signalé aux autres lots sous 48 heures.',
      "Les réponses aux marchés publics se décident ensemble : personne n'engage le groupement seul.",
    ],
    coordinatorResponsibilities: [
      'Pilote les réponses aux marchés publics et tient le planning commun des chantiers.',
      'Anime les réunions de chantier et veille au respect de la charte matériaux.',
    ],
    commitments: [
      "Chiffrer le lot menuiserie de l'école de Saint-Aubin",
      "Rendre l'audit énergétique de la salle communale",
      'Préparer le dossier de candidature au marché de rénovation des vestiaires',
      'Contacter la scierie pour le bois de la cabane pédagogique',
      'Organiser le chantier participatif de la longère',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Premier marché public remporté en groupement',
        body: "La commune a retenu notre offre pour la rénovation de la salle des associations. C'est la première fois que nous répondons à trois lots en groupement. Merci à la juriste du réseau pour la convention de groupement.",
      },
      {
        kind: 'DIFFICULTY',
        title: 'Retard de livraison de la fibre de bois',
        body: 'Le fournisseur a décalé de trois semaines. On a réorganisé les lots et prévenu le client tout de suite ; il a apprécié la transparence.',
      },
      {
        kind: 'LEARNING',
        title: 'Un planning partagé, consulté par tous',
        body: 'Nous avons testé un tableau partagé des chantiers. Résultat : moins de coups de téléphone, moins de surprises. On le garde.',
      },
    ],
    services: [
      {
        title: 'Rénovation globale',
        description: 'Audit, conception et travaux coordonnés par un seul interlocuteur.',
      },
      { title: 'Constructions bois', description: 'Extensions, cabanes pédagogiques, abris.' },
      { title: 'Chantiers participatifs', description: 'Apprendre en construisant, encadré par des professionnels.' },
    ],
  },
  {
    slug: 'reponses-communes',
    name: 'Réponses Communes',
    purpose: "Répondre ensemble aux appels d'offres publics et privés qu'aucun de nous ne pourrait remporter seul.",
    description:
      "Nous faisons de la veille, nous décidons en quarante-huit heures si nous répondons, et nous constituons l'équipe selon le besoin. Le collectif a ses modèles de mémoire technique, ses références communes et une convention de groupement type.",
    region: 'Île-de-France',
    trades: [
      'consultant-financements',
      'developpeur-commercial',
      'consultant-strategie',
      'juriste',
      'consultant-rse',
      'assistant-administratif',
    ],
    charter: [
      'Toute opportunité repérée est partagée avec le collectif dans les 48 heures.',
      'La décision de répondre se prend par consentement, à trois membres au moins.',
      'Le mandataire du groupement est désigné pour chaque réponse ; il ne décide pas seul du prix final.',
      'Chaque membre alimente la base de références communes après chaque mission.',
      "Un appel d'offres perdu fait l'objet d'un retour d'expérience de trente minutes.",
      "Le temps passé sur une réponse perdue n'est pas facturé entre nous : on partage le risque.",
    ],
    coordinatorResponsibilities: [
      "Tient la veille des appels d'offres et convoque les décisions de réponse.",
      'Garde la base de références et les modèles de mémoire technique à jour.',
    ],
    commitments: [
      "Relire le mémoire technique pour l'accompagnement RSE des PME",
      'Obtenir les attestations fiscales et sociales de tous les membres du groupement',
      "Rédiger la note méthodologique de l'appel d'offres de la communauté de communes",
      'Faire le retour d’expérience de la réponse perdue de mars',
      'Mettre à jour la convention de groupement type avec la juriste',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Marché d’accompagnement de douze PME remporté',
        body: "Quatre membres, trois régions, une seule réponse. L'acheteur a apprécié la complémentarité de l'équipe. Le démarrage est prévu dans six semaines.",
      },
      {
        kind: 'DIFFICULTY',
        title: 'Réponse déposée à 11 h 58 pour une clôture à midi',
        body: "Une pièce administrative manquait jusqu'au dernier moment. Plus jamais ça : les attestations de chacun sont désormais à jour dans le dossier partagé, tous les six mois.",
      },
      {
        kind: 'LEARNING',
        title: 'Ce que nous a appris le retour de l’acheteur',
        body: 'Notre offre était la moins chère mais la moins claire sur le pilotage. La prochaine fois : un schéma de gouvernance du groupement dès la première page.',
      },
      {
        kind: 'LEARNING',
        title: 'Dire non à une consultation trop floue',
        body: "Nous avons renoncé à une consultation mal définie après une heure d'analyse. Décision difficile, mais c'était la bonne.",
      },
    ],
    services: [
      {
        title: 'Veille et qualification',
        description: "Nous repérons les appels d'offres pertinents et décidons vite.",
      },
      { title: 'Équipes sur mesure', description: 'Des groupements constitués selon les compétences demandées.' },
      { title: 'Mémoires techniques', description: 'Des réponses claires, argumentées et livrées à temps.' },
    ],
  },
  {
    slug: 'transition-et-territoires',
    name: 'Transition & Territoires',
    purpose:
      'Accompagner les collectivités et les entreprises d’un territoire dans leur transition écologique et sociale.',
    description:
      "Consultantes RSE, facilitateurs et spécialistes du carbone, nous accompagnons des démarches de territoire : concertations, diagnostics, plans d'action partagés. Nous croyons que la transition se fait avec les gens, pas pour eux.",
    region: 'Nouvelle-Aquitaine',
    trades: ['consultant-rse', 'facilitateur', 'conseiller-renovation', 'illustrateur', 'coach'],
    charter: [
      "Nous n'acceptons pas de mission dont l'objectif est d'abord de verdir une image.",
      'Les décisions qui engagent le collectif se prennent par consentement lors de la réunion mensuelle.',
      "Chaque membre dit ce qu'il peut prendre en charge et prévient dès qu'un engagement risque de ne pas être tenu.",
      'Le rôle de coordination tourne tous les six mois.',
    ],
    coordinatorResponsibilities: [
      'Coordonne les missions en cours et anime la réunion mensuelle ; mandat de six mois.',
      'Suit la relation avec les collectivités partenaires.',
    ],
    commitments: [
      'Animer la deuxième réunion de concertation du plan vélo',
      'Rendre le diagnostic carbone simplifié de la menuiserie Perrin',
      'Écrire la synthèse des ateliers citoyens',
      "Préparer la fresque illustrée pour le forum de l'été",
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Quatre-vingts habitants à la concertation',
        body: 'Beaucoup plus que prévu. La facilitation en petits groupes et la fresque dessinée en direct ont fait la différence.',
      },
      {
        kind: 'DIFFICULTY',
        title: 'Un élu a voulu réécrire la synthèse',
        body: 'Nous avons rappelé notre cadre : la synthèse reflète ce qui a été dit. La discussion a été tendue mais respectueuse, et la synthèse est restée fidèle.',
      },
      {
        kind: 'LEARNING',
        title: 'Le tour de météo en début de réunion change tout',
        body: "Dire en une phrase comment on arrive nous a permis de voir qu'une membre était débordée. On a redistribué deux engagements.",
      },
    ],
    services: [
      { title: 'Concertation', description: 'Des démarches participatives qui aboutissent.' },
      {
        title: 'Diagnostics de transition',
        description: 'RSE, carbone et énergie, à l’échelle d’une structure ou d’un territoire.',
      },
      {
        title: 'Plans d’action partagés',
        description: 'Des feuilles de route écrites avec celles et ceux qui les mettront en œuvre.',
      },
    ],
  },
  {
    slug: 'back-office-partage',
    name: 'Le Back-Office Partagé',
    purpose:
      "Mutualiser l'administratif des indépendants : comptabilité, juridique, paie et facturation, avec des interlocuteurs qui se parlent.",
    description:
      "Comptables, juristes, assistantes administratives et DPO, nous proposons aux indépendants et aux petites associations un back-office cohérent. Le client a un seul point d'entrée, et nous nous coordonnons derrière. Nous tenons une permanence mensuelle gratuite pour les membres de la Fédération.",
    region: 'Pays de la Loire',
    trades: ['comptable', 'juriste', 'assistant-administratif', 'dpo', 'consultant-financements'],
    charter: [
      'Le client a une seule personne de contact ; les échanges internes restent internes.',
      'Les informations des clients sont partagées entre nous uniquement quand c’est nécessaire, et le client le sait.',
      'Chacun reste responsable de son champ de compétence et le dit clairement au client.',
      'Nous tenons une permanence mensuelle gratuite pour les membres de la Fédération, à tour de rôle.',
    ],
    coordinatorResponsibilities: [
      'Organise le planning des permanences et accueille les nouvelles demandes.',
      'Veille au respect des règles de confidentialité entre les membres.',
    ],
    commitments: [
      'Tenir la permanence administrative du mois',
      'Rédiger la fiche pratique « choisir son statut en 2 pages »',
      'Mettre à jour le registre RGPD commun du collectif',
      'Préparer le tableau de trésorerie type pour les nouveaux membres',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Douze membres reçus à la permanence',
        body: 'Des questions de TVA, de statut et de contrats. Trois personnes sont reparties avec un rendez-vous de suivi.',
      },
      {
        kind: 'DIFFICULTY',
        title: 'Une cliente perdue entre deux interlocuteurs',
        body: 'Une cliente a reçu deux réponses différentes sur sa TVA. On a clarifié : une seule personne répond, les autres conseillent en interne.',
      },
      {
        kind: 'LEARNING',
        title: 'Des fiches pratiques plutôt que des réponses au cas par cas',
        body: 'Les mêmes questions reviennent : on écrit des fiches courtes, relues par deux membres.',
      },
    ],
    services: [
      {
        title: 'Back-office complet',
        description: 'Comptabilité, paie, facturation et juridique, un seul interlocuteur.',
      },
      { title: 'Permanence des membres', description: 'Une heure par mois pour vos questions administratives.' },
      { title: 'Conformité', description: 'RGPD, contrats et obligations sociales à jour.' },
    ],
  },
  {
    slug: 'numerique-sobre',
    name: 'Numérique Sobre et Accessible',
    purpose:
      'Concevoir des services numériques utiles, légers et accessibles à tous, pour les associations et les collectivités.',
    description:
      "Développeuses, designers et expertes de l'accessibilité, nous concevons des sites et des outils qui fonctionnent pour tout le monde, y compris avec une vieille connexion ou un lecteur d'écran. Nous contribuons aussi à des logiciels libres.",
    region: 'Occitanie',
    trades: ['developpeur-web', 'designer-ux', 'dpo', 'redacteur', 'graphiste'],
    charter: [
      'Tout ce que nous livrons respecte le niveau AA du RGAA ; les écarts sont documentés et expliqués au client.',
      'Nous publions sous licence libre ce qui peut l’être, avec l’accord du client.',
      "Les décisions techniques importantes sont écrites et partagées avant d'être appliquées.",
      'Une revue de code croisée a lieu avant toute mise en production.',
      'On accepte les différences de rythme : personne n’a à se justifier de dire non à une mission.',
    ],
    coordinatorResponsibilities: [
      'Tient la feuille de route des projets et anime la revue technique mensuelle.',
      'Fait le lien avec les clients collectivités et suit les marchés publics numériques.',
    ],
    commitments: [
      "Livrer l'audit d'accessibilité du site de la Maison France Services",
      'Mettre en production la nouvelle version du site de Vélo Cité Nord',
      'Écrire la documentation de reprise du site de la compagnie Grand Écart',
      "Préparer l'atelier « accessibilité en une heure » pour la Fédération",
      'Mesurer le poids des pages des cinq derniers sites livrés',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Un site divisé par dix en poids',
        body: "La refonte du site de l'association est passée de 8 Mo à 700 ko par page, et le nombre de visites mobiles a doublé.",
      },
      {
        kind: 'DIFFICULTY',
        title: 'Un client voulait un carrousel à tout prix',
        body: 'Nous avons proposé une alternative accessible et expliqué pourquoi. Le client a accepté après un test avec une utilisatrice malvoyante. Long, mais instructif pour tout le monde.',
      },
      {
        kind: 'LEARNING',
        title: 'Tester avec de vrais utilisateurs tôt',
        body: 'Une session de test de deux heures a évité deux semaines de développement inutile.',
      },
    ],
    services: [
      { title: 'Sites sobres', description: 'Des sites légers, rapides et faciles à maintenir.' },
      { title: 'Accessibilité', description: 'Audits RGAA, corrections et formation.' },
      { title: 'Services numériques', description: 'Recherche utilisateur, design et développement sur mesure.' },
    ],
  },
  {
    slug: 'passerelles-langues',
    name: 'Passerelles Langues',
    purpose: 'Traduire, relire et adapter des contenus en plusieurs langues, avec une relecture croisée systématique.',
    description:
      "Traductrices et traducteurs indépendants, nous travaillons vers le français depuis l'anglais, l'allemand, l'espagnol, l'italien et le portugais. Ensemble, nous acceptons de gros volumes et des projets multilingues sans sacrifier la relecture.",
    region: 'Grand Est',
    trades: ['traducteur', 'redacteur', 'attache-presse'],
    charter: [
      'Toute traduction livrée par le collectif est relue par un second membre.',
      'Nous appliquons les mêmes tarifs planchers : personne ne casse les prix des autres.',
      'Un glossaire partagé est tenu pour chaque client récurrent.',
    ],
    coordinatorResponsibilities: [
      'Répartit les demandes entrantes selon les langues et les disponibilités.',
      'Tient les glossaires clients et la grille tarifaire commune.',
    ],
    commitments: [
      'Livrer la traduction du programme du festival',
      'Relire les sous-titres des courts métrages en compétition',
      'Mettre à jour le glossaire de l’ONG Eau Vive Sahel',
      'Proposer une grille tarifaire commune pour les sous-titres',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: '80 synopsis traduits en dix jours',
        body: "Trois traductrices, une relectrice, un glossaire partagé : le festival a reçu ses textes deux jours avant l'échéance.",
      },
      {
        kind: 'DIFFICULTY',
        title: 'Un client a demandé une baisse de 30 %',
        body: 'Nous avons refusé ensemble, en expliquant notre grille. Le client est revenu un mois plus tard avec un volume plus important.',
      },
      {
        kind: 'LEARNING',
        title: 'Le glossaire avant la traduction',
        body: 'Dix minutes de glossaire au départ évitent deux heures d’harmonisation à la fin.',
      },
    ],
    services: [
      { title: 'Traduction multilingue', description: 'Cinq langues sources, relecture croisée systématique.' },
      { title: 'Sous-titrage', description: 'Films, captations et vidéos courtes.' },
      { title: 'Localisation de sites', description: 'Textes, métadonnées et textes alternatifs.' },
    ],
  },
  {
    slug: 'cercle-des-formateurs',
    name: 'Cercle des Formateurs Coopératifs',
    purpose:
      "Concevoir et animer ensemble des formations pour les indépendants et les structures de l'ESS, sous une certification partagée.",
    description:
      "Formatrices, coachs et facilitateurs, nous mutualisons notre certification Qualiopi, nos outils pédagogiques et nos retours d'expérience. Nous animons aussi une partie des ateliers de la Fédération.",
    region: 'Hauts-de-France',
    trades: ['formateur', 'coach', 'facilitateur', 'illustrateur', 'consultant-strategie'],
    charter: [
      'Chaque formation vendue sous la certification commune respecte le processus qualité commun, sans exception.',
      'Les supports créés ensemble appartiennent au collectif et peuvent être réutilisés par tous les membres, en citant les auteurs.',
      'Chaque membre anime au moins un atelier par an pour la Fédération.',
      'Les évaluations des stagiaires sont partagées en réunion, les bonnes comme les mauvaises.',
      'Une tension se dit en réunion, avec le soutien d’un tiers facilitateur si besoin.',
    ],
    coordinatorResponsibilities: [
      'Référent qualité : tient les indicateurs Qualiopi et prépare les audits.',
      'Programme les ateliers de la Fédération avec les autres membres.',
    ],
    commitments: [
      "Préparer l'audit de surveillance Qualiopi",
      'Animer l’atelier « fixer ses prix » pour la Fédération',
      'Mettre en commun les évaluations du trimestre',
      'Créer le support commun sur la prise de parole',
      'Former les deux nouveaux membres au processus qualité',
    ],
    journal: [
      {
        kind: 'SUCCESS',
        title: 'Audit Qualiopi réussi sans non-conformité',
        body: 'Un an de rigueur partagée qui paie. Merci à toutes celles et ceux qui ont rempli les indicateurs à temps.',
      },
      {
        kind: 'DIFFICULTY',
        title: 'Une session annulée faute de participants',
        body: "La session de juin n'a réuni que trois inscrits. Nous avons reporté et revu la communication avec le collectif Com' Engagée.",
      },
      {
        kind: 'LEARNING',
        title: 'Co-animer à deux, même sur les petits groupes',
        body: 'Les évaluations sont nettement meilleures quand deux formateurs aux profils différents co-animent.',
      },
      {
        kind: 'SUCCESS',
        title: 'Nos supports réutilisés par d’autres réseaux',
        body: "Le réseau des ressourceries nous a demandé le droit de réutiliser notre support sur l'animation d'équipe. Accordé, avec plaisir.",
      },
    ],
    services: [
      { title: 'Formations certifiées', description: 'Des formations courtes finançables, conçues à plusieurs.' },
      { title: 'Ingénierie pédagogique', description: 'Transformer une expertise en formation vivante.' },
      { title: 'Groupes de pairs', description: 'Co-développement et ateliers de pratique.' },
    ],
  },
];

/** Themes for the collectives added at larger scales: `${name} ${city}`. */
export const EXTRA_COLLECTIVE_NAMES: readonly string[] = [
  'Coopérative des Indépendants de',
  'Collectif Ensemble à',
  "Réseau d'entraide de",
  'Les Artisans Associés de',
  'Collectif Transition',
  'Atelier Partagé de',
  'Groupement Solidaire de',
  'Le Cercle des Entrepreneurs de',
];

export const GENERIC_CHARTER: readonly string[] = [
  "Les décisions qui engagent le collectif se prennent par consentement ; une objection s'accompagne d'une proposition.",
  "Chaque membre dit à l'avance ce qu'il peut prendre en charge, et prévient dès qu'un engagement risque de ne pas être tenu.",
  'Les prix sont transparents : chacun connaît le budget global d’une mission et la part de chacun.',
  'Sur une mission commune, 5 % du montant facturé revient au collectif pour les frais partagés.',
  "Une tension se dit d'abord à la personne concernée ; si cela ne suffit pas, on demande une médiation.",
  'Nous partageons les succès comme les difficultés dans le journal du collectif, au moins une fois par mois.',
  "Personne ne répond seul, au nom du collectif, à un appel d'offres.",
  'Le rôle de coordination tourne tous les six mois.',
  'Un client apporté par le collectif reste un client du collectif pendant un an.',
  "On accepte les différences de rythme : personne n'a à se justifier de dire non.",
];

export const GENERIC_COMMITMENTS: readonly string[] = [
  'Envoyer le compte rendu de la dernière réunion',
  'Préparer le devis commun pour le nouveau client',
  'Mettre à jour la page du collectif sur la plateforme',
  'Relire la proposition commerciale avant envoi',
  'Organiser la prochaine rencontre du collectif',
  'Faire le point sur la caisse commune',
  'Contacter les trois prospects repérés au forum',
  'Rédiger le retour d’expérience de la dernière mission',
];

export const GENERIC_JOURNAL: readonly JournalSeed[] = [
  {
    kind: 'SUCCESS',
    title: 'Première mission commune terminée',
    body: 'Le client est satisfait et a déjà parlé de nous à deux partenaires.',
  },
  {
    kind: 'SUCCESS',
    title: 'Un nouveau membre a rejoint le collectif',
    body: 'Sa compétence complète bien nos offres ; bienvenue !',
  },
  {
    kind: 'DIFFICULTY',
    title: 'Un engagement non tenu',
    body: 'Un livrable est arrivé avec une semaine de retard. Nous en avons parlé sans reproche et ajusté notre planning.',
  },
  {
    kind: 'DIFFICULTY',
    title: 'Trop de réunions ce trimestre',
    body: 'Plusieurs membres ont dit leur lassitude. Nous passons à une réunion mensuelle plus courte.',
  },
  {
    kind: 'LEARNING',
    title: 'Écrire les décisions tout de suite',
    body: 'Une décision non écrite a été comprise de trois façons différentes. Désormais, on note tout dans le journal.',
  },
  {
    kind: 'LEARNING',
    title: 'Commencer par la météo de chacun',
    body: 'Un tour rapide en début de réunion nous aide à répartir la charge selon les disponibilités.',
  },
];

export const MEMBER_RESPONSIBILITIES: readonly string[] = [
  'Tient le tableau de suivi des devis et des factures communes.',
  'Accueille les nouveaux membres et leur présente la charte.',
  'Gère le dossier partagé et les modèles de documents.',
  'Prend les notes des réunions et les publie dans le journal.',
  'Suit la caisse commune et présente les comptes chaque trimestre.',
  'Assure la veille des opportunités et les partage avec le collectif.',
];
