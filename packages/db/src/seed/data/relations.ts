// What members write to each other: recommendations, introduction requests and their answers,
// and the clients they recommend each other to (invented names).

export const CLIENTS: readonly string[] = [
  'Ressourcerie La Remise',
  'Festival Les Nuits Courtes',
  'Brasserie artisanale du Vieux Port',
  'Menuiserie Perrin & fils',
  'Imprimerie coopérative Le Trait',
  'Association Vélo Cité Nord',
  'Épicerie vrac La Cagette Bleue',
  'Compagnie de théâtre Grand Écart',
  'SCOP Les Toits Verts',
  'Crèche parentale Les Petits Pas',
  'Atelier céramique Terre Neuve',
  'Ferme maraîchère du Moulin Neuf',
  'Maison de santé pluriprofessionnelle des Coteaux',
  'Librairie Le Chat Lecteur',
  'Couveuse d’entreprises Cap Avenir',
  'Centre social Les Tilleuls',
  'SCIC Énergies Citoyennes du Bocage',
  'Collectif de paysagistes Racines',
  'ONG Eau Vive Sahel',
  'Musée de la Batellerie',
  'Réseau des AMAP du département',
  'Cabinet d’architectes Lumen',
  'Mutuelle solidaire Entraide',
  'Tiers-lieu La Fabrique commune',
  'Copropriété Les Glycines',
  'Association Les Jardins partagés du Canal',
  'Boulangerie bio Le Fournil des Halles',
  'Cave coopérative des Coteaux',
];

/** To the recipient; [[m|f]] follows the recipient. {firstName}, {client}, {need}. */
export const RECOMMENDATION_NOTES: readonly string[] = [
  "Bonjour {firstName}, {client} cherche quelqu'un pour un besoin en {need}. J'ai tout de suite pensé à toi et je leur ai donné ton contact.",
  "Client : {client}. Ils ont besoin de quelqu'un en {need} et ce n'est pas mon métier ; tu peux les appeler de ma part, je les connais depuis deux ans.",
  "Une cliente ({client}) m'a demandé si je connaissais quelqu'un de confiance en {need}. Je lui ai parlé de toi, elle devrait t'écrire cette semaine.",
  "Suite à l'atelier, j'ai parlé de toi pour un besoin en {need} (client : {client}). Tiens-moi au courant !",
  "{firstName}, je t'ai [[recommandé|recommandée]] pour un besoin en {need} : {client} a un petit budget mais un beau projet.",
];

/** A recommendation for an opportunity's team; {title} is the opportunity's. */
export const OPPORTUNITY_RECOMMENDATION_NOTES: readonly string[] = [
  "Je t'ai [[recommandé|recommandée]] à l'équipe de « {title} » : ton expérience en {need} complète bien le groupement.",
  "Pour « {title} », j'ai dit à l'équipe que tu étais la bonne personne pour la partie {need}.",
];

export const RECOMMENDATION_OUTCOMES: Readonly<Record<'WON' | 'LOST' | 'DECLINED', readonly string[]>> = {
  WON: [
    'Mission signée, démarrage le mois prochain. Merci encore pour la recommandation !',
    "Devis accepté. Le client m'a dit que ta recommandation avait compté.",
    'Premier projet terminé, et ils m’en ont déjà confié un deuxième.',
  ],
  LOST: [
    'Le client a finalement choisi de faire en interne.',
    'Budget gelé pour cette année, à relancer plus tard.',
    "Ils ont retenu une agence plus proche de chez eux. Merci quand même d'avoir pensé à moi.",
  ],
  DECLINED: [
    "Je n'avais pas la disponibilité ; j'ai proposé un autre membre du réseau.",
    "Ce n'était pas vraiment dans mon champ de compétence, merci quand même !",
  ],
};

/** From the requester; [[m|f]] follows the requester. {firstName} is the recipient's, {skill} theirs too. */
export const INTRODUCTION_MESSAGES: readonly string[] = [
  "Bonjour {firstName}, je vois que tu es [[spécialiste|spécialiste]] en {skill}. Je prépare une réponse à un appel d'offres et j'aimerais échanger avec toi sur une éventuelle collaboration.",
  "Bonjour {firstName}, nous nous sommes croisés à la rencontre régionale sans avoir le temps de parler. J'aimerais te présenter mon activité : je pense qu'elles sont complémentaires.",
  "Bonjour, une de mes clientes a besoin de compétences en {skill} et j'aimerais te mettre en contact avec elle. On peut s'appeler ?",
  "Bonjour {firstName}, je me lance et j'aimerais beaucoup avoir ton regard sur mon projet, autour d'un café ou en visio.",
  "Bonjour {firstName}, je cherche un ou une partenaire en {skill} pour un projet au long cours. Ton profil m'a donné envie de t'écrire.",
];

/** From the recipient; [[m|f]] follows the recipient. */
export const INTRODUCTION_RESPONSES: Readonly<Record<'ACCEPTED' | 'DECLINED', readonly string[]>> = {
  ACCEPTED: [
    "Avec plaisir ! Je t'écris par e-mail pour caler un créneau.",
    'Oui, bonne idée. Je suis [[disponible|disponible]] la semaine prochaine.',
    'Merci pour ton message, ça me fait plaisir. Appelle-moi quand tu veux.',
  ],
  DECLINED: [
    'Merci pour ton message ; je suis en pause en ce moment, recontacte-moi dans quelques mois.',
    "Je ne suis pas la bonne personne pour ça, mais le collectif Le Back-Office Partagé pourra sûrement t'aider.",
  ],
};

/** For members' own pages: the call to action and the page's opening title. */
export const CALL_TO_ACTION_LABELS: readonly string[] = [
  'Me contacter',
  'Parlons de votre projet',
  'Demander un devis',
  'Prendre un premier rendez-vous',
];

export const CONTACT_MESSAGES: readonly string[] = [
  "Bonjour, j'ai trouvé votre page dans l'annuaire de la Fédération. Nous cherchons quelqu'un pour « {service} » et aimerions en savoir plus sur vos disponibilités.",
  'Bonjour, une amie m’a recommandé votre travail. Seriez-vous disponible pour un premier échange téléphonique la semaine prochaine ?',
  'Bonjour, je représente une petite association et nous avons un besoin ponctuel : « {service} ». Pouvez-vous nous envoyer une estimation ?',
];

export const SUSPENSION_REASON =
  "Plusieurs signalements de démarchage commercial insistant auprès d'autres membres, malgré un premier rappel du cadre.";

export const UNPUBLISH_REASON =
  "La page fait la promotion de formations sans lien avec l'activité déclarée et renvoie vers un site de vente. Merci de la revoir avant de la republier.";
