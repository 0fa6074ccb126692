-- Workshops in their lists' order (startsAt, then id). "Published or completed" is two statuses, so
-- the (status, startsAt) index cannot give that order: the page of upcoming workshops joined the
-- facilitators, skills, seat count and waitlist of every upcoming workshop (348 at pnpm bench's
-- scale 10 000), then sorted them and kept 20. Walking this index, the page stops after its 21
-- rows: backend CPU of that statement 14 → 3 ms, 6 000 → 2 000 buffers (measured on the bench
-- database, a loaded machine).

-- CreateIndex
CREATE INDEX "Workshop_startsAt_id_idx" ON "Workshop"("startsAt", "id");
