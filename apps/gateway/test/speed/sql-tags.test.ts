// Which public-cache tags a raw SQL statement bumps (src/cache/tags.ts): reads none, however often
// their text comes back (it is remembered), writes those of the tables they name.
import { describe, expect, it } from 'vitest';
import { ALL_TAGS, tagsOfSql } from '../../src/cache/tags.ts';

describe('tags of a raw statement', () => {
  it('bumps nothing for a read, the first time and the next', () => {
    const read = 'SELECT "Member"."id" FROM "Member" WHERE "Member"."handle" = $1';
    expect(tagsOfSql(read)).toEqual([]);
    expect(tagsOfSql(read)).toEqual([]);
  });

  it('bumps the tables a write names, even after reads of the same tables', () => {
    for (let i = 0; i < 2_000; i++) expect(tagsOfSql(`SELECT "Member"."id" FROM "Member" LIMIT ${i}`)).toEqual([]);
    expect(tagsOfSql('UPDATE "Member" SET "headline" = $1 WHERE "id" = $2')).toEqual(['people']);
    expect(tagsOfSql('UPDATE "Member" SET "headline" = $1 WHERE "id" = $2')).toEqual(['people']);
    expect(tagsOfSql('WITH x AS (SELECT 1) INSERT INTO "Workshop" SELECT * FROM x').sort()).toEqual(['workshops']);
    expect(tagsOfSql('delete from somewhere_dynamic')).toEqual([...ALL_TAGS]);
  });
});
