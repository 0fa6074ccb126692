// The directory's address for a set of filters, parameters in a fixed order: the canonical form
// of a search (what the pagination links and the canonical link use).
import { domainParam, type DirectoryQuery } from './data/directory.ts';
import { paths } from './urls.ts';

export function directoryPath(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.region) params.set('region', query.region);
  if (query.domain) params.set('domaine', domainParam(query.domain));
  if (query.skill) params.set('competence', query.skill);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `${paths.directory}?${search}` : paths.directory;
}
