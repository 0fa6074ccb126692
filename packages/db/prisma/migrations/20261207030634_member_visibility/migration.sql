-- Member visibility (issue 12): who a member is listed to, and which profile parts visitors see.
-- CreateEnum
CREATE TYPE "MemberListing" AS ENUM ('VISITORS', 'MEMBERS');

-- CreateEnum
CREATE TYPE "PublicField" AS ENUM ('PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "listing" "MemberListing" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "publicFields" "PublicField"[] DEFAULT ARRAY[]::"PublicField"[],
ADD COLUMN     "publicSearchVector" tsvector;

-- CreateIndex
CREATE INDEX "Member_publicSearchVector_idx" ON "Member" USING GIN ("publicSearchVector");

-- The search document visitors search: the same weights as "searchVector", with only the parts the
-- member shows to visitors (skills and what they can do with SKILLS and CARD, places with PLACE,
-- wishes with CARD) and never the bio. Kept by the same trigger, which now also fires when the
-- member changes their choices.
CREATE OR REPLACE FUNCTION "member_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  skill_names text;
  shows_skills boolean := NEW."publicFields" @> ARRAY['SKILLS']::"PublicField"[];
  shows_card boolean := NEW."publicFields" @> ARRAY['CARD']::"PublicField"[];
  shows_place boolean := NEW."publicFields" @> ARRAY['PLACE']::"PublicField"[];
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
  NEW."publicSearchVector" := member_search_vector(
    concat_ws(' ', NEW."headline", CASE WHEN shows_skills THEN skill_names END, CASE WHEN shows_card THEN NEW."canDo" END),
    concat_ws(' ', NEW."displayName", NEW."handle"),
    CASE WHEN shows_place THEN concat_ws(' ', NEW."city", NEW."region") END,
    CASE WHEN shows_card THEN NEW."wishes" END
  );
  RETURN NEW;
END
$$;

DROP TRIGGER "Member_search_refresh" ON "Member";
CREATE TRIGGER "Member_search_refresh"
  BEFORE INSERT OR UPDATE OF "displayName", "handle", "headline", "bio", "city", "region", "canDo", "wishes", "publicFields", "searchVector"
  ON "Member"
  FOR EACH ROW EXECUTE FUNCTION "member_search_refresh"();

-- Members whose page is published today chose to be seen: they stay listed to visitors with what
-- their page already shows. Everyone else becomes visible to members only (privacy by default).
UPDATE "Member" m SET "listing" = 'VISITORS', "publicFields" = ARRAY['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE']::"PublicField"[]
WHERE EXISTS (SELECT 1 FROM "VisibilityPage" p WHERE p."memberId" = m."id" AND p."published");

-- Every member's two search documents, now.
UPDATE "Member" SET "searchVector" = NULL;
