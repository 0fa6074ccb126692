// The baseline: each hot read the gateway serves, answered from ONE hand-written SQL statement,
// serialised with JSON.stringify, on a bare node:http server. No framework, no validation, no
// authorization: the floor against which the gateway's overhead is measured, query by query. Runs as
// its own process (see processes.ts). Each answer has the gateway's shape for the bench's document
// (operations.ts), and the bench checks before the load that both answer the same data.
//   POST /directory                 the directory page (20 active members by name, skills, collectives, total)
//   POST /search?q=<words>          the same page by full-text relevance (the database's member_search_ranked)
//   POST /profile?handle=<handle>   a member's profile (operations.ts PROFILE)
//   POST /workshops                 20 upcoming workshops with seats left, facilitators, skills, and the total
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const PUBLIC_URL = (process.env.PUBLIC_URL ?? 'http://localhost:4000').replace(/\/$/, '');

/** A member's card as the directory's document selects it (skills by domain then name, collectives by joining). */
const memberCard = (alias: string) => `json_build_object(
  'handle', ${alias}.handle, 'displayName', ${alias}."displayName", 'headline', ${alias}.headline,
  'city', ${alias}.city, 'region', ${alias}.region,
  'skills', (SELECT coalesce(json_agg(json_build_object('level', ms.level, 'skill', json_build_object('name', s.name, 'domain', s.domain)) ORDER BY s.domain, s.name), '[]')
             FROM "MemberSkill" ms JOIN "Skill" s ON s.id = ms."skillId" WHERE ms."memberId" = ${alias}.id),
  'collectives', (SELECT coalesce(json_agg(json_build_object('role', cm.role, 'collective', json_build_object('name', c.name, 'slug', c.slug)) ORDER BY cm."joinedAt", cm.id), '[]')
                  FROM "CollectiveMembership" cm JOIN "Collective" c ON c.id = cm."collectiveId"
                  WHERE cm."memberId" = ${alias}.id AND cm.status = 'ACTIVE' AND c.status = 'ACTIVE'))`;

const DIRECTORY_SQL = `
  WITH page AS (
    SELECT m.id, m.handle, m."displayName", m.headline, m.city, m.region, search_fold(m."displayName") AS key
    FROM "Member" m WHERE m.status = 'ACTIVE'
    ORDER BY search_fold(m."displayName") COLLATE "C", m.id
    LIMIT 20
  )
  SELECT
    (SELECT count(*)::int FROM "Member" WHERE status = 'ACTIVE') AS "totalCount",
    coalesce(json_agg(json_build_object('node', ${memberCard('p')}) ORDER BY p.key COLLATE "C", p.id), '[]') AS edges
  FROM page p`;

// Relevance: the two ranks (prefix and stemmed words) the database's function computes over the GIN
// index, highest first, ties by id (later first). $1: "word:* & word:*", $2: the words.
const SEARCH_SQL = `
  WITH matched AS MATERIALIZED (
    SELECT hit.id, hit.key FROM member_search_ranked(
      to_tsquery('simple', $1) || plainto_tsquery('french', $2), to_tsquery('simple', $1), plainto_tsquery('french', $2),
      '{0.1, 0.3, 1.0, 0.7}'::float4[], false, '{ACTIVE}'::text[]) hit
  ), page AS (SELECT * FROM matched ORDER BY key DESC, id DESC LIMIT 20)
  SELECT
    (SELECT count(*)::int FROM matched) AS "totalCount",
    coalesce((SELECT json_agg(json_build_object('node', ${memberCard('m')}) ORDER BY p.key DESC, p.id DESC)
              FROM page p JOIN "Member" m ON m.id = p.id), '[]') AS edges`;

