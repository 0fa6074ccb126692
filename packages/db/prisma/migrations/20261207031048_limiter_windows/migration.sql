-- CreateTable
CREATE TABLE "LimiterWindow" (
    "key" TEXT NOT NULL,
    "used" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LimiterWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LimiterWindow_resetAt_idx" ON "LimiterWindow"("resetAt");
