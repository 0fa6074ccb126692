// Generic sentences a member's profile is assembled from, besides their trade's own sentences:
// bio openings and values, extra cooperation-card statements, pace notes and application letters.
// First person; [[masculin|féminin]] follows the writer's gender.
import type { Pace } from '../../generated/prisma/enums.ts';

export const BIO_OPENINGS: readonly string[] = [
  '[[Installé|Installée]] à {city} depuis {since}, je suis {trade} [[indépendant|indépendante]] après {years} ans {previous}.',
  'Je suis {trade} à {city}, à mon compte depuis {since}.',
  'Après {years} ans {previous}, je me suis [[lancé|lancée]] comme {trade} en {since}, à {city}.',
  'Je travaille comme {trade} depuis {city}, où je me suis [[installé|installée]] en {since}.',
  '{Trade} depuis {tradeYears} ans, je suis [[indépendant|indépendante]] depuis {since} et je vis à {city}.',
];

export const PREVIOUS_JOBS: readonly string[] = [
  'en agence',
  'dans une collectivité territoriale',
  'dans un grand groupe',
  'dans le milieu associatif',
  "en bureau d'études",
  "dans l'enseignement",
  'comme [[salarié|salariée]] d’une PME',
  'dans une coopérative',
];

export const BIO_VALUES: readonly string[] = [
  'Je suis [[arrivé|arrivée]] à la Fédération pour ne plus travailler [[seul|seule]] et pour partager les bons plans comme les galères.',
  "J'aime les projets où chacun apporte son savoir-faire et où l'on se dit les choses franchement.",
  "Je crois qu'il y a assez de clients pour tout le monde, et je recommande volontiers des collègues.",
  'Mon fil rouge : des projets utiles, menés à un rythme soutenable.',
  'Je travaille beaucoup à distance, mais je tiens aux rencontres en vrai, au moins une fois par trimestre.',
  "Ce que j'apprécie le plus dans le réseau, c'est de pouvoir demander de l'aide sans avoir l'impression de déranger.",
  'Je suis aussi [[bénévole|bénévole]] dans une AMAP de quartier, où j’ai rencontré plusieurs de mes clients.',
  "J'essaie de garder du temps pour transmettre : j'accueille régulièrement des personnes en reconversion.",
];

export const CAN_DO_EXTRA: readonly string[] = [
  'Je peux aussi relire un devis ou une proposition commerciale avant envoi.',
  'Je peux partager mon réseau de clients dans le secteur associatif.',
  'Je peux accueillir ponctuellement un ou une membre dans mon bureau pour travailler au calme.',
  "Je peux donner un coup de main sur la mise en forme d'un dossier de réponse collective.",
  'Je peux prendre une heure pour un premier échange avec quelqu’un qui se lance.',
];

export const CANNOT_DO_GENERIC: readonly string[] = [
  "Je ne travaille pas le mercredi, c'est le jour de mes enfants.",
  'Je ne peux pas me déplacer plus d’une journée par semaine.',
  'Je ne peux pas avancer de frais importants sur un projet collectif : ma trésorerie est encore fragile.',
  'Je ne suis pas à l’aise pour piloter un groupement : je préfère contribuer.',
  'Je ne peux pas répondre dans la journée : je consulte mes messages deux fois par semaine.',
  'Je ne prends pas de nouvelles missions en juillet et en août.',
];

export const WISHES_GENERIC: readonly string[] = [
  "J'aimerais répondre à un premier appel d'offres à plusieurs : [[seul|seule]], je n'ai jamais osé.",
  'Je souhaite trouver un binôme pour échanger sur nos pratiques une fois par mois.',
  "J'aimerais partager un local ou un atelier avec d'autres membres à {city}.",
  'Je voudrais transmettre ce que je sais à des personnes qui se lancent.',
  "J'aimerais travailler davantage avec des membres d'autres régions.",
  'Je souhaite être [[recommandé|recommandée]] pour des missions plus longues et plus structurantes.',
  "J'aimerais rejoindre un collectif qui a déjà un cadre clair.",
];

