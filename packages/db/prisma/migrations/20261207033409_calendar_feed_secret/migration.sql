-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_memberId_key" ON "CalendarFeed"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_secretHash_key" ON "CalendarFeed"("secretHash");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Feed secrets used to be API tokens ("calendar-feed", no scope), accepted as a Bearer on /graphql.
-- They stop working now, on the feed and on the API alike: members issue a new feed address.
UPDATE "ApiToken" SET "revokedAt" = now()
WHERE "kind" = 'PERSONAL' AND "name" = 'calendar-feed' AND cardinality("scopes") = 0 AND "revokedAt" IS NULL;
