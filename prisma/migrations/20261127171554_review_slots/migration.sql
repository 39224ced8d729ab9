-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewSlotsCountedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReviewSlot" (
    "userId" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "learningAgain" INTEGER NOT NULL DEFAULT 0,
    "learningHard" INTEGER NOT NULL DEFAULT 0,
    "learningGood" INTEGER NOT NULL DEFAULT 0,
    "learningEasy" INTEGER NOT NULL DEFAULT 0,
    "youngAgain" INTEGER NOT NULL DEFAULT 0,
    "youngHard" INTEGER NOT NULL DEFAULT 0,
    "youngGood" INTEGER NOT NULL DEFAULT 0,
    "youngEasy" INTEGER NOT NULL DEFAULT 0,
    "matureAgain" INTEGER NOT NULL DEFAULT 0,
    "matureHard" INTEGER NOT NULL DEFAULT 0,
    "matureGood" INTEGER NOT NULL DEFAULT 0,
    "matureEasy" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "relearning" INTEGER NOT NULL DEFAULT 0,
    "durationMs" BIGINT NOT NULL DEFAULT 0,
    "earliestDue" TIMESTAMP(3),

    CONSTRAINT "ReviewSlot_pkey" PRIMARY KEY ("userId","slot")
);

-- AddForeignKey
ALTER TABLE "ReviewSlot" ADD CONSTRAINT "ReviewSlot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
