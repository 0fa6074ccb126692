-- CreateEnum
CREATE TYPE "DataExportStatus" AS ENUM ('PENDING', 'RUNNING', 'READY', 'FAILED');

-- CreateTable
CREATE TABLE "DataExport" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "status" "DataExportStatus" NOT NULL DEFAULT 'PENDING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMPTZ(3),
    "secretHash" TEXT NOT NULL,
    "archive" BYTEA,
    "sizeBytes" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "downloadedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DataExport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErasedHandle" (
    "handleHash" TEXT NOT NULL,
    "erasedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErasedHandle_pkey" PRIMARY KEY ("handleHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataExport_secretHash_key" ON "DataExport"("secretHash");

-- CreateIndex
CREATE INDEX "DataExport_status_createdAt_idx" ON "DataExport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "DataExport_memberId_createdAt_idx" ON "DataExport"("memberId", "createdAt");

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
