-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "suspendedWithAll" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "UndoneReview" ADD COLUMN     "cardId" INTEGER;
