// Why a member is suggested, said in French for the portal (the structured reasons travel beside it).
import type { Pace, SkillDomain, SkillLevel } from '@ekoacteurs/db';

const DOMAIN = {
  STRATEGY: 'stratégie',
  COMMUNICATION: 'communication',
  PROSPECTING: 'prospection',
  ADMINISTRATION: 'administratif',
  PRODUCTION: 'production',
} as const;
const LEVEL = { BEGINNER: 'débutant', INTERMEDIATE: 'intermédiaire', ADVANCED: 'avancé', EXPERT: 'expert' } as const;

export interface ReasonInput {
  wishes: { wish: string; words: string[] }[];
  domains: SkillDomain[];
  skills: { name: string; level: SkillLevel }[];
  pace: Pace;
}

function quote(text: string, max = 90): string {
  const short = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `« ${short.replace(/[.!?;]+$/, '')} »`;
}

export function reasonSentence({ wishes, domains, skills, pace }: ReasonInput): string {
  const parts: string[] = [];
  if (wishes.length > 0) {
    const words = [...new Set(wishes.flatMap((wish) => wish.words))].join(', ');
    const which =
      wishes.length > 1
        ? `vos souhaits ${wishes.map((wish) => quote(wish.wish, 60)).join(' et ')}`
        : `votre souhait ${quote(wishes[0]!.wish)}`;
    parts.push(`Répond à ${which} (${words}).`);
  }
  if (skills.length > 0) {
    const list = skills.map((skill) => `${skill.name} (${LEVEL[skill.level]})`).join(', ');
    parts.push(`Complète vos compétences en ${domains.map((domain) => DOMAIN[domain]).join(', ')} : ${list}.`);
  }
  if (pace === 'AVAILABLE') parts.push('Disponible en ce moment.');
  if (pace === 'LIMITED') parts.push('Peu disponible en ce moment : à solliciter sans urgence.');
  return parts.join(' ');
}
