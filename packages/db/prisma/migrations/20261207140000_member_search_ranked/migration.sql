-- Directory search through the GIN index. For a search that matches many members (a third of them
-- for "Gestion de projet") the planner scans the whole Member table instead of the index, and each
-- member's search document (~2.5 KB, out of line) is then fetched and tested for every member:
-- 73 000 buffers at 10 000 members. Through the index only the matches' documents are read, for
-- their ranks (20 000 buffers). The SET clause is what keeps the planner on the index: reading it is
-- never costlier here, since every match's document is read for its rank anyway.
-- Measured on pnpm bench's database (scale 10 000, a loaded machine), backend CPU of the directory's
-- page + total statement: 66 → 30 ms for "Gestion de projet", 84 → 16 ms for "Photographie", and
-- 605–635 → 560–565 ms for the 37 skill names in turn (the selective ones already went through the
-- index), same answers.
--
-- matching: the tsquery a member must match (prefix || stemmed); prefix, stemmed: the two ranked
-- queries; weights: ts_rank's {D, C, B, A}; visitors: search what members show visitors
-- ("publicSearchVector") instead of what they show members ("searchVector"); statuses: the members'
-- statuses to keep (compared as text, so that no status index lures the planner off the GIN one).
-- Returns each matching member's id and relevance (ts_rank sum × 10⁶, an integer for cursors): a
-- search with no other filter needs nothing else, so it never reads the Member table beyond its matches.
CREATE FUNCTION "member_search_ranked"(
  matching tsquery, prefix tsquery, stemmed tsquery, weights float4[], visitors boolean, statuses text[]
) RETURNS TABLE ("id" uuid, "key" int)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$
  SELECT m."id", ((ts_rank(weights, m."searchVector", prefix) + ts_rank(weights, m."searchVector", stemmed)) * 1000000)::int
    FROM "Member" m
    WHERE NOT visitors AND m."searchVector" @@ matching AND m."status"::text = ANY(statuses)
  UNION ALL
  SELECT m."id", ((ts_rank(weights, m."publicSearchVector", prefix) + ts_rank(weights, m."publicSearchVector", stemmed)) * 1000000)::int
    FROM "Member" m
    WHERE visitors AND m."publicSearchVector" @@ matching AND m."status"::text = ANY(statuses)
$$;
