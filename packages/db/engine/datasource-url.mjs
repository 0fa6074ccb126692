// The datasource URL that prisma.config.ts gives the Prisma CLI, which passes it on, untouched, to
// the schema engine (this directory's shim). The CLI insists on a URL it can parse, and shows its
// parts ("PostgreSQL database "postgres", schema "public" at "pglite""), so the embedded database
// is dressed up as a PostgreSQL URL too:
//
//   PostgreSQL   the DATABASE_URL itself, e.g. postgresql://postgres@127.0.0.1:5432/ekoacteurs
//   PGlite       postgresql://pglite/postgres?dataDir=<absolute data directory, percent-encoded>
//
// Nothing but the shim ever connects to the PGlite form: the host "pglite" (no port) marks it.

const PGLITE_HOST = 'pglite';

/**
 * @param {import('../src/database-url.ts').DatabaseTarget} target
 * @returns {string}
 */
export function toCliDatasourceUrl(target) {
  if (target.kind === 'postgres') return target.url;
  return `postgresql://${PGLITE_HOST}/postgres?dataDir=${encodeURIComponent(target.dataDir)}`;
}

/**
 * The inverse of toCliDatasourceUrl.
 *
 * @param {string} url
 * @returns {import('../src/database-url.ts').DatabaseTarget}
 */
export function fromCliDatasourceUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('The datasource URL is not a valid URL');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new Error(`Only PostgreSQL datasource URLs are supported, not ${parsed.protocol}//…`);
  }
  const dataDir = parsed.searchParams.get('dataDir');
  if (parsed.hostname === PGLITE_HOST && !parsed.port && dataDir) return { kind: 'pglite', dataDir };
  return { kind: 'postgres', url };
}
