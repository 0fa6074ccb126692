-- Directory search reads each match's search document once instead of once per rank. The two
-- ts_rank calls of "member_search_ranked" (20261207140000) each detoasted the member's stored
-- document (~2.5 KB, out of line): two reads and decompressions per match. Here the document is
-- read once, in a subquery the planner may not flatten (OFFSET 0), as setweight(v, 'D', '{}'): a
-- copy of the document with no lexeme reweighted (the same document), held in memory, which both
-- ranks then read. Same answers (ids and keys), same plan through the GIN index.
-- Measured on pnpm bench's database (scale 10 000, load average 6.5 on 2 cores), backend CPU of the
-- function for the bench's 37 skill-name searches (members' audience, 10 rounds, twice): 10.7 → 8.8 ms
-- per search; the same rows and keys as before for all 37, for members and for visitors.
CREATE OR REPLACE FUNCTION "member_search_ranked"(
  matching tsquery, prefix tsquery, stemmed tsquery, weights float4[], visitors boolean, statuses text[]
) RETURNS TABLE ("id" uuid, "key" int)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$
  SELECT hit."id", ((ts_rank(weights, hit."document", prefix) + ts_rank(weights, hit."document", stemmed)) * 1000000)::int
    FROM (
      SELECT m."id", setweight(m."searchVector", 'D', '{}') AS "document"
        FROM "Member" m
        WHERE NOT visitors AND m."searchVector" @@ matching AND m."status"::text = ANY(statuses)
      OFFSET 0
    ) hit
  UNION ALL
  SELECT hit."id", ((ts_rank(weights, hit."document", prefix) + ts_rank(weights, hit."document", stemmed)) * 1000000)::int
    FROM (
      SELECT m."id", setweight(m."publicSearchVector", 'D', '{}') AS "document"
        FROM "Member" m
        WHERE visitors AND m."publicSearchVector" @@ matching AND m."status"::text = ANY(statuses)
      OFFSET 0
    ) hit
$$;
