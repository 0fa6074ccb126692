-- Directory search through the GIN index, each member's search document read once. The planner
-- sees a search that matches a third of the members and scans the table instead of the index; but
-- each search document (~2.5 KB) lives out of line (TOAST), so that scan fetched every member's
-- document once per test ("prefix" @@, then "stemmed" @@) and again per rank: 73 000 buffers for a
-- search at 10 000 members. Here the index finds the matches (no document read for that), each
-- match's document is fetched once (the `|| ''` copy) and both ranks read the copy: 15 000
-- buffers for the same answer (measured with EXPLAIN (ANALYZE, BUFFERS), pnpm bench's database).
-- The SET clause is what keeps the planner on the index: reading the index is never costlier here,
-- since every match's document must be read for its rank anyway.
--
-- matching: the tsquery a member must match (prefix || stemmed); prefix, stemmed: the two ranked
-- queries; weights: ts_rank's {D, C, B, A}; visitors: search what members show visitors
-- ("publicSearchVector") instead of what they show members ("searchVector").
-- Returns each matching member's id and relevance (ts_rank sum × 10⁶, as an integer for cursors).
CREATE FUNCTION "member_search_ranked"(
  matching tsquery, prefix tsquery, stemmed tsquery, weights float4[], visitors boolean
) RETURNS TABLE ("id" uuid, "key" int)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$
  SELECT hit."id", ((ts_rank(weights, hit."document", prefix) + ts_rank(weights, hit."document", stemmed)) * 1000000)::int
  FROM (
    SELECT m."id", m."searchVector" || ''::tsvector AS "document"
      FROM "Member" m WHERE NOT visitors AND m."searchVector" @@ matching
    UNION ALL
    SELECT m."id", m."publicSearchVector" || ''::tsvector
      FROM "Member" m WHERE visitors AND m."publicSearchVector" @@ matching
    OFFSET 0
  ) hit
$$;
