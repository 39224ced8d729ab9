/** A failure the learner should read as it is (the others are logged, and the learner told it failed). */
export class OptimiserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptimiserError';
  }
}
