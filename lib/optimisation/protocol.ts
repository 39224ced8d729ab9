import type { LoggedReview } from './history';
import type { OptimisationInput, OptimisationOutcome, OptimisationProgress } from './optimise';

/** What the server sends the optimising process on its standard input: the input, dates as milliseconds. */
export interface SerialisedInput extends Omit<OptimisationInput, 'logs'> {
  logs: (Omit<LoggedReview, 'reviewedAt'> & { reviewedAt: number })[];
}

/** What the optimising process writes, one JSON message a line. */
export type WorkerMessage =
  | ({ type: 'progress' } & OptimisationProgress)
  | { type: 'outcome'; outcome: OptimisationOutcome }
  | { type: 'error'; message: string };

export function serialiseInput(input: OptimisationInput): SerialisedInput {
  return { ...input, logs: input.logs.map((log) => ({ ...log, reviewedAt: log.reviewedAt.getTime() })) };
}

export function deserialiseInput(input: SerialisedInput): OptimisationInput {
  return { ...input, logs: input.logs.map((log) => ({ ...log, reviewedAt: new Date(log.reviewedAt) })) };
}
