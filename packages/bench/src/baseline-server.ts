// The baseline: the same directory page (20 active members by name, with their skills and
// collectives, and the total) from ONE hand-written SQL query, serialised with JSON.stringify, on
// a bare node:http server. No framework, no validation, no authorization: the floor against which
// the gateway's overhead is measured. Runs as its own process (see processes.ts).
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// Same order as the gateway's directory (folded name, then id) and the same shape as its answer.
const DIRECTORY_SQL = `
  WITH page AS (
    SELECT m.id, m.handle, m."displayName", m.headline, m.city, m.region, search_fold(m."displayName") AS key
    FROM "Member" m WHERE m.status = 'ACTIVE'
    ORDER BY search_fold(m."displayName") COLLATE "C", m.id
    LIMIT 20
  )
  SELECT
    (SELECT count(*)::int FROM "Member" WHERE status = 'ACTIVE') AS "totalCount",
    coalesce(json_agg(json_build_object('node', json_build_object(
      'handle', p.handle, 'displayName', p."displayName", 'headline', p.headline, 'city', p.city, 'region', p.region,
      'skills', (SELECT coalesce(json_agg(json_build_object('level', ms.level, 'skill', json_build_object('name', s.name, 'domain', s.domain)) ORDER BY s.name), '[]')
                 FROM "MemberSkill" ms JOIN "Skill" s ON s.id = ms."skillId" WHERE ms."memberId" = p.id),
      'collectives', (SELECT coalesce(json_agg(json_build_object('role', cm.role, 'collective', json_build_object('name', c.name, 'slug', c.slug)) ORDER BY cm."joinedAt"), '[]')
                      FROM "CollectiveMembership" cm JOIN "Collective" c ON c.id = cm."collectiveId"
                      WHERE cm."memberId" = p.id AND cm.status = 'ACTIVE' AND c.status = 'ACTIVE')
    )) ORDER BY p.key COLLATE "C", p.id), '[]') AS edges
  FROM page p`;

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  // The request body (a GraphQL document, as the gateway gets) is read and ignored.
  req.resume();
  req.on('end', () => {
    pool.query(DIRECTORY_SQL).then(
      ({ rows: [row] }) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ data: { members: { totalCount: row.totalCount, edges: row.edges } } }));
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
