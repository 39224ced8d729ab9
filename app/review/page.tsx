import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getReviewQueue } from '@/lib/data/review';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { ReviewSession } from './review-session';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage() {
  const { db, user } = await learnerOrUnavailable();
  const queue = await getReviewQueue(db, user, new Date());
  return (
    <>
      <h1 className="sr-only">Review</h1>
      <ReviewSession
        initialQueue={queue}
        renderId={randomUUID()}
        display={{ rubyPinyin: user.rubyPinyin, toneColours: user.toneColours, speakOnReveal: user.speakOnReveal }}
      />
    </>
  );
}
