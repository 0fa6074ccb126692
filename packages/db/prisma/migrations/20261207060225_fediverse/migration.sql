-- Fediverse (issue 18): members' opt-in, actors' keys, followers, blocked instances, the outbox.

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "fediverse" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FediverseKey" (
    "actor" TEXT NOT NULL,
    "publicKey" JSONB NOT NULL,
    "privateKey" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FediverseKey_pkey" PRIMARY KEY ("actor")
);

-- CreateTable
CREATE TABLE "FediverseFollower" (
    "id" UUID NOT NULL,
    "actor" TEXT NOT NULL,
    "followerUri" TEXT NOT NULL,
    "handle" TEXT NOT NULL DEFAULT '',
    "inboxUrl" TEXT NOT NULL,
    "sharedInboxUrl" TEXT,
    "host" TEXT NOT NULL,
    "followId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FediverseFollower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FediverseBlockedInstance" (
    "host" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "blockedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FediverseBlockedInstance_pkey" PRIMARY KEY ("host")
);

-- CreateTable
CREATE TABLE "FediverseDelivery" (
    "id" UUID NOT NULL,
    "actor" TEXT NOT NULL,
    "inboxUrl" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "activity" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FediverseDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FediverseFollower_host_idx" ON "FediverseFollower"("host");

-- CreateIndex
CREATE UNIQUE INDEX "FediverseFollower_actor_followerUri_key" ON "FediverseFollower"("actor", "followerUri");

-- CreateIndex
CREATE INDEX "FediverseDelivery_status_nextAttemptAt_idx" ON "FediverseDelivery"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "FediverseBlockedInstance" ADD CONSTRAINT "FediverseBlockedInstance_blockedById_fkey" FOREIGN KEY ("blockedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