// $1: the handle; $2: the public site's address (the page's url).
const PROFILE_SQL = `
  SELECT json_build_object(
    'handle', m.handle, 'displayName', m."displayName", 'headline', m.headline, 'bio', m.bio, 'city', m.city,
    'region', m.region, 'pace', m.pace, 'paceNote', m."paceNote", 'canDo', m."canDo", 'cannotDo', m."cannotDo",
    'wishes', m.wishes,
    'skills', card->'skills', 'collectives', card->'collectives',
    'page', (SELECT json_build_object('slug', vp.slug, 'title', vp.title, 'url', $2 || '/membres/' || m.handle)
             FROM "VisibilityPage" vp WHERE vp."memberId" = m.id),
    'recommendationsReceived', json_build_object('totalCount', (SELECT count(*)::int FROM "Recommendation" r WHERE r."toId" = m.id)),
    'opportunitiesPosted', json_build_object(
      'totalCount', (SELECT count(*)::int FROM "Opportunity" o WHERE o."postedById" = m.id),
      'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object('title', o.title)) ORDER BY o.id DESC), '[]')
                FROM (SELECT o.id, o.title FROM "Opportunity" o WHERE o."postedById" = m.id ORDER BY o.id DESC LIMIT 5) o))
  ) AS member
  FROM "Member" m, LATERAL (SELECT ${memberCard('m')} AS card) c
  WHERE m.handle = $1 AND m.status = 'ACTIVE'`;

const WORKSHOP_WHERE = `w.status IN ('PUBLISHED', 'COMPLETED') AND w."endsAt" >= now()`;
const WORKSHOPS_SQL = `
  WITH page AS (SELECT w.* FROM "Workshop" w WHERE ${WORKSHOP_WHERE} ORDER BY w."startsAt", w.id LIMIT 20)
  SELECT
    (SELECT count(*)::int FROM "Workshop" w WHERE ${WORKSHOP_WHERE}) AS "totalCount",
    coalesce(json_agg(json_build_object('node', json_build_object(
      'slug', w.slug, 'title', w.title, 'kind', w.kind, 'format', w.format,
      'startsAt', to_char(w."startsAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'endsAt', to_char(w."endsAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'capacity', w.capacity,
      'seatsLeft', greatest(0, w.capacity - (SELECT count(*) FROM "WorkshopRegistration" r WHERE r."workshopId" = w.id AND r.status = 'CONFIRMED')),
      'waitlistCount', (SELECT count(*) FROM "WorkshopRegistration" r WHERE r."workshopId" = w.id AND r.status = 'WAITLISTED'),
      'facilitators', (SELECT coalesce(json_agg(json_build_object('handle', m.handle, 'displayName', m."displayName") ORDER BY f."memberId"), '[]')
                       FROM "WorkshopFacilitator" f JOIN "Member" m ON m.id = f."memberId" WHERE f."workshopId" = w.id AND m.status = 'ACTIVE'),
      'skills', (SELECT coalesce(json_agg(json_build_object('name', s.name) ORDER BY ws."skillId"), '[]')
                 FROM "WorkshopSkill" ws JOIN "Skill" s ON s.id = ws."skillId" WHERE ws."workshopId" = w.id)
    )) ORDER BY w."startsAt", w.id), '[]') AS edges
  FROM page w`;

/** The words of a search as the gateway folds them (apps/gateway/src/search/fold.ts). */
function words(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
  return [...new Set(folded.split(/[^a-z0-9]+/).filter(Boolean))].slice(0, 8);
}

async function answer(url: URL): Promise<unknown> {
  switch (url.pathname) {
    case '/search': {
      const terms = words(url.searchParams.get('q') ?? '');
      const { rows } = await pool.query(SEARCH_SQL, [terms.map((t) => `${t}:*`).join(' & '), terms.join(' ')]);
      return { members: rows[0] };
    }
    case '/profile': {
      const { rows } = await pool.query(PROFILE_SQL, [url.searchParams.get('handle'), PUBLIC_URL]);
      return { member: rows[0]?.member ?? null };
    }
    case '/workshops':
      return { workshops: (await pool.query(WORKSHOPS_SQL)).rows[0] };
    default:
      return { members: (await pool.query(DIRECTORY_SQL)).rows[0] };
  }
}

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  // The request body (a GraphQL document, as the gateway gets) is read and ignored.
  req.resume();
  req.on('end', () => {
    answer(new URL(req.url ?? '/', 'http://baseline')).then(
      (data) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ data }));
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(error.message);
      },
    );
  });
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
