-- DropIndex
DROP INDEX "Card_userId_status_state_idx";

-- CreateIndex
CREATE INDEX "Card_userId_status_state_due_idx" ON "Card"("userId", "status", "state", "due");
