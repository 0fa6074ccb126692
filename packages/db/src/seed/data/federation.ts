// The federation's own public page, written from its founding text.

export const FEDERATION_PAGE = {
  slug: 'federation',
  title: 'Fédération des ÉkôActeurs',
  seoDescription:
    "Un réseau d'entrepreneurs indépendants qui choisissent la coopération plutôt que la concurrence : rencontres, ateliers, visibilité partagée et co-création.",
  sections: [
    {
      kind: 'TEXT',
      title: 'Nous allons plus loin à plusieurs que seuls',
      markdown:
        "De plus en plus d'entrepreneurs choisissent une voie différente : celle de la coopération. Ils préfèrent s'associer plutôt que s'opposer, mutualiser plutôt que diviser, construire ensemble plutôt que chacun de son côté.\n\nDepuis ses débuts, la **Fédération des ÉkôActeurs** incarne cette vision de l'entrepreneuriat coopératif : l'entraide, le partage des ressources, la mutualisation des compétences, la transparence, la confiance, le développement collectif et la création de valeur partagée.",
    },
    {
      kind: 'TEXT',
      title: 'Ce que la Fédération met en place',
      markdown:
        '- des espaces de rencontre et de mise en relation ;\n- des ateliers collectifs pour monter en compétences ;\n- une plateforme de visibilité partagée ;\n- des dynamiques de co-création entre membres ;\n- un environnement bienveillant où chacun avance à son rythme ;\n- un cadre qui privilégie la coopération plutôt que la concurrence.',
    },
    {
      kind: 'SERVICES',
      items: [
        {
          title: 'Mise en relation',
          description:
            'Un annuaire des membres, des suggestions de profils complémentaires et des demandes de mise en relation.',
        },
        {
          title: 'Ateliers',
          description: 'Des ateliers, des rencontres et des sessions de co-création, en ligne et près de chez vous.',
        },
        {
          title: 'Collectifs',
          description:
            'Des collectifs avec leur charte, leurs rôles et leurs engagements, pour répondre ensemble à des projets plus ambitieux.',
        },
        { title: 'Visibilité partagée', description: 'Une page publique pour chaque membre et chaque collectif.' },
      ],
    },
    {
      kind: 'TEXT',
      title: 'Coopérer, ça se travaille',
      markdown:
        "Clarifier les rôles et responsabilités, poser un cadre de fonctionnement, communiquer de façon transparente, respecter les engagements, partager les succès comme les difficultés, accepter les différences de rythme et de vision.\n\n> La coopération n'est pas l'absence de conflit, mais la capacité à les traverser ensemble.",
    },
    { kind: 'CALL_TO_ACTION', label: 'Rejoindre la Fédération', action: 'CONTACT' },
  ],
} as const;
