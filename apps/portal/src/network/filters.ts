// The directory's search and filters, kept in the address (?q=…&domaine=…&region=…&competence=…&rythme=…)
// so that a search can be shared or bookmarked. Skills travel by slug, domains and paces in lower case.
import type { Pace, SkillDomain } from '@ekoacteurs/client';

export interface DirectoryFilters {
  q: string;
  domains: SkillDomain[];
  regions: string[];
  skills: string[];
  paces: Pace[];
}

const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];
const PACES: Pace[] = ['AVAILABLE', 'STEADY', 'LIMITED', 'PAUSED'];

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function filtersFromSearch(search: string): DirectoryFilters {
  const params = new URLSearchParams(search);
  const upper = (name: string) => params.getAll(name).map((value) => value.toUpperCase());
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    domains: unique(upper('domaine').filter((value): value is SkillDomain => DOMAINS.includes(value as SkillDomain))),
    regions: unique(params.getAll('region').filter(Boolean)),
    skills: unique(params.getAll('competence').filter(Boolean)),
    paces: unique(upper('rythme').filter((value): value is Pace => PACES.includes(value as Pace))),
  };
}

export function searchOf(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  for (const domain of filters.domains) params.append('domaine', domain.toLowerCase());
  for (const region of filters.regions) params.append('region', region);
  for (const skill of filters.skills) params.append('competence', skill);
  for (const pace of filters.paces) params.append('rythme', pace.toLowerCase());
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasFilters = (filters: DirectoryFilters) =>
  Boolean(
    filters.q.trim() ||
    filters.domains.length ||
    filters.regions.length ||
    filters.skills.length ||
    filters.paces.length,
  );

export function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? unique([...list, value]) : list.filter((item) => item !== value);
}
