-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "sourceFile" TEXT;
