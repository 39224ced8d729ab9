-- AlterEnum
ALTER TYPE "CardStatus" ADD VALUE 'RETIRED';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "author" TEXT,
ADD COLUMN     "vocabularyVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "queuedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Occurrence" ADD COLUMN     "phraseLength" INTEGER,
ADD COLUMN     "phraseStart" INTEGER,
ADD COLUMN     "reading" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Word" ADD COLUMN     "isName" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replacedBy" TEXT;