export const CONCERNS: readonly string[] = [
  "Je redoute de m'engager dans un projet collectif et de ne pas tenir les délais si ma charge client explose.",
  "J'ai peur que les échanges de services deviennent du travail gratuit déguisé.",
  'Je crains les collectifs où une personne décide pour les autres sans le dire.',
  "Je redoute les conflits d'argent entre membres, surtout quand rien n'est écrit.",
  "J'ai peur de ne pas être à la hauteur face à des membres plus [[expérimentés|expérimentées]].",
  "Je crains de m'épuiser en disant oui à tout.",
  "Je redoute d'être [[sollicité|sollicitée]] surtout pour des conseils gratuits.",
  "J'ai peur de perdre mon indépendance dans un groupement.",
  'Je crains que les réunions en visio prennent le pas sur le travail réel.',
  "Je redoute qu'un client nous mette en concurrence entre membres du réseau.",
];

export const PACE_WEIGHTS: ReadonlyArray<readonly [Pace, number]> = [
  ['AVAILABLE', 3],
  ['STEADY', 5],
  ['LIMITED', 2],
  ['PAUSED', 0.5],
];

export const PACE_NOTES: Readonly<Record<Pace, readonly string[]>> = {
  AVAILABLE: [
    'Deux jours par semaine disponibles pour des projets collectifs.',
    'Carnet de commandes léger ce trimestre : je suis [[disponible|disponible]] dès maintenant.',
    'Disponible pour des missions courtes, en présentiel ou à distance.',
  ],
  STEADY: [
    'Je réponds aux messages sous 48 heures.',
    'Un projet collectif à la fois, pas plus.',
    'Je travaille quatre jours par semaine, jamais le vendredi.',
  ],
  LIMITED: [
    "Gros chantier en cours jusqu'à la fin du trimestre.",
    'Congé parental à temps partiel : je travaille le matin.',
    'Je termine une formation longue : peu de temps avant l’été.',
  ],
  PAUSED: ['En pause jusqu’au printemps pour raisons de santé.', 'Année sabbatique, retour prévu à la rentrée.'],
};

export const MOTIVATIONS: readonly string[] = [
  "Je me suis [[installé|installée]] il y a un an et je me rends compte que je passe plus de temps à chercher des clients qu'à exercer mon métier. J'ai entendu parler de la Fédération par une amie graphiste qui y a trouvé un collectif. J'aimerais rencontrer d'autres indépendants, apprendre à répondre à des appels d'offres et, à mon tour, recommander des gens en qui j'ai confiance.",
  "Après quinze ans en entreprise, je viens de créer mon activité et je ne veux pas reproduire la logique de concurrence que j'ai connue. Les valeurs de la Fédération (entraide, transparence, équilibre entre donner et recevoir) correspondent exactement à ce que je cherche. Je peux apporter mon expérience et j'ai besoin de retours sur mon offre.",
  "Je travaille [[seul|seule]] depuis six ans et j'ai souvent dû refuser des projets trop gros pour moi. Rejoindre un réseau me permettrait de répondre à plusieurs et d'aller vers des projets plus ambitieux. Je suis [[prêt|prête]] à m'impliquer dans les ateliers, notamment pour partager ce que je sais.",
  "Une membre de la Fédération m'a [[recommandé|recommandée]] à un client l'an dernier, et cette mission a changé mon année. J'aimerais entrer dans le réseau pour rendre la pareille et pour ne plus rester [[isolé|isolée]] dans ma campagne. Je suis disponible pour participer aux rencontres en ligne.",
  "Je sors d'une couveuse d'entreprises et je cherche un cadre coopératif pour la suite. Je connais déjà plusieurs membres de ma région, avec qui j'ai participé à un chantier participatif. Je souhaite contribuer aux ateliers et trouver ma place dans un collectif.",
  "Je viens de quitter un poste de [[salarié|salariée]] dans une agence et je me lance en [[indépendant|indépendante]]. Je cherche des pairs avec qui échanger sur les questions de prix, de statut et de prospection, et des projets où je pourrais apporter mon expertise. La Fédération m'a été conseillée par ma conseillère de la couveuse.",
];
