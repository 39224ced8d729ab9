-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "suspendedWithAll" BOOLEAN NOT NULL DEFAULT false;
