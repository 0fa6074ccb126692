// The portal's addresses (French, as members see them). Public pages (/membres, /collectifs,
// /ateliers, /annuaire) are the server's; the portal's own screens live beside them.
export const ROUTES = {
  home: '/',
  apply: '/candidature',
  signIn: '/connexion',
  signInLink: '/connexion/lien',
  newPassword: '/connexion/nouveau-mot-de-passe',
  agenda: '/agenda',
} as const;
