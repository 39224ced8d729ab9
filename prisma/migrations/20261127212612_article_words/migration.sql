-- CreateTable
CREATE TABLE "ArticleWord" (
    "articleId" INTEGER NOT NULL,
    "wordId" INTEGER NOT NULL,
    "tokens" INTEGER NOT NULL,

    CONSTRAINT "ArticleWord_pkey" PRIMARY KEY ("articleId","wordId")
);

-- CreateIndex
CREATE INDEX "ArticleWord_wordId_idx" ON "ArticleWord"("wordId");

-- AddForeignKey
ALTER TABLE "ArticleWord" ADD CONSTRAINT "ArticleWord_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleWord" ADD CONSTRAINT "ArticleWord_wordId_fkey" FOREIGN KEY ("wordId") REFERENCES "Word"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counted from the occurrences already saved (derived data: lib/data/article-words.ts keeps it).
INSERT INTO "ArticleWord" ("articleId", "wordId", tokens)
SELECT s."articleId", o."wordId", count(*)::int FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId"
GROUP BY s."articleId", o."wordId";
