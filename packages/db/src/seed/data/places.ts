// French regions (the 13 of metropolitan France) and real cities in each. Weights follow, roughly,
// where independent workers are; every region appears among the first members.

export interface RegionSeed {
  readonly name: string;
  readonly weight: number;
  readonly cities: readonly string[];
}

export const REGIONS: readonly RegionSeed[] = [
  {
    name: 'Île-de-France',
    weight: 16,
    cities: ['Paris', 'Montreuil', 'Saint-Denis', 'Pantin', 'Vincennes', 'Versailles', 'Ivry-sur-Seine', 'Nanterre'],
  },
  {
    name: 'Auvergne-Rhône-Alpes',
    weight: 12,
    cities: ['Lyon', 'Grenoble', 'Villeurbanne', 'Clermont-Ferrand', 'Annecy', 'Saint-Étienne', 'Chambéry', 'Valence'],
  },
  {
    name: 'Nouvelle-Aquitaine',
    weight: 9,
    cities: ['Bordeaux', 'La Rochelle', 'Poitiers', 'Limoges', 'Pau', 'Bayonne', 'Angoulême'],
  },
  { name: 'Occitanie', weight: 9, cities: ['Toulouse', 'Montpellier', 'Nîmes', 'Perpignan', 'Albi', 'Sète'] },
  {
    name: 'Bretagne',
    weight: 8,
    cities: ['Rennes', 'Brest', 'Quimper', 'Lorient', 'Vannes', 'Saint-Malo', 'Douarnenez'],
  },
  {
    name: 'Pays de la Loire',
    weight: 8,
    cities: ['Nantes', 'Angers', 'Le Mans', 'Saint-Nazaire', 'La Roche-sur-Yon', 'Rezé'],
  },
  {
    name: "Provence-Alpes-Côte d'Azur",
    weight: 8,
    cities: ['Marseille', 'Aix-en-Provence', 'Nice', 'Avignon', 'Toulon', 'Gap', 'Forcalquier'],
  },
  { name: 'Hauts-de-France', weight: 7, cities: ['Lille', 'Roubaix', 'Amiens', 'Arras', 'Dunkerque', 'Tourcoing'] },
  { name: 'Grand Est', weight: 7, cities: ['Strasbourg', 'Nancy', 'Metz', 'Reims', 'Colmar', 'Mulhouse'] },
  { name: 'Normandie', weight: 5, cities: ['Rouen', 'Caen', 'Le Havre', 'Cherbourg-en-Cotentin', 'Évreux'] },
  { name: 'Bourgogne-Franche-Comté', weight: 5, cities: ['Dijon', 'Besançon', 'Mâcon', 'Auxerre', 'Chalon-sur-Saône'] },
  { name: 'Centre-Val de Loire', weight: 4, cities: ['Tours', 'Orléans', 'Blois', 'Bourges', 'Chartres'] },
  { name: 'Corse', weight: 1, cities: ['Ajaccio', 'Bastia', 'Corte'] },
];

/** Kinds of places workshops happen in; the city is added by the builder. */
export const VENUES: readonly string[] = [
  'Tiers-lieu La Fabrique commune',
  'Maison de la vie associative',
  "Espace de coworking L'Escale",
  'Café associatif Le Comptoir des possibles',
  "Pépinière d'entreprises de l'ESS",
  'Salle des Ateliers partagés',
  'Médiathèque, salle du premier étage',
  'Ressourcerie du quartier, salle de réunion',
];

export const STREETS: readonly string[] = [
  'rue des Tanneurs',
  'rue de la République',
  'quai des Chartrons',
  'rue du Moulin',
  'place du Marché',
  'rue Pasteur',
  'avenue Jean-Jaurès',
  'rue des Artisans',
  'impasse des Tisserands',
  'rue Victor-Hugo',
];
