import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isImprovement } from './decision';
import { cardHistories } from './history';
import { binOf, effectiveParameters, evaluate, logLoss, meanAbsoluteDifference, predictions, rmseBins, type Prediction } from './metrics';
import { SIMULATED_LEARNER_PARAMETERS, simulateHistory } from './simulate';

const prediction = (retrievability: number, recalled: boolean, bin = 'a'): Prediction => ({ retrievability, recalled, bin });

describe('binOf', () => {
  it('bins by days since the last review, reviews on later days and lapses, on FSRS’s logarithmic scales', () => {
    expect(binOf([{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1 }])).toBe('248/4/0');
    expect(binOf([{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }])).toBe('248/4/0');
    expect(binOf([{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 4 }])).toBe('898/4/0');
    const lapsed = [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 2 }, { rating: 1, deltaT: 0 }, { rating: 3, deltaT: 1 }, { rating: 3, deltaT: 15 }];
    // 3 reviews on later days (+1 = 4), one lapse on a later day (the same-day Again is a learning step)
    expect(binOf(lapsed)).toBe('3250/7/2');
  });
});

describe('predictions', () => {
  it('predicts each review on a later day from the memory the earlier reviews left, same-day steps included', () => {
    const [history] = cardHistories(
      [
        { cardId: 1, rating: 3, stateBefore: 'NEW', reviewedAt: new Date('2026-03-01T10:00:00Z') },
        { cardId: 1, rating: 3, stateBefore: 'REVIEW', reviewedAt: new Date('2026-03-04T10:00:00Z') },
      ],
      'UTC',
      4,
    );
    const [only] = predictions([history], []);
    // A first Good gives stability w[2]; three days later, R is the forgetting curve at 3 days.
    expect(only.retrievability).toBeCloseTo(forgetting_curve([...default_w], 3, default_w[2]), 10);
    expect(only.recalled).toBe(true);

    const withStep = predictions([{ cardId: 1, reviews: [{ rating: 1, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }] }], []);
    expect(withStep).toHaveLength(1);
    expect(withStep[0].retrievability).not.toBeCloseTo(only.retrievability, 3);
  });

  it('uses ts-fsrs’s defaults for empty parameters', () => {
    expect(effectiveParameters([])).toEqual([...default_w]);
    expect(effectiveParameters([1, 2])).toEqual([1, 2]);
  });
});

describe('logLoss and rmseBins', () => {
  it('computes the mean cross-entropy', () => {
    expect(logLoss([prediction(0.9, true), prediction(0.9, false)])).toBeCloseTo((-Math.log(0.9) - Math.log(0.1)) / 2, 12);
    expect(logLoss([])).toBeNaN();
  });

  it('compares each bin’s mean prediction with its share recalled, weighted by the bin’s size', () => {
    const predicted = [prediction(0.9, true, 'x'), prediction(0.7, false, 'x'), prediction(0.6, true, 'y')];
    // bin x: mean 0.8 against 0.5 recalled (2 reviews); bin y: 0.6 against 1 (1 review)
    expect(rmseBins(predicted)).toBeCloseTo(Math.sqrt((2 * 0.3 ** 2 + 1 * 0.4 ** 2) / 3), 12);
    expect(rmseBins([prediction(0.75, true, 'z'), prediction(0.75, true, 'z'), prediction(0.75, true, 'z'), prediction(0.75, false, 'z')])).toBeCloseTo(0, 12);
  });

  it('gives the mean gap between two sets of predictions', () => {
    expect(meanAbsoluteDifference([prediction(0.9, true), prediction(0.5, true)], [prediction(0.8, true), prediction(0.7, true)])).toBeCloseTo(0.15, 12);
    expect(() => meanAbsoluteDifference([prediction(0.9, true)], [])).toThrow(RangeError);
  });

  it('scores a simulated learner’s true parameters better than ts-fsrs’s defaults on their history', () => {
    const simulated = simulateHistory({ seed: 7, cards: 120, reviews: 3000, firstDayStart: new Date('2026-01-01T20:00:00Z') });
    const histories = cardHistories(simulated.reviews, 'Asia/Shanghai', 4);
    const truth = evaluate(histories, SIMULATED_LEARNER_PARAMETERS);
    const defaults = evaluate(histories, []);
    expect(truth.logLoss).toBeLessThan(defaults.logLoss);
    expect(truth.rmseBins).toBeLessThan(defaults.rmseBins);
    expect(isImprovement(defaults, truth)).toBe(true);
    expect(isImprovement(truth, defaults)).toBe(false);
  });
});

describe('isImprovement', () => {
  it('needs a lower log loss and an RMSE no higher', () => {
    expect(isImprovement({ logLoss: 0.3, rmseBins: 0.05 }, { logLoss: 0.29, rmseBins: 0.05 })).toBe(true);
    expect(isImprovement({ logLoss: 0.3, rmseBins: 0.05 }, { logLoss: 0.3, rmseBins: 0.04 })).toBe(false);
    expect(isImprovement({ logLoss: 0.3, rmseBins: 0.05 }, { logLoss: 0.29, rmseBins: 0.051 })).toBe(false);
  });
});
