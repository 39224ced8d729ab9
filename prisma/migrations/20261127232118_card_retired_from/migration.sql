-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "retiredFrom" "CardStatus";
