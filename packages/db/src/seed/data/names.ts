// First and last names as they are found in France today. A person's first and last names usually
// come from the same group (with some mixing, as in real life), so the directory reads plausibly.

export interface NameGroup {
  readonly weight: number;
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    // The most common French names, all generations.
    weight: 52,
    female: [
      'Claire', 'Julie', 'Élodie', 'Aurélie', 'Sophie', 'Nathalie', 'Isabelle', 'Amandine', 'Hélène', 'Margaux',
      'Pauline', 'Lucie', 'Mathilde', 'Anne-Sophie', 'Noémie', 'Océane', 'Salomé', 'Anaïs', 'Justine', 'Émilie',
      'Céline', 'Sandrine', 'Véronique', 'Laure', 'Solène', 'Léa', 'Manon', 'Chloé', 'Marion', 'Agathe',
      'Bérénice', 'Delphine', 'Virginie', 'Charlotte', 'Juliette', 'Florence', 'Marie', 'Adèle', 'Coralie', 'Estelle',
    ],
    male: [
      'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Antoine', 'Hugo', 'Lucas', 'Mathieu', 'Pierre', 'Romain',
      'Guillaume', 'Sébastien', 'Olivier', 'Benoît', 'François', 'Arnaud', 'Damien', 'Jérôme', 'Cédric', 'Bastien',
      'Théo', 'Baptiste', 'Adrien', 'Florian', 'Vincent', 'Christophe', 'Stéphane', 'Jean-Marc', 'Alexandre', 'Clément',
      'Quentin', 'Rémi', 'Xavier', 'Laurent', 'Frédéric', 'Étienne', 'Raphaël', 'Martin', 'Gaspard', 'Denis',
    ],
    last: [
      'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
      'Laurent', 'Lefebvre', 'Michel', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
      'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Fontaine', 'Chevalier', 'Blanc', 'Guérin',
      'Boyer', 'Gauthier', 'Perrin', 'Roussel', 'Marchand', 'Faure', 'Barbier', 'Arnaud', 'Renaud', 'Picard',
      'Lemoine', 'Colin', 'Vidal', 'Caron', 'Masson', 'Leclerc', 'Aubert', 'Bouvier', 'Rey', 'Poirier',
      'Huet', 'Giraud', 'Collet', 'Rousseau', 'Brunet', 'Charpentier', 'Lacroix', 'Meunier', 'Besson', 'Jacquet',
    ],
  },
  {
    // Breton and Occitan family names, common in the west and south-west.
    weight: 8,
    female: ['Gwenaëlle', 'Maëlle', 'Nolwenn', 'Soizic', 'Katell', 'Anaïs', 'Morgane', 'Enora'],
    male: ['Yann', 'Erwan', 'Loïc', 'Gaël', 'Ronan', 'Tanguy', 'Goulven', 'Mikaël'],
    last: ['Le Gall', 'Le Goff', 'Tanguy', 'Guillou', 'Morvan', 'Le Bihan', 'Kerleau', 'Le Floc’h', 'Cadiou', 'Salaün', 'Fabre', 'Castagné'],
  },
  {
    // Families from the Maghreb.
    weight: 12,
    female: ['Fatima', 'Yasmine', 'Nadia', 'Leïla', 'Samia', 'Sabrina', 'Inès', 'Myriam', 'Karima', 'Sonia'],
    male: ['Karim', 'Mehdi', 'Youssef', 'Samir', 'Rachid', 'Nabil', 'Sofiane', 'Walid', 'Hakim', 'Adel'],
    last: ['Benali', 'Haddad', 'Bouzid', 'Mansouri', 'Cherif', 'Belkacem', 'Amrani', 'Meziane', 'Rahmani', 'Benyahia', 'Saïdi', 'Khelifi'],
  },
  {
    // Families from West Africa.
    weight: 7,
    female: ['Awa', 'Fatou', 'Aminata', 'Mariam', 'Aïssatou', 'Kadiatou', 'Ramatoulaye'],
    male: ['Moussa', 'Mamadou', 'Ibrahima', 'Ousmane', 'Abdoulaye', 'Souleymane', 'Cheikh'],
    last: ['Diallo', 'Traoré', 'Ndiaye', 'Diop', 'Camara', 'Koné', 'Sow', 'Cissé', 'Keita', 'Fofana'],
  },
  {
    // Families from Portugal, Spain and Italy.
    weight: 12,
    female: ['Ana', 'Sofia', 'Carmen', 'Giulia', 'Marta', 'Inês', 'Lucia', 'Elena', 'Chiara'],
    male: ['João', 'Miguel', 'Diego', 'Luca', 'Marco', 'Paolo', 'Rafael', 'Tiago', 'Javier'],
    last: ['Da Silva', 'Pereira', 'Ferreira', 'Rodrigues', 'Martinez', 'Lopez', 'Fernandez', 'Garcia', 'Rossi', 'Russo', 'Bianchi', 'Esposito', 'Moreira', 'Santos'],
  },
  {
    // Families from Vietnam, Cambodia and China.
    weight: 5,
    female: ['Linh', 'Mai', 'Thu', 'Lan', 'Mei', 'Sophea'],
    male: ['Minh', 'Duc', 'Tuan', 'Long', 'Wei', 'Dara'],
    last: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Chen', 'Lim'],
  },
  {
    // Families from Poland, Germany and Alsace.
    weight: 4,
    female: ['Agnieszka', 'Katarzyna', 'Anna', 'Eva', 'Marlène'],
    male: ['Tomasz', 'Piotr', 'Lukas', 'Matthias', 'Hans'],
    last: ['Kowalski', 'Nowak', 'Schmitt', 'Muller', 'Meyer', 'Weber', 'Klein', 'Wagner', 'Zimmermann'],
  },
];
