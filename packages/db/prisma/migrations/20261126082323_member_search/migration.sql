-- Directory search (members(search: …)): a weighted tsvector per member, kept up to date by
-- triggers so every writer (the API, the seed, admin scripts) stays searchable without thinking
-- about it. Built-in full-text only: the embedded PGlite loads neither unaccent nor pg_trgm, so
-- accents are folded by "search_fold" and prefixes are matched with tsquery's ":*".

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Member_searchVector_idx" ON "Member" USING GIN ("searchVector");

-- Lower case without diacritics ("Éloïse" → "eloise", "Œuvre" → "oeuvre"): decompose, drop the
-- combining marks, spell out the ligatures. The application folds search terms the same way
-- (apps/gateway/src/search/fold.ts). (translate() with a table of accented letters was 3× slower.)
CREATE FUNCTION "search_fold"(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(replace(lower(regexp_replace(normalize(input, NFD), '[\u0300-\u036f]', '', 'g')), 'œ', 'oe'), 'æ', 'ae')
$$;

-- Each part is indexed twice: as written ('simple', for prefixes: "graph" finds "graphiste") and
-- stemmed ('french': "photographe" finds "photographie"). Weights: A what the member offers
-- (headline, skills, what they can do), B their name, C where they are, D their story and wishes.
-- Private fields (email, concerns, motivation) and cannotDo (a refusal is not an offer) stay out.
CREATE FUNCTION "member_search_vector"(
  offer text, names text, places text, story text
) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT
    setweight(to_tsvector('simple', f.offer) || to_tsvector('french', f.offer), 'A') ||
    setweight(to_tsvector('simple', f.names) || to_tsvector('french', f.names), 'B') ||
    setweight(to_tsvector('simple', f.places) || to_tsvector('french', f.places), 'C') ||
    setweight(to_tsvector('simple', f.story) || to_tsvector('french', f.story), 'D')
  FROM (SELECT
    search_fold(coalesce(offer, '')) AS offer, search_fold(coalesce(names, '')) AS names,
    search_fold(coalesce(places, '')) AS places, search_fold(coalesce(story, '')) AS story
  ) f
$$;

-- A bulk writer (the seed) may set eko.search_deferred to 'on' for its transaction, then refresh
-- every member once at the end (UPDATE "Member" SET "searchVector" = NULL) instead of twice per
-- member (on insert, then again when the member's skills arrive).
CREATE FUNCTION "member_search_deferred"() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('eko.search_deferred', true), '') = 'on' $$;

CREATE FUNCTION "member_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  skill_names text;
BEGIN
  IF member_search_deferred() THEN
    RETURN NEW;
  END IF;
  SELECT string_agg(s."name" || ' ' || s."nameEn", ' ') INTO skill_names
    FROM "MemberSkill" ms JOIN "Skill" s ON s."id" = ms."skillId"
    WHERE ms."memberId" = NEW."id";
  NEW."searchVector" := member_search_vector(
    concat_ws(' ', NEW."headline", skill_names, NEW."canDo"),
    concat_ws(' ', NEW."displayName", NEW."handle"),
    concat_ws(' ', NEW."city", NEW."region"),
    concat_ws(' ', NEW."bio", NEW."wishes")
  );
  RETURN NEW;
END
$$;

-- Listing "searchVector" means any attempt to write it recomputes it instead.
CREATE TRIGGER "Member_search_refresh"
  BEFORE INSERT OR UPDATE OF "displayName", "handle", "headline", "bio", "city", "region", "canDo", "wishes", "searchVector"
  ON "Member"
  FOR EACH ROW EXECUTE FUNCTION "member_search_refresh"();

-- A member's skills changed: recompute once per statement for the members concerned.
CREATE FUNCTION "member_skill_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF member_search_deferred() THEN
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Member" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "memberId" FROM old_rows);
  ELSIF TG_OP = 'INSERT' THEN
    UPDATE "Member" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "memberId" FROM new_rows);
  ELSE
    UPDATE "Member" SET "searchVector" = NULL
      WHERE "id" IN (SELECT "memberId" FROM old_rows UNION SELECT "memberId" FROM new_rows);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "MemberSkill_search_insert" AFTER INSERT ON "MemberSkill"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "member_skill_search_refresh"();
CREATE TRIGGER "MemberSkill_search_update" AFTER UPDATE ON "MemberSkill"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "member_skill_search_refresh"();
CREATE TRIGGER "MemberSkill_search_delete" AFTER DELETE ON "MemberSkill"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "member_skill_search_refresh"();

-- A skill renamed in the taxonomy: its holders are found under the new name.
CREATE FUNCTION "skill_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Member" SET "searchVector" = NULL
    WHERE "id" IN (SELECT "memberId" FROM "MemberSkill" WHERE "skillId" = NEW."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Skill_search_refresh" AFTER UPDATE OF "name", "nameEn" ON "Skill"
  FOR EACH ROW EXECUTE FUNCTION "skill_search_refresh"();

-- Existing members become searchable now.
UPDATE "Member" SET "searchVector" = NULL;
