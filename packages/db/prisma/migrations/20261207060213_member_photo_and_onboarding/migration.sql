-- Members' uploaded photos (bytea, so every replica serves them) and the first sign-in checklist's
-- dismissal (issue 13).

-- AlterTable
ALTER TABLE "Member" ADD COLUMN "onboardingDismissedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "MemberPhoto" (
    "memberId" UUID NOT NULL,
    "hash" TEXT NOT NULL,
    "large" BYTEA NOT NULL,
    "small" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberPhoto_pkey" PRIMARY KEY ("memberId")
);

-- AddForeignKey
ALTER TABLE "MemberPhoto" ADD CONSTRAINT "MemberPhoto_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
