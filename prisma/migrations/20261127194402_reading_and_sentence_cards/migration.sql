-- CreateEnum
CREATE TYPE "CardKind" AS ENUM ('WORD', 'SENTENCE');

-- CreateEnum
CREATE TYPE "BoundaryKind" AS ENUM ('JOIN', 'SPLIT');

-- AlterEnum
ALTER TYPE "CardStatus" ADD VALUE 'IGNORED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NewCardOrder" ADD VALUE 'HSK_LEVEL';
ALTER TYPE "NewCardOrder" ADD VALUE 'GENERAL_FREQUENCY';

-- DropIndex
DROP INDEX "Card_userId_wordId_key";

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "kind" "CardKind" NOT NULL DEFAULT 'WORD',
ADD COLUMN     "sentenceId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "rubyPinyin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sentenceCards" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "speakOnReveal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "toneColours" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Word" ADD COLUMN     "generalRank" INTEGER,
ADD COLUMN     "hskLevel" INTEGER;

-- CreateTable
CREATE TABLE "BoundaryRule" (
    "id" SERIAL NOT NULL,
    "kind" "BoundaryKind" NOT NULL,
    "hanzi" TEXT NOT NULL,
    "parts" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoundaryRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "upToLevel" INTEGER NOT NULL,
    "cardIds" INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoundaryRule_hanzi_key" ON "BoundaryRule"("hanzi");

-- CreateIndex
CREATE INDEX "Placement_userId_createdAt_idx" ON "Placement"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Card_sentenceId_idx" ON "Card"("sentenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Card_userId_wordId_kind_key" ON "Card"("userId", "wordId", "kind");

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
