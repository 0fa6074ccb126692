// The independent trades typical of the federation, with what a person of that trade would write on
// their profile: headline, a sentence about their work, their cooperation card, services and references.
// Templates are first-person French; [[masculin|féminin]] follows the writer's gender, {city} their city.

export interface ServiceSeed {
  readonly title: string;
  readonly description: string;
}

export interface ReferenceSeed {
  readonly client: string;
  readonly description: string;
}

export interface TradeSeed {
  readonly key: string;
  /** Masculine and feminine job titles. */
  readonly title: readonly [string, string];
  readonly weight: number;
  /** The trade's own skills: levels ADVANCED or EXPERT. */
  readonly core: readonly string[];
  /** Skills people of this trade often add at a lower level. */
  readonly side: readonly string[];
  readonly headlines: readonly string[];
  readonly work: readonly string[];
  readonly canDo: readonly string[];
  readonly cannotDo: readonly string[];
  readonly wishes: readonly string[];
  readonly services: readonly ServiceSeed[];
  readonly references: readonly ReferenceSeed[];
}

export const TRADES: readonly TradeSeed[] = [
  {
    key: 'graphiste',
    title: ['graphiste', 'graphiste'],
    weight: 6,
    core: ['identite-visuelle', 'communication-responsable'],
    side: ['design-ux', 'photographie', 'reseaux-sociaux', 'construction-offre'],
    headlines: [
      "Graphiste — identités visuelles sobres pour l'ESS et l'artisanat",
      'Graphiste et [[directeur|directrice]] artistique, éco-conception des supports imprimés',
      'Graphiste : logos, chartes et signalétique pour les lieux qui font du lien',
    ],
    work: [
      "Je conçois des identités visuelles et des supports imprimés en limitant l'encre, le papier et les formats inutiles.",
      "J'accompagne surtout des associations, des tiers-lieux et des artisans qui veulent une image juste, pas une image clinquante.",
    ],
    canDo: [
      'Je peux créer un logo et une charte graphique complète en trois à quatre semaines, fichiers sources compris.',
      "Je peux mettre en page un rapport d'activité ou une plaquette et gérer le suivi avec l'imprimeur.",
      "Je sais reprendre une identité existante sans tout casser, et expliquer mes choix à un conseil d'administration.",
    ],
    cannotDo: [
      "Je ne fais pas de développement de site : je livre des maquettes, mais il me faut un·e développeur·se pour l'intégration.",
      "Je ne travaille pas pour des marques dont l'activité va contre mes valeurs (fast fashion, paris en ligne).",
    ],
    wishes: [
      'Je souhaite trouver un·e rédacteur·rice et un·e photographe avec qui proposer des offres de communication complètes.',
      "J'aimerais animer un atelier sur l'éco-conception des supports imprimés.",
    ],
    services: [
      {
        title: 'Identité visuelle',
        description:
          'Logo, palette, typographies et charte graphique, pensés pour durer et pour être utilisés sans moi.',
      },
      {
        title: 'Supports imprimés éco-conçus',
        description:
          "Plaquettes, affiches et rapports d'activité : formats standards, encres végétales, imprimeurs de proximité.",
      },
      {
        title: 'Signalétique de lieux',
        description: "Panneaux et pictogrammes pour tiers-lieux, recycleries et espaces d'accueil.",
      },
    ],
    references: [
      {
        client: 'Ressourcerie La Remise',
        description: "Refonte de l'identité et de la signalétique des deux boutiques.",
      },
      {
        client: 'Festival Les Nuits Courtes',
        description: 'Affiches, programme et déclinaisons réseaux sociaux pour trois éditions.',
      },
      { client: 'Brasserie artisanale du Vieux Port', description: 'Étiquettes de la gamme bio et charte graphique.' },
    ],
  },
  {
    key: 'consultant-rse',
    title: ['consultant RSE', 'consultante RSE'],
    weight: 5,
    core: ['strategie-rse', 'bilan-carbone', 'gestion-de-projet'],
    side: ['intelligence-collective', 'financements-publics', 'prise-de-parole', 'appels-offres'],
    headlines: [
      '[[Consultant|Consultante]] RSE pour PME et collectivités : du diagnostic au plan d’action',
      'Démarches RSE pragmatiques pour les petites structures, labels et bilan carbone',
    ],
    work: [
      "J'aide les PME et les associations à construire une démarche RSE qui tienne dans leur quotidien, sans usine à gaz.",
      "J'accompagne des dirigeants vers des labels comme Lucie ou B Corp, et surtout vers des actions concrètes.",
    ],
    canDo: [
      "Je peux réaliser un diagnostic RSE en quatre demi-journées et en tirer un plan d'action priorisé.",
      'Je peux préparer une entreprise à un audit de labellisation et rédiger son rapport extra-financier.',
      'Je sais animer un comité de parties prenantes sans que ça tourne à la réunion de doléances.',
    ],
    cannotDo: [
      'Je ne fais pas de bilan carbone réglementaire complet (BEGES) [[seul|seule]] : au-delà de cinquante salariés, je travaille avec un·e partenaire.',
      "Je ne peux pas intervenir en urgence : mes missions se planifient au moins un mois à l'avance.",
    ],
    wishes: [
      "J'aimerais monter une offre commune avec un·e graphiste et un·e rédacteur·rice pour les rapports RSE.",
      "Je souhaite répondre à des marchés publics d'accompagnement de territoires avec d'autres membres.",
    ],
    services: [
      {
        title: 'Diagnostic RSE',
        description: 'Un état des lieux en quatre demi-journées, avec vos équipes, et un plan d’action réaliste.',
      },
      {
        title: 'Accompagnement à la labellisation',
        description: 'Préparation aux labels Lucie, Engagé RSE ou B Corp, dossier et audit blanc.',
      },
      {
        title: 'Bilan carbone simplifié',
        description: 'Mesurer les émissions des scopes 1 et 2 et les principaux postes du scope 3, puis agir.',
      },
    ],
    references: [
      {
        client: 'Menuiserie Perrin & fils',
        description: 'Diagnostic RSE et plan d’action sur deux ans, obtention du label Engagé RSE.',
      },
      {
        client: 'Communauté de communes du Val de Loue',
        description: "Animation d'une démarche de transition avec douze entreprises du territoire.",
      },
      {
        client: 'Imprimerie coopérative Le Trait',
        description: 'Bilan carbone simplifié et feuille de route de réduction.',
      },
    ],
  },
  {
    key: 'developpeur-web',
    title: ['développeur web', 'développeuse web'],
    weight: 6,
    core: ['developpement-web', 'accessibilite-numerique'],
    side: ['design-ux', 'rgpd', 'gestion-de-projet', 'redaction-web'],
    headlines: [
      '[[Développeur|Développeuse]] web : sites sobres, rapides et accessibles',
      '[[Développeur|Développeuse]] web [[indépendant|indépendante]], sites associatifs et outils sur mesure',
      'Sites web éco-conçus et maintenables, du WordPress léger au sur-mesure',
    ],
    work: [
      'Je développe des sites légers et accessibles, qui se chargent vite même avec une connexion de campagne.',
      'Je travaille surtout avec des associations et des indépendants, et je leur laisse toujours la main sur leur contenu.',
    ],
    canDo: [
      'Je peux développer un site vitrine accessible (RGAA) en un mois à partir de maquettes validées.',
      "Je peux reprendre un site WordPress qui rame, l'alléger et former l'équipe à le faire vivre.",
      "Je sais brancher un site sur les outils d'une asso : adhésions, dons en ligne, newsletter.",
    ],
    cannotDo: [
      "Je ne fais pas d'application mobile native, ni de e-commerce avec des milliers de références.",
      "Je ne fais pas le graphisme : j'ai besoin de maquettes ou d'un·e graphiste dans la boucle.",
    ],
    wishes: [
      "J'aimerais constituer un petit collectif avec un·e designer et un·e rédacteur·rice pour répondre à des refontes complètes.",
      'Je souhaite transmettre les bases de l’accessibilité numérique lors d’un atelier.',
    ],
    services: [
      {
        title: 'Site vitrine éco-conçu',
        description: 'Un site léger, accessible et facile à mettre à jour, hébergé chez un hébergeur engagé.',
      },
      {
        title: "Audit d'accessibilité",
        description: 'Audit RGAA simplifié, liste des corrections priorisées et accompagnement à leur mise en œuvre.',
      },
      {
        title: 'Maintenance et formation',
        description: 'Mises à jour, sauvegardes et une demi-journée de formation pour votre équipe.',
      },
    ],
    references: [
      {
        client: 'Association Vélo Cité Nord',
        description: 'Site, carte des ateliers de réparation et adhésion en ligne.',
      },
      {
        client: 'Épicerie vrac La Cagette Bleue',
        description: 'Site vitrine et commande de paniers en click and collect.',
      },
      { client: 'Compagnie de théâtre Grand Écart', description: 'Refonte accessible du site et de la billetterie.' },
    ],
  },
  {
    key: 'comptable',
    title: ['comptable', 'comptable'],
    weight: 4,
    core: ['comptabilite', 'facturation-tresorerie', 'pilotage-financier'],
    side: ['paie-social', 'statut-juridique', 'financements-publics', 'formation-adultes'],
    headlines: [
      'Comptable [[indépendant|indépendante]] pour micro-entreprises, associations et SCOP',
      "Tenue comptable, trésorerie et tableaux de bord pour les petites structures de l'ESS",
    ],
    work: [
      "Je tiens la comptabilité d'une trentaine de petites structures et je leur apprends à lire leurs propres chiffres.",
      'Je connais bien les spécificités des associations et des coopératives : fonds dédiés, subventions, réserves impartageables.',
    ],
    canDo: [
      'Je peux tenir votre comptabilité, préparer les comptes annuels et vous les expliquer en une heure, sans jargon.',
      'Je peux construire un prévisionnel de trésorerie sur douze mois et le mettre à jour avec vous chaque trimestre.',
      'Je sais monter le volet financier d’un dossier de subvention.',
    ],
    cannotDo: [
      "Je ne suis pas [[expert-comptable inscrit|experte-comptable inscrite]] à l'Ordre : je ne certifie pas les comptes.",
      'Je ne prends plus de nouveaux clients en janvier et en mai, pendant les clôtures.',
    ],
    wishes: [
      "J'aimerais mutualiser un back-office avec un·e juriste et un·e gestionnaire de paie pour les indépendants du réseau.",
      'Je souhaite animer un atelier « comprendre son bilan en deux heures ».',
    ],
    services: [
      {
        title: 'Tenue comptable',
        description: 'Saisie, rapprochements et déclarations de TVA, avec un point mensuel de quinze minutes.',
      },
      {
        title: 'Prévisionnel et trésorerie',
        description: 'Un tableau de trésorerie à douze mois que vous savez faire vivre.',
      },
      {
        title: 'Comptes annuels commentés',
        description: 'Bilan et compte de résultat, présentés et expliqués à votre bureau ou à vos associés.',
      },
    ],
    references: [
      { client: 'SCOP Les Toits Verts', description: 'Tenue comptable et tableau de bord mensuel depuis 2019.' },
      { client: 'Crèche parentale Les Petits Pas', description: 'Comptabilité associative et dossiers CAF.' },
      { client: 'Atelier céramique Terre Neuve', description: 'Passage de micro-entreprise à SARL et premier bilan.' },
    ],
  },
  {
    key: 'photographe',
    title: ['photographe', 'photographe'],
    weight: 4,
    core: ['photographie', 'video'],
    side: ['reseaux-sociaux', 'identite-visuelle', 'communication-responsable'],
    headlines: [
      'Photographe : portraits professionnels et reportages au travail',
      "Photographe de reportage pour les associations, les artisans et les lieux de l'ESS",
    ],
    work: [
      "Je photographie des gens au travail : artisans, soignants, bénévoles. J'aime les images qui montrent les mains et les gestes.",
      'Je réalise des portraits professionnels en lumière naturelle, sans retouche excessive.',
    ],
    canDo: [
      "Je peux couvrir un événement d'une journée et livrer une sélection retouchée sous 72 heures.",
      'Je peux organiser une séance de portraits pour toute une équipe, sur place, en une demi-journée.',
      'Je sais constituer une banque d’images cohérente pour un site et les réseaux sociaux.',
    ],
    cannotDo: [
      'Je ne fais pas de mariages ni de photo de studio produit.',
      'Je ne pilote pas de drone et je ne fais pas de vidéo longue.',
    ],
    wishes: [
      'Je souhaite travailler avec un·e rédacteur·rice pour proposer des portraits de structures en texte et en images.',
      "J'aimerais exposer un jour les portraits des membres de la Fédération.",
    ],
    services: [
      {
        title: 'Portraits professionnels',
        description: 'Une séance en lumière naturelle, trois à cinq images retouchées par personne.',
      },
      {
        title: 'Reportage',
        description: "Une journée d'immersion dans votre structure pour raconter votre activité en images.",
      },
      {
        title: "Banque d'images",
        description: 'Quarante photos libres de droits pour votre site, vos réseaux et vos dossiers.',
      },
    ],
    references: [
      {
        client: 'Ferme maraîchère du Moulin Neuf',
        description: 'Reportage sur une saison complète, utilisé pour leur campagne de financement participatif.',
      },
      {
        client: 'Maison de santé pluriprofessionnelle des Coteaux',
        description: "Portraits de l'équipe et photos des locaux.",
      },
      { client: 'Librairie Le Chat Lecteur', description: 'Photos des rencontres d’auteurs pendant un an.' },
    ],
  },
  {
    key: 'formateur',
    title: ['formateur', 'formatrice'],
    weight: 5,
    core: ['formation-adultes', 'prise-de-parole'],
    side: ['intelligence-collective', 'gestion-de-projet', 'construction-offre', 'coaching'],
    headlines: [
      '[[Formateur|Formatrice]] pour adultes : prise de parole, outils numériques, pédagogie active',
      '[[Formateur certifié|Formatrice certifiée]] Qualiopi, formations courtes et concrètes pour les indépendants',
    ],
    work: [
      'Je conçois et anime des formations courtes où l’on pratique plus qu’on n’écoute.',
      'Je suis [[certifié|certifiée]] Qualiopi, ce qui permet à mes stagiaires de faire financer leur formation.',
    ],
    canDo: [
      "Je peux concevoir une formation d'une ou deux journées à partir de vos besoins, supports compris.",
      'Je peux former des formateurs occasionnels à animer de façon vivante et à évaluer les acquis.',
      'Je sais monter le dossier de financement OPCO ou FAF d’une formation.',
    ],
    cannotDo: [
      'Je ne fais pas de formations de plus de cinq jours : au-delà, je passe le relais.',
      "Je n'interviens pas en e-learning asynchrone : j'ai besoin d'un groupe en face de moi, même en visio.",
    ],
    wishes: [
      'Je souhaite partager ma certification Qualiopi avec d’autres membres, dans un cadre clair.',
      "J'aimerais co-animer des ateliers avec des membres qui ont une expertise que je n'ai pas.",
    ],
    services: [
      {
        title: 'Formation à la prise de parole',
        description: 'Deux jours pour parler en public avec clarté, en petit groupe et avec des mises en situation.',
      },
      {
        title: 'Conception pédagogique',
        description: 'Vous avez une expertise, je vous aide à en faire une formation vivante.',
      },
      {
        title: 'Formation de formateurs',
        description: 'Animer, faire participer, évaluer : les bases pour les formateurs occasionnels.',
      },
    ],
    references: [
      {
        client: 'Couveuse d’entreprises Cap Avenir',
        description: 'Module « pitcher son projet » pour chaque promotion depuis trois ans.',
      },
      {
        client: 'Réseau des ressourceries de la région',
        description: 'Formation des encadrants techniques à l’animation d’équipe.',
      },
      { client: 'Centre social Les Tilleuls', description: 'Ateliers numériques pour les bénévoles.' },
    ],
  },
  {
    key: 'juriste',
    title: ['juriste', 'juriste'],
    weight: 3,
    core: ['droit-des-affaires', 'statut-juridique', 'rgpd'],
    side: ['negociation', 'gouvernance-partagee', 'formation-adultes'],
    headlines: [
      "Juriste en droit des affaires et de l'ESS : statuts, contrats, coopératives",
      'Juriste [[indépendant|indépendante]] : contrats clairs et statuts adaptés aux projets collectifs',
    ],
    work: [
      "J'aide les entrepreneurs à choisir leur statut et à rédiger des contrats qu'ils comprennent vraiment.",
      'Je suis [[spécialisé|spécialisée]] dans les SCOP, les SCIC et les associations qui se développent.',
    ],
    canDo: [
      'Je peux rédiger ou relire des conditions générales de vente, un contrat de prestation ou un accord de groupement.',
      "Je peux accompagner la transformation d'une association en SCIC, étape par étape.",
      "Je sais traduire une clause obscure en français courant, c'est même ce que je préfère.",
    ],
    cannotDo: [
      'Je ne suis pas [[avocat|avocate]] : je ne plaide pas et je ne représente personne devant un tribunal.',
      'Je ne traite pas le droit du travail contentieux, je vous oriente vers des confrères.',
    ],
    wishes: [
      "J'aimerais proposer au réseau un modèle de convention de groupement pour les réponses à plusieurs.",
      'Je souhaite trouver un·e comptable avec qui accompagner les créations de coopératives.',
    ],
    services: [
      {
        title: 'Choix du statut',
        description: 'Comparer micro-entreprise, SAS, SCOP ou CAE selon votre projet, et préparer les statuts.',
      },
      { title: 'Contrats et CGV', description: 'Rédaction et relecture de vos contrats, en langage clair.' },
      {
        title: 'Groupements et coopération',
        description: 'Conventions de groupement, pactes d’associés et chartes de collectifs.',
      },
    ],
    references: [
      {
        client: 'SCIC Énergies Citoyennes du Bocage',
        description: "Rédaction des statuts et accompagnement jusqu'à l'immatriculation.",
      },
      {
        client: 'Collectif de paysagistes Racines',
        description: 'Convention de groupement pour répondre ensemble aux marchés publics.',
      },
      { client: 'Association Vélo Cité Nord', description: 'Mise en conformité RGPD du fichier des adhérents.' },
    ],
  },
  {
    key: 'traducteur',
    title: ['traducteur', 'traductrice'],
    weight: 4,
    core: ['traduction', 'redaction-web'],
    side: ['relation-client', 'marketing-contenu', 'accessibilite-numerique'],
    headlines: [
      '[[Traducteur|Traductrice]] anglais et allemand vers le français, textes institutionnels et culturels',
      '[[Traducteur|Traductrice]] et [[relecteur|relectrice]] : sites web, rapports, sous-titres',
    ],
    work: [
      "Je traduis de l'anglais et de l'allemand vers le français, surtout pour des structures culturelles et des ONG.",
      'Je relis aussi des textes écrits directement en français, avec un œil sur la clarté et le langage inclusif.',
    ],
    canDo: [
      'Je peux traduire environ 2 500 mots par jour avec une relecture croisée par un·e collègue.',
      'Je peux adapter un site entier en anglais, y compris les métadonnées et les textes alternatifs.',
      'Je sais sous-titrer une vidéo courte et livrer les fichiers SRT.',
    ],
    cannotDo: [
      "Je ne fais pas de traduction assermentée (actes d'état civil, jugements).",
      "Je ne traduis pas vers l'anglais : je travaille toujours vers ma langue maternelle.",
    ],
    wishes: [
      "J'aimerais former un collectif de traducteurs pour accepter de plus gros volumes sans sacrifier la qualité.",
      'Je souhaite intervenir dans des projets européens avec des partenaires du réseau.',
    ],
    services: [
      {
        title: 'Traduction EN/DE → FR',
        description: 'Rapports, sites, dossiers de presse, avec relecture par un·e second·e traducteur·rice.',
      },
      { title: 'Relecture et réécriture', description: 'Des textes plus clairs, plus courts, et lisibles par tous.' },
      { title: 'Sous-titrage', description: 'Sous-titres français ou anglais pour vos vidéos courtes.' },
    ],
    references: [
      {
        client: 'Festival Les Nuits Courtes',
        description: 'Traduction du programme et des synopsis de 80 courts métrages.',
      },
      { client: 'ONG Eau Vive Sahel', description: 'Traduction des rapports annuels destinés aux bailleurs.' },
      { client: 'Musée de la Batellerie', description: "Textes de l'exposition permanente et audioguide." },
    ],
  },
  {
    key: 'menuisier',
    title: ['menuisier éco-construction', 'menuisière éco-construction'],
    weight: 3,
    core: ['eco-construction', 'renovation-energetique'],
    side: ['gestion-de-projet', 'appels-offres', 'formation-adultes'],
    headlines: [
      '[[Menuisier|Menuisière]] en éco-construction : ossature bois, isolation biosourcée, agencement',
      '[[Artisan menuisier|Artisane menuisière]], bois local et chantiers participatifs',
    ],
    work: [
      "Je construis et j'agence avec du bois local, de la paille et de la fibre de bois, en travaillant avec les scieries de la région.",
      "J'organise aussi des chantiers participatifs où les propriétaires mettent la main à la pâte.",
    ],
    canDo: [
      "Je peux réaliser une extension à ossature bois ou l'agencement complet d'un local, de la conception à la pose.",
      'Je peux encadrer un chantier participatif de huit à douze personnes en toute sécurité.',
      'Je sais chiffrer précisément un lot menuiserie dans un appel d’offres.',
    ],
    cannotDo: [
      "Je ne fais pas de gros œuvre ni d'électricité : il me faut des partenaires pour les autres lots.",
      'Je ne me déplace pas à plus de 80 km de mon atelier.',
    ],
    wishes: [
      'Je souhaite constituer un groupement d’artisans pour répondre ensemble aux marchés de rénovation des écoles.',
      "J'aimerais qu'un·e comptable m'aide à y voir clair dans ma trésorerie de chantier.",
    ],
    services: [
      {
        title: 'Ossature et extension bois',
        description: 'Conception et réalisation avec des bois de pays et des isolants biosourcés.',
      },
      { title: 'Agencement intérieur', description: 'Mobilier sur mesure pour boutiques, tiers-lieux et cuisines.' },
      {
        title: 'Chantiers participatifs',
        description: 'Encadrement technique et organisation de chantiers où chacun apprend.',
      },
    ],
    references: [
      { client: 'Tiers-lieu La Fabrique commune', description: 'Agencement complet de l’atelier partagé et du café.' },
      { client: 'École primaire de Saint-Aubin', description: 'Cabane pédagogique construite avec les élèves.' },
      { client: 'Famille Lemaître', description: 'Extension de 25 m² en ossature bois et paille.' },
    ],
  },
  {
    key: 'coach',
    title: ['coach professionnel', 'coach professionnelle'],
    weight: 4,
    core: ['coaching', 'prise-de-parole'],
    side: ['intelligence-collective', 'construction-offre', 'formation-adultes', 'gouvernance-partagee'],
    headlines: [
      'Coach [[professionnel certifié|professionnelle certifiée]] : transitions, posture d’entrepreneur, équilibre',
      'Coach pour indépendants : trouver son rythme et oser dire non',
    ],
    work: [
      "J'accompagne des indépendants qui doutent, qui s'épuisent ou qui veulent changer de cap.",
      "Je travaille en séances individuelles et en groupes de pairs, où l'on s'entraide entre entrepreneurs.",
    ],
    canDo: [
      'Je peux vous accompagner sur six à dix séances pour clarifier un choix professionnel.',
      'Je peux animer un groupe de co-développement entre indépendants, une fois par mois.',
      'Je sais aider une équipe à poser les tensions sur la table sans casser la relation.',
    ],
    cannotDo: [
      'Je ne suis pas thérapeute : quand la souffrance dépasse le cadre professionnel, j’oriente.',
      'Je ne fais pas de coaching en entreprise imposé par la hiérarchie.',
    ],
    wishes: [
      'Je souhaite proposer à la Fédération un cercle mensuel de co-développement.',
      "J'aimerais travailler avec un·e facilitateur·rice sur la régulation des tensions dans les collectifs.",
    ],
    services: [
      {
        title: 'Coaching individuel',
        description: 'Six à dix séances pour clarifier un choix, retrouver de l’élan ou poser ses limites.',
      },
      {
        title: 'Groupes de co-développement',
        description: 'Des pairs qui s’aident à résoudre des situations réelles, une fois par mois.',
      },
      {
        title: 'Régulation en équipe',
        description: 'Une journée pour traverser une tension et repartir avec des règles communes.',
      },
    ],
    references: [
      {
        client: 'Couveuse d’entreprises Cap Avenir',
        description: 'Groupes de co-développement pour les porteurs de projet.',
      },
      { client: 'SCOP Les Toits Verts', description: 'Accompagnement des associés lors d’un changement de gérance.' },
      { client: 'Association Les Jardins partagés du Canal', description: 'Médiation entre bénévoles et salariés.' },
    ],
  },
  {
    key: 'redacteur',
    title: ['rédacteur web', 'rédactrice web'],
    weight: 4,
    core: ['redaction-web', 'marketing-contenu'],
    side: ['relations-presse', 'reseaux-sociaux', 'communication-responsable', 'traduction'],
    headlines: [
      '[[Rédacteur|Rédactrice]] web et [[concepteur-rédacteur|conceptrice-rédactrice]] : des textes clairs qui donnent envie',
      '[[Rédacteur|Rédactrice]] pour les structures engagées : sites, newsletters, rapports',
    ],
    work: [
      "J'écris les textes de sites, de newsletters et de rapports pour des structures qui ont beaucoup à dire et peu de temps pour l'écrire.",
      "Je mène des entretiens pour trouver les mots justes, puis j'écris simple.",
    ],
    canDo: [
      "Je peux écrire les contenus d'un site de dix pages en trois semaines, entretiens compris.",
      'Je peux tenir votre newsletter mensuelle et votre blog sur l’année.',
      'Je sais rendre lisible un rapport d’activité de quarante pages.',
    ],
    cannotDo: [
      'Je ne fais pas de rédaction optimisée à la chaîne pour le référencement.',
      "Je n'écris pas pour des secteurs que je ne comprends pas, comme la finance de marché.",
    ],
    wishes: [
      'Je souhaite travailler en binôme avec un·e graphiste sur des rapports d’activité.',
      'J’aimerais animer un atelier « écrire pour être lu ».',
    ],
    services: [
      { title: 'Contenus de site', description: 'Entretiens, arborescence et textes de votre site, relus avec vous.' },
      { title: 'Newsletter et blog', description: 'Un rendez-vous régulier avec vos lecteurs, écrit avec votre voix.' },
      { title: "Rapport d'activité", description: 'Un document lisible, qui raconte plutôt qu’il n’énumère.' },
    ],
    references: [
      { client: 'Réseau des AMAP du département', description: 'Newsletter mensuelle et guide du nouvel adhérent.' },
      { client: 'Cabinet d’architectes Lumen', description: 'Textes du site et fiches projets.' },
      { client: 'Maison de santé pluriprofessionnelle des Coteaux', description: 'Livret d’accueil des patients.' },
    ],
  },
  {
    key: 'community-manager',
    title: ['community manager', 'community manager'],
    weight: 3,
    core: ['reseaux-sociaux', 'marketing-contenu', 'communication-responsable'],
    side: ['video', 'photographie', 'redaction-web'],
    headlines: [
      'Community manager pour les commerces de proximité et les associations',
      'Réseaux sociaux sans frénésie : une présence régulière et sincère',
    ],
    work: [
      "J'anime les réseaux sociaux de commerces et d'associations, avec l'idée qu'il vaut mieux publier moins mais mieux.",
      'Je forme aussi les équipes à prendre le relais, pour ne pas rester indispensable.',
    ],
    canDo: [
      'Je peux prendre en charge vos publications sur deux réseaux, calendrier éditorial compris.',
      'Je peux former une équipe à gérer ses réseaux en deux demi-journées.',
      'Je sais lancer et animer une campagne de financement participatif.',
    ],
    cannotDo: [
      'Je ne gère pas de publicité payante avec de gros budgets.',
      'Je ne suis pas disponible le soir et le week-end pour de la modération en direct.',
    ],
    wishes: [
      'Je souhaite rencontrer des photographes et des vidéastes pour produire des contenus ensemble.',
      "J'aimerais aider d'autres membres à se rendre visibles sans y passer leurs soirées.",
    ],
    services: [
      {
        title: 'Animation des réseaux',
        description: 'Calendrier éditorial, publications et réponses, deux réseaux maximum.',
      },
      { title: 'Formation des équipes', description: 'Deux demi-journées pour devenir autonomes.' },
      {
        title: 'Campagne de financement participatif',
        description: 'Préparation, contenus et animation pendant la collecte.',
      },
    ],
    references: [
      { client: 'Épicerie vrac La Cagette Bleue', description: 'Animation Instagram et Facebook depuis l’ouverture.' },
      {
        client: 'Ferme maraîchère du Moulin Neuf',
        description: 'Campagne de financement participatif réussie (112 % de l’objectif).',
      },
      { client: 'Ressourcerie La Remise', description: 'Formation de l’équipe salariée et des bénévoles.' },
    ],
  },
  {
    key: 'facilitateur',
    title: ['facilitateur en intelligence collective', 'facilitatrice en intelligence collective'],
    weight: 4,
    core: ['intelligence-collective', 'gouvernance-partagee'],
    side: ['formation-adultes', 'gestion-de-projet', 'coaching', 'strategie-rse'],
    headlines: [
      '[[Facilitateur|Facilitatrice]] : séminaires, gouvernance partagée, décisions collectives',
      '[[Facilitateur|Facilitatrice]] en intelligence collective pour les équipes qui veulent décider ensemble',
    ],
    work: [
      "J'aide les équipes et les collectifs à décider ensemble : séminaires, concertations, mise en place de gouvernance partagée.",
      "J'utilise la sociocratie, le forum ouvert et beaucoup de post-it, mais surtout de l'écoute.",
    ],
    canDo: [
      'Je peux concevoir et animer un séminaire de une à deux journées pour vingt à soixante personnes.',
      'Je peux accompagner un collectif pendant six mois vers une gouvernance partagée.',
      'Je sais faciliter une décision difficile par consentement.',
    ],
    cannotDo: [
      "Je ne fais pas d'animation de team building ludique.",
      'Je ne facilite pas quand je suis aussi partie prenante : je passe alors la main.',
    ],
    wishes: [
      'Je souhaite aider les collectifs de la Fédération à écrire leur cadre de fonctionnement.',
      "J'aimerais co-animer avec un·e coach des ateliers sur la régulation des tensions.",
    ],
    services: [
      {
        title: 'Séminaires et concertations',
        description: 'Conception et animation de temps collectifs qui aboutissent à des décisions.',
      },
      {
        title: 'Gouvernance partagée',
        description: 'Rôles, cercles et prise de décision par consentement, mis en place pas à pas.',
      },
      {
        title: 'Formation à la facilitation',
        description: 'Deux jours pour animer des réunions plus courtes et plus utiles.',
      },
    ],
    references: [
      { client: 'Communauté de communes du Val de Loue', description: 'Concertation citoyenne sur le plan vélo.' },
      {
        client: 'SCIC Énergies Citoyennes du Bocage',
        description: 'Mise en place des cercles et élection sans candidat des rôles.',
      },
      { client: 'Centre social Les Tilleuls', description: 'Séminaire annuel salariés et bénévoles.' },
    ],
  },
  {
    key: 'designer-ux',
    title: ['designer UX', 'designer UX'],
    weight: 3,
    core: ['design-ux', 'accessibilite-numerique'],
    side: ['identite-visuelle', 'developpement-web', 'intelligence-collective'],
    headlines: [
      'Designer UX/UI : des services numériques simples pour tous les publics',
      'Design de services numériques inclusifs, de la recherche utilisateur aux maquettes',
    ],
    work: [
      "Je conçois des services numériques en partant des gens qui vont s'en servir, y compris ceux qui sont loin du numérique.",
      'Je mène des entretiens et des tests, puis je dessine des maquettes que les développeurs aiment recevoir.',
    ],
    canDo: [
      'Je peux mener une recherche utilisateur légère (huit entretiens) et en tirer des recommandations claires.',
      'Je peux concevoir les maquettes d’un site ou d’une application avec un design system simple.',
      "Je sais animer un atelier de conception avec des usagers et des agents d'accueil.",
    ],
    cannotDo: [
      'Je ne développe pas : je travaille avec des développeurs et développeuses.',
      "Je ne fais pas d'illustration ni de motion design.",
    ],
    wishes: [
      "J'aimerais constituer une équipe pluridisciplinaire pour répondre aux marchés publics de services numériques.",
      'Je souhaite partager des méthodes de test utilisateur à petit budget.',
    ],
    services: [
      {
        title: 'Recherche utilisateur',
        description: 'Entretiens et tests pour comprendre vos publics avant de concevoir.',
      },
      {
        title: 'Maquettes et prototypes',
        description: 'Parcours, maquettes et prototype cliquable, accessibles dès la conception.',
      },
      { title: 'Ateliers de co-conception', description: 'Faire concevoir vos usagers et vos équipes ensemble.' },
    ],
    references: [
      { client: 'Maison France Services de la vallée', description: 'Refonte du parcours de prise de rendez-vous.' },
      { client: 'Association Vélo Cité Nord', description: 'Application de signalement des aménagements dangereux.' },
      { client: 'Mutuelle solidaire Entraide', description: 'Tests utilisateurs de l’espace adhérent.' },
    ],
  },
  {
    key: 'assistant-administratif',
    title: ['assistant administratif', 'assistante administrative'],
    weight: 4,
    core: ['facturation-tresorerie', 'paie-social'],
    side: ['comptabilite', 'relation-client', 'rgpd', 'financements-publics'],
    headlines: [
      '[[Assistant administratif|Assistante administrative]] [[indépendant|indépendante]] : facturation, relances, classement',
      'Back-office externalisé pour indépendants et petites associations',
    ],
    work: [
      "Je prends en charge l'administratif des indépendants qui préfèrent passer leur temps sur leur métier : devis, factures, relances, classement.",
      'Je travaille à distance, avec des outils simples, et je rends compte chaque semaine.',
    ],
    canDo: [
      'Je peux gérer vos devis, factures et relances clients, et tenir un tableau de suivi à jour.',
      'Je peux préparer les éléments de paie et les déclarations sociales d’une petite association.',
      'Je sais remettre de l’ordre dans des années de papiers en retard, sans jugement.',
    ],
    cannotDo: [
      'Je ne tiens pas la comptabilité complète : je prépare les pièces pour votre comptable.',
      'Je ne réponds pas au téléphone à votre place toute la journée.',
    ],
    wishes: [
      'Je souhaite mutualiser mes services avec un·e comptable et un·e juriste pour proposer un back-office complet.',
      "J'aimerais apprendre à répondre aux appels d'offres pour aider d'autres membres à monter leurs dossiers.",
    ],
    services: [
      { title: 'Facturation et relances', description: 'Devis, factures, relances et suivi des encaissements.' },
      {
        title: 'Préparation de la paie',
        description: 'Éléments variables, déclarations sociales et suivi des contrats.',
      },
      { title: 'Remise à plat administrative', description: 'Tri, classement et mise en place d’outils simples.' },
    ],
    references: [
      {
        client: 'Compagnie de théâtre Grand Écart',
        description: 'Gestion administrative des tournées et des contrats d’intermittents.',
      },
      { client: 'Cabinet d’architectes Lumen', description: 'Facturation et relances depuis deux ans.' },
      { client: 'Atelier céramique Terre Neuve', description: 'Remise à plat de trois années de pièces comptables.' },
    ],
  },
  {
    key: 'attache-presse',
    title: ['attaché de presse', 'attachée de presse'],
    weight: 2,
    core: ['relations-presse', 'redaction-web'],
    side: ['reseautage', 'prise-de-parole', 'communication-responsable'],
    headlines: [
      '[[Attaché|Attachée]] de presse pour les projets culturels, sociaux et environnementaux',
      'Relations presse et médias locaux pour les initiatives qui méritent d’être connues',
    ],
    work: [
      'Je fais connaître des projets culturels et solidaires auprès de la presse régionale et spécialisée.',
      'Je prépare aussi les porteurs de projet à leurs interviews, radio comprise.',
    ],
    canDo: [
      'Je peux rédiger un communiqué et un dossier de presse et les diffuser auprès d’un fichier ciblé.',
      'Je peux organiser une conférence de presse ou une visite de lieu pour des journalistes.',
      'Je sais préparer quelqu’un à sa première interview en une séance.',
    ],
    cannotDo: [
      'Je ne garantis jamais de retombées : je garantis le travail.',
      "Je ne travaille pas avec les médias nationaux télévisés, ce n'est pas mon réseau.",
    ],
    wishes: [
      'Je souhaite que la Fédération ait une vraie stratégie de relations presse, et j’ai envie d’y contribuer.',
      "J'aimerais travailler avec un·e photographe pour des dossiers de presse plus vivants.",
    ],
    services: [
      { title: 'Communiqués et dossiers de presse', description: 'Rédaction, fichier ciblé, diffusion et relances.' },
      { title: 'Préparation aux interviews', description: 'Une séance pour être à l’aise face à un micro.' },
      { title: 'Événements presse', description: 'Conférences et visites de presse dans votre lieu.' },
    ],
    references: [
      { client: 'Festival Les Nuits Courtes', description: 'Relations presse régionales pour trois éditions.' },
      {
        client: 'Ressourcerie La Remise',
        description: 'Lancement de la seconde boutique : six articles et deux passages radio.',
      },
      { client: 'Librairie Le Chat Lecteur', description: 'Campagne pour les vingt ans de la librairie.' },
    ],
  },
  {
    key: 'videaste',
    title: ['vidéaste', 'vidéaste'],
    weight: 3,
    core: ['video', 'photographie'],
    side: ['reseaux-sociaux', 'communication-responsable', 'redaction-web'],
    headlines: [
      'Vidéaste : portraits filmés, captations et vidéos courtes pour le web',
      "Vidéaste documentaire pour les associations et l'économie sociale et solidaire",
    ],
    work: [
      'Je réalise des vidéos courtes et des portraits filmés, avec une approche documentaire et peu de moyens techniques lourds.',
      "Je tourne souvent [[seul|seule]], ce qui met les gens à l'aise devant la caméra.",
    ],
    canDo: [
      "Je peux réaliser un film de présentation de deux à trois minutes, de l'écriture au montage.",
      'Je peux capter une conférence ou une table ronde et livrer les vidéos sous une semaine.',
      'Je sais former une équipe à tourner des vidéos correctes au smartphone.',
    ],
    cannotDo: ["Je ne fais pas d'animation 3D ni d'effets spéciaux.", 'Je ne filme pas de mariages.'],
    wishes: [
      'Je souhaite trouver un·e rédacteur·rice pour co-écrire des portraits d’entrepreneurs.',
      "J'aimerais filmer la vie de la Fédération et en faire un petit documentaire.",
    ],
    services: [
      {
        title: 'Film de présentation',
        description: 'Deux à trois minutes pour montrer votre activité telle qu’elle est.',
      },
      { title: 'Captation', description: 'Conférences, tables rondes et spectacles, montage compris.' },
      { title: 'Formation vidéo au smartphone', description: 'Une journée pour tourner et monter simplement.' },
    ],
    references: [
      { client: 'Ferme maraîchère du Moulin Neuf', description: 'Film de la campagne de financement participatif.' },
      { client: 'Compagnie de théâtre Grand Écart', description: 'Captations et bandes-annonces des spectacles.' },
      { client: 'Réseau des AMAP du département', description: 'Série de cinq portraits de producteurs.' },
    ],
  },
  {
    key: 'consultant-financements',
    title: ['consultant en financements', 'consultante en financements'],
    weight: 3,
    core: ['financements-publics', 'appels-offres', 'pilotage-financier'],
    side: ['modele-economique', 'redaction-web', 'gestion-de-projet'],
    headlines: [
      '[[Consultant|Consultante]] en financements : subventions, fonds européens, appels à projets',
      "Dossiers de subvention et appels à projets pour les structures de l'ESS",
    ],
    work: [
      "J'aide les associations et les entreprises de l'ESS à trouver des financements et à monter des dossiers solides.",
      "J'ai travaillé huit ans dans une collectivité : je sais ce que les instructeurs attendent.",
    ],
    canDo: [
      'Je peux identifier les financements possibles pour votre projet et vous faire un calendrier de dépôt.',
      'Je peux rédiger un dossier de subvention ou de réponse à appel à projets, budget compris.',
      'Je sais coordonner une réponse à plusieurs partenaires pour un fonds européen.',
    ],
    cannotDo: [
      'Je ne travaille pas au pourcentage des sommes obtenues, seulement au forfait.',
      'Je ne fais pas de levée de fonds privée ni de recherche de mécènes.',
    ],
    wishes: [
      "J'aimerais former un groupe de membres qui répondent régulièrement ensemble aux appels d'offres.",
      'Je souhaite partager une veille des appels à projets avec le réseau.',
    ],
    services: [
      {
        title: 'Cartographie des financements',
        description: 'Les aides possibles pour votre projet et un calendrier de dépôt.',
      },
      {
        title: 'Rédaction de dossiers',
        description: 'Subventions, appels à projets et fonds européens, budget compris.',
      },
      {
        title: 'Coordination de réponses collectives',
        description: "Organiser un groupement pour répondre à un appel d'offres.",
      },
    ],
    references: [
      {
        client: 'Tiers-lieu La Fabrique commune',
        description: 'Financement de l’aménagement (180 000 € obtenus auprès de quatre financeurs).',
      },
      {
        client: 'Association Les Jardins partagés du Canal',
        description: "Dossier FDVA et appel à projets de la fondation d'entreprise locale.",
      },
      {
        client: 'SCIC Énergies Citoyennes du Bocage',
        description: 'Montage du dossier pour le fonds régional de transition.',
      },
    ],
  },
  {
    key: 'conseiller-renovation',
    title: ['conseiller en rénovation énergétique', 'conseillère en rénovation énergétique'],
    weight: 2,
    core: ['renovation-energetique', 'bilan-carbone'],
    side: ['eco-construction', 'formation-adultes', 'financements-publics'],
    headlines: [
      '[[Thermicien|Thermicienne]] et [[conseiller|conseillère]] en rénovation énergétique',
      'Audits énergétiques et accompagnement des rénovations performantes',
    ],
    work: [
      "Je réalise des audits énergétiques et j'accompagne des particuliers et des petites copropriétés dans leur rénovation.",
      'Je privilégie les matériaux biosourcés et je travaille avec des artisans que je connais.',
    ],
    canDo: [
      'Je peux réaliser un audit énergétique de maison individuelle et proposer deux scénarios de travaux chiffrés.',
      "Je peux aider à monter les dossiers d'aides à la rénovation.",
      "Je sais expliquer une étude thermique à des gens qui n'y connaissent rien.",
    ],
    cannotDo: ['Je ne réalise pas les travaux moi-même.', 'Je ne fais pas d’audit de grands bâtiments tertiaires.'],
    wishes: [
      "J'aimerais travailler en groupement avec des artisans du réseau pour proposer des rénovations clés en main.",
      'Je souhaite animer des ateliers grand public sur la sobriété énergétique.',
    ],
    services: [
      { title: 'Audit énergétique', description: 'État des lieux, deux scénarios de travaux et estimation des aides.' },
      { title: 'Accompagnement des travaux', description: 'Choix des artisans, suivi du chantier et réception.' },
      { title: 'Ateliers sobriété', description: 'Des ateliers concrets pour réduire ses consommations.' },
    ],
    references: [
      { client: 'Copropriété Les Glycines', description: "Audit et accompagnement de l'isolation par l'extérieur." },
      { client: 'Famille Lemaître', description: 'Rénovation globale d’une longère, étiquette passée de F à B.' },
      { client: 'Centre social Les Tilleuls', description: 'Cycle de quatre ateliers sur les économies d’énergie.' },
    ],
  },
  {
    key: 'consultant-strategie',
    title: ['consultant en création d’activité', 'consultante en création d’activité'],
    weight: 3,
    core: ['modele-economique', 'construction-offre', 'pilotage-financier'],
    side: ['prospection-commerciale', 'statut-juridique', 'coaching', 'financements-publics'],
    headlines: [
      '[[Consultant|Consultante]] : modèle économique et construction d’offre pour indépendants',
      'J’aide les entrepreneurs à vivre de leur activité sans renier leurs valeurs',
    ],
    work: [
      "J'aide les indépendants et les petites structures à construire une offre claire et un modèle économique qui tienne.",
      "J'ai moi-même créé deux entreprises, dont une qui n'a pas marché : j'en parle volontiers.",
    ],
    canDo: [
      'Je peux vous aider à construire votre offre et votre grille tarifaire en trois séances.',
      'Je peux challenger un prévisionnel et un modèle économique avant une demande de prêt.',
      'Je sais aider un collectif à construire une offre commune et à partager la valeur.',
    ],
    cannotDo: [
      'Je ne fais pas votre prospection à votre place.',
      "Je n'accompagne pas les projets dont je ne comprends pas l'utilité sociale.",
    ],
    wishes: [
      "J'aimerais accompagner les collectifs de la Fédération qui veulent construire une offre commune.",
      'Je souhaite animer un atelier sur la fixation de ses prix.',
    ],
    services: [
      {
        title: 'Construire son offre',
        description: 'Trois séances pour clarifier à qui vous vous adressez, quoi et à quel prix.',
      },
      { title: 'Modèle économique', description: 'Un modèle qui tient, testé avec des chiffres réalistes.' },
      {
        title: 'Offres collectives',
        description: 'Construire une offre à plusieurs et s’entendre sur le partage de la valeur.',
      },
    ],
    references: [
      {
        client: 'Couveuse d’entreprises Cap Avenir',
        description: 'Ateliers « construire son offre » pour chaque promotion.',
      },
      {
        client: 'Collectif de paysagistes Racines',
        description: 'Construction de l’offre commune et des règles de partage.',
      },
      { client: 'Atelier céramique Terre Neuve', description: 'Nouvelle gamme de cours et tarification.' },
    ],
  },
  {
    key: 'developpeur-commercial',
    title: ['développeur commercial', 'développeuse commerciale'],
    weight: 2,
    core: ['prospection-commerciale', 'negociation', 'relation-client'],
    side: ['appels-offres', 'reseautage', 'construction-offre'],
    headlines: [
      '[[Développeur commercial|Développeuse commerciale]] à temps partagé pour les petites structures',
      'Prospection et développement commercial, sans forcer la main',
    ],
    work: [
      "Je fais du développement commercial à temps partagé pour des structures qui n'ont pas les moyens d'un poste à temps plein.",
      "Je crois à une prospection respectueuse : on écoute d'abord, on propose ensuite.",
    ],
    canDo: [
      'Je peux structurer votre prospection : cibles, fichier, messages, relances, outil de suivi.',
      'Je peux prendre en charge deux jours par mois de prospection pour vous.',
      'Je sais préparer une négociation difficile avec un gros client.',
    ],
    cannotDo: ['Je ne fais pas de démarchage téléphonique de masse.', 'Je ne travaille pas à la commission seule.'],
    wishes: [
      "J'aimerais apporter des affaires à d'autres membres quand ce n'est pas pour moi.",
      'Je souhaite animer un atelier « prospecter sans se renier ».',
    ],
    services: [
      {
        title: 'Plan de prospection',
        description: 'Cibles, messages et rythme de relances, adaptés à votre temps disponible.',
      },
      { title: 'Développement commercial à temps partagé', description: 'Deux à quatre jours par mois à vos côtés.' },
      {
        title: 'Préparation de négociation',
        description: 'Une séance pour arriver prêt·e face à un client important.',
      },
    ],
    references: [
      { client: 'Imprimerie coopérative Le Trait', description: 'Ouverture de trente nouveaux comptes en un an.' },
      {
        client: 'Brasserie artisanale du Vieux Port',
        description: 'Référencement auprès de douze cavistes et restaurants.',
      },
      { client: 'Mutuelle solidaire Entraide', description: 'Prospection auprès des associations employeuses.' },
    ],
  },
  {
    key: 'illustrateur',
    title: ['illustrateur', 'illustratrice'],
    weight: 2,
    core: ['identite-visuelle', 'communication-responsable'],
    side: ['reseaux-sociaux', 'formation-adultes', 'intelligence-collective'],
    headlines: [
      '[[Illustrateur|Illustratrice]] et facilitation graphique',
      '[[Illustrateur|Illustratrice]] : supports pédagogiques, livrets et facilitation graphique en direct',
    ],
    work: [
      "J'illustre des livrets pédagogiques, des rapports et des affiches, et je dessine en direct pendant des séminaires.",
      "La facilitation graphique aide les groupes à se souvenir de ce qu'ils ont décidé ; c'est ce qui me plaît.",
    ],
    canDo: [
      'Je peux illustrer un livret de vingt pages en un mois.',
      'Je peux faire de la facilitation graphique en direct pendant une journée de séminaire.',
      'Je sais transformer un processus compliqué en une affiche que tout le monde comprend.',
    ],
    cannotDo: [
      'Je ne fais pas de logos : je travaille avec des graphistes pour ça.',
      'Je ne dessine pas de bandes dessinées longues.',
    ],
    wishes: [
      "J'aimerais dessiner pendant les rencontres de la Fédération.",
      'Je souhaite travailler avec des formateurs sur des supports pédagogiques illustrés.',
    ],
    services: [
      { title: 'Facilitation graphique', description: 'Une fresque dessinée en direct pendant votre séminaire.' },
      { title: 'Illustration de supports', description: 'Livrets, guides et affiches pédagogiques.' },
      { title: 'Schémas explicatifs', description: 'Vos processus et vos idées, rendus lisibles en une image.' },
    ],
    references: [
      { client: 'Centre social Les Tilleuls', description: 'Livret d’accueil illustré des bénévoles.' },
      { client: 'Communauté de communes du Val de Loue', description: 'Fresques des ateliers de concertation.' },
      { client: 'Réseau des AMAP du département', description: 'Affiche « comment fonctionne une AMAP ».' },
    ],
  },
  {
    key: 'architecte-interieur',
    title: ['architecte d’intérieur', 'architecte d’intérieur'],
    weight: 2,
    core: ['eco-construction', 'gestion-de-projet'],
    side: ['renovation-energetique', 'design-ux', 'relation-client'],
    headlines: [
      'Architecte d’intérieur éco-responsable : réemploi, matériaux sains, lieux partagés',
      'Aménagement de tiers-lieux, boutiques et bureaux avec des matériaux de réemploi',
    ],
    work: [
      "J'aménage des lieux de travail et d'accueil en utilisant le plus possible de matériaux de réemploi.",
      'Je travaille avec des ressourceries et des artisans locaux, et je conçois en impliquant les futurs usagers.',
    ],
    canDo: [
      "Je peux concevoir l'aménagement d'un local de 50 à 500 m², plans et consultation des artisans compris.",
      'Je peux organiser un sourcing de mobilier et de matériaux de réemploi.',
      "Je sais animer un atelier de conception avec les futurs usagers d'un lieu.",
    ],
    cannotDo: [
      'Je ne signe pas de permis de construire : au-delà, je travaille avec un·e architecte.',
      'Je ne fais pas de décoration haut de gamme.',
    ],
    wishes: [
      'Je souhaite former une équipe avec des menuisiers et des thermiciens du réseau.',
      "J'aimerais que la Fédération ait un répertoire des ressourceries de matériaux.",
    ],
    services: [
      { title: 'Conception d’aménagement', description: 'Plans, matériaux et consultation des artisans.' },
      { title: 'Réemploi', description: 'Sourcing de matériaux et de mobilier de seconde main.' },
      { title: 'Ateliers usagers', description: 'Concevoir le lieu avec celles et ceux qui l’occuperont.' },
    ],
    references: [
      { client: 'Tiers-lieu La Fabrique commune', description: 'Aménagement de 400 m² à 70 % en réemploi.' },
      { client: 'Librairie Le Chat Lecteur', description: 'Nouvel espace jeunesse.' },
      {
        client: 'Maison de santé pluriprofessionnelle des Coteaux',
        description: 'Salle d’attente et espace d’accueil.',
      },
    ],
  },
  {
    key: 'dpo',
    title: ['délégué à la protection des données', 'déléguée à la protection des données'],
    weight: 2,
    core: ['rgpd', 'droit-des-affaires'],
    side: ['formation-adultes', 'developpement-web', 'facturation-tresorerie'],
    headlines: [
      '[[Délégué|Déléguée]] à la protection des données pour associations et PME',
      'RGPD sans panique : registre, mentions, formation des équipes',
    ],
    work: [
      "J'aide les associations et les PME à se mettre en conformité avec le RGPD, de façon proportionnée à leur taille.",
      'Je suis [[désigné|désignée]] DPO externe de plusieurs structures et je forme leurs équipes.',
    ],
    canDo: [
      'Je peux établir votre registre des traitements et vos mentions d’information en deux jours.',
      'Je peux être votre DPO externe, avec une permanence mensuelle.',
      'Je sais former une équipe aux bons réflexes en une demi-journée.',
    ],
    cannotDo: [
      "Je ne fais pas d'audit de sécurité informatique technique.",
      'Je ne traite pas les contentieux avec la CNIL sans un·e avocat·e.',
    ],
    wishes: [
      "J'aimerais proposer un pack RGPD mutualisé pour les membres de la Fédération.",
      'Je souhaite travailler avec des développeurs sur la protection des données dès la conception.',
    ],
    services: [
      { title: 'Mise en conformité', description: 'Registre, mentions, contrats sous-traitants et procédures.' },
      { title: 'DPO externalisé', description: 'Une permanence mensuelle et une réponse aux demandes des personnes.' },
      { title: 'Formation RGPD', description: 'Une demi-journée pour les bons réflexes.' },
    ],
    references: [
      { client: 'Mutuelle solidaire Entraide', description: 'DPO externalisé depuis 2021.' },
      { client: 'Crèche parentale Les Petits Pas', description: 'Mise en conformité des dossiers familles.' },
      { client: 'Réseau des AMAP du département', description: 'Formation des coordinateurs bénévoles.' },
    ],
  },
  {
    key: 'chef-projet-evenementiel',
    title: ['chef de projet événementiel', 'cheffe de projet événementiel'],
    weight: 2,
    core: ['gestion-de-projet', 'communication-responsable', 'reseautage'],
    side: ['relations-presse', 'negociation', 'intelligence-collective'],
    headlines: [
      '[[Chef|Cheffe]] de projet événementiel responsable : rencontres, festivals, forums',
      'Événements sobres et conviviaux, de la petite rencontre au forum régional',
    ],
    work: [
      "J'organise des événements professionnels et culturels en limitant leur impact : traiteurs locaux, zéro jetable, accessibilité.",
      "J'ai travaillé dix ans pour des festivals avant de me mettre à mon compte.",
    ],
    canDo: [
      'Je peux organiser un forum de 200 personnes de A à Z en trois mois.',
      'Je peux réaliser le diagnostic d’impact d’un événement et proposer des alternatives.',
      'Je sais coordonner des bénévoles et des prestataires le jour J.',
    ],
    cannotDo: [
      "Je ne gère pas d'événements de plus de 2 000 personnes.",
      'Je ne fais pas de voyages ni de séminaires à l’étranger.',
    ],
    wishes: [
      "J'aimerais organiser les rencontres annuelles de la Fédération avec d'autres membres.",
      'Je souhaite créer un annuaire de prestataires événementiels responsables.',
    ],
    services: [
      {
        title: "Organisation d'événements",
        description: 'Du cahier des charges au bilan, avec des prestataires locaux.',
      },
      { title: 'Éco-conception d’événement', description: 'Diagnostic et plan d’action pour réduire l’impact.' },
      { title: 'Coordination jour J', description: 'Bénévoles, prestataires, imprévus : je tiens la barre.' },
    ],
    references: [
      { client: 'Festival Les Nuits Courtes', description: 'Coordination générale de deux éditions.' },
      { client: 'Communauté de communes du Val de Loue', description: 'Forum de l’emploi local et solidaire.' },
      { client: 'Réseau des ressourceries de la région', description: 'Rencontres régionales annuelles.' },
    ],
  },
];
