// The skills taxonomy: the five domains named in the founding text ("la stratégie, la communication,
// la prospection, l'administratif, la production"), with the skills members of such a network offer.
import type { SkillDomain } from '../../generated/prisma/enums.ts';

export interface SkillSeed {
  readonly slug: string;
  readonly name: string;
  readonly nameEn: string;
  readonly domain: SkillDomain;
}

export const SKILLS: readonly SkillSeed[] = [
  // Stratégie
  { slug: 'modele-economique', name: 'Modèle économique', nameEn: 'Business model design', domain: 'STRATEGY' },
  {
    slug: 'construction-offre',
    name: "Construction et positionnement d'offre",
    nameEn: 'Offer design and positioning',
    domain: 'STRATEGY',
  },
  { slug: 'strategie-rse', name: 'Stratégie RSE', nameEn: 'CSR strategy', domain: 'STRATEGY' },
  { slug: 'bilan-carbone', name: 'Bilan carbone', nameEn: 'Carbon footprint assessment', domain: 'STRATEGY' },
  { slug: 'gouvernance-partagee', name: 'Gouvernance partagée', nameEn: 'Shared governance', domain: 'STRATEGY' },
  {
    slug: 'intelligence-collective',
    name: "Facilitation d'intelligence collective",
    nameEn: 'Collective intelligence facilitation',
    domain: 'STRATEGY',
  },
  { slug: 'pilotage-financier', name: 'Pilotage financier', nameEn: 'Financial planning', domain: 'STRATEGY' },
  { slug: 'gestion-de-projet', name: 'Gestion de projet', nameEn: 'Project management', domain: 'STRATEGY' },
  // Communication
  { slug: 'identite-visuelle', name: 'Identité visuelle', nameEn: 'Visual identity', domain: 'COMMUNICATION' },
  { slug: 'redaction-web', name: 'Rédaction web', nameEn: 'Web copywriting', domain: 'COMMUNICATION' },
  {
    slug: 'reseaux-sociaux',
    name: 'Animation des réseaux sociaux',
    nameEn: 'Social media management',
    domain: 'COMMUNICATION',
  },
  { slug: 'relations-presse', name: 'Relations presse', nameEn: 'Press relations', domain: 'COMMUNICATION' },
  { slug: 'photographie', name: 'Photographie', nameEn: 'Photography', domain: 'COMMUNICATION' },
  { slug: 'video', name: 'Vidéo et montage', nameEn: 'Video production and editing', domain: 'COMMUNICATION' },
  {
    slug: 'communication-responsable',
    name: 'Communication responsable',
    nameEn: 'Responsible communication',
    domain: 'COMMUNICATION',
  },
  { slug: 'prise-de-parole', name: 'Prise de parole en public', nameEn: 'Public speaking', domain: 'COMMUNICATION' },
  // Prospection
  {
    slug: 'appels-offres',
    name: "Réponse aux appels d'offres",
    nameEn: 'Public tender responses',
    domain: 'PROSPECTING',
  },
  {
    slug: 'prospection-commerciale',
    name: 'Prospection commerciale',
    nameEn: 'Business development',
    domain: 'PROSPECTING',
  },
  { slug: 'reseautage', name: 'Réseautage', nameEn: 'Networking', domain: 'PROSPECTING' },
  { slug: 'negociation', name: 'Négociation commerciale', nameEn: 'Sales negotiation', domain: 'PROSPECTING' },
  { slug: 'marketing-contenu', name: 'Marketing de contenu', nameEn: 'Content marketing', domain: 'PROSPECTING' },
  {
    slug: 'relation-client',
    name: 'Gestion de la relation client',
    nameEn: 'Customer relationship management',
    domain: 'PROSPECTING',
  },
  // Administratif
  { slug: 'comptabilite', name: 'Comptabilité', nameEn: 'Accounting', domain: 'ADMINISTRATION' },
  { slug: 'droit-des-affaires', name: 'Droit des affaires', nameEn: 'Business law', domain: 'ADMINISTRATION' },
  {
    slug: 'facturation-tresorerie',
    name: 'Facturation et trésorerie',
    nameEn: 'Invoicing and cash flow',
    domain: 'ADMINISTRATION',
  },
  {
    slug: 'statut-juridique',
    name: 'Choix du statut juridique',
    nameEn: 'Choosing a legal structure',
    domain: 'ADMINISTRATION',
  },
  { slug: 'rgpd', name: 'Conformité RGPD', nameEn: 'GDPR compliance', domain: 'ADMINISTRATION' },
  {
    slug: 'paie-social',
    name: 'Paie et déclarations sociales',
    nameEn: 'Payroll and social declarations',
    domain: 'ADMINISTRATION',
  },
  {
    slug: 'financements-publics',
    name: 'Subventions et financements publics',
    nameEn: 'Grants and public funding',
    domain: 'ADMINISTRATION',
  },
  // Production
  { slug: 'developpement-web', name: 'Développement web', nameEn: 'Web development', domain: 'PRODUCTION' },
  { slug: 'design-ux', name: 'Design UX/UI', nameEn: 'UX/UI design', domain: 'PRODUCTION' },
  {
    slug: 'accessibilite-numerique',
    name: 'Accessibilité numérique',
    nameEn: 'Digital accessibility',
    domain: 'PRODUCTION',
  },
  { slug: 'traduction', name: 'Traduction', nameEn: 'Translation', domain: 'PRODUCTION' },
  { slug: 'formation-adultes', name: "Formation d'adultes", nameEn: 'Adult training', domain: 'PRODUCTION' },
  { slug: 'coaching', name: 'Coaching professionnel', nameEn: 'Professional coaching', domain: 'PRODUCTION' },
  { slug: 'eco-construction', name: 'Éco-construction', nameEn: 'Eco-construction', domain: 'PRODUCTION' },
  { slug: 'renovation-energetique', name: 'Rénovation énergétique', nameEn: 'Energy retrofit', domain: 'PRODUCTION' },
];
