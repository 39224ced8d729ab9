import { createRequire } from 'node:module';
import { OptimiserError } from './errors';

/** The part of fsrs-rs's Node binding (@open-spaced-repetition/binding 0.5) that Ciku uses. */
export interface NativeOptimiser {
  FSRSBindingReview: new (rating: number, deltaT: number) => NativeReview;
  FSRSBindingItem: new (reviews: NativeReview[]) => NativeItem;
  computeParameters(
    items: NativeItem[],
    options: { enableShortTerm: boolean; numRelearningSteps?: number; progress?: (current: number, total: number) => void },
  ): Promise<number[]>;
}
declare const nativeReview: unique symbol;
declare const nativeItem: unique symbol;
type NativeReview = { [nativeReview]: true };
type NativeItem = { [nativeItem]: true };

/**
 * The binding's wrapper package lists a native package for every platform, but only Linux x64 (glibc) is
 * published for version 0.5, and a lock file cannot name the others, so `npm ci` refuses it. Ciku depends
 * on that native package directly (optional: elsewhere it is not installed) and loads it as the wrapper
 * would.
 */
const PACKAGE = '@open-spaced-repetition/binding-linux-x64-gnu';

export function loadNativeOptimiser(): NativeOptimiser {
  try {
    return createRequire(import.meta.url)(PACKAGE) as NativeOptimiser;
  } catch (error) {
    throw new OptimiserError(
      `The FSRS optimiser (${PACKAGE}) cannot run on this machine (${process.platform} ${process.arch}): it is built for Linux x64 with glibc only. ` +
        `(${(error as Error).message.split('\n')[0]})`,
    );
  }
}
