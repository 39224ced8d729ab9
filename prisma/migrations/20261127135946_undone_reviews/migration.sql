-- CreateTable
CREATE TABLE "UndoneReview" (
    "reviewLogId" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "undoneAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UndoneReview_pkey" PRIMARY KEY ("reviewLogId")
);

-- CreateIndex
CREATE UNIQUE INDEX "UndoneReview_requestId_key" ON "UndoneReview"("requestId");

-- AddForeignKey
ALTER TABLE "UndoneReview" ADD CONSTRAINT "UndoneReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
