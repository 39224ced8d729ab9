import { forgettingCurve } from '@/lib/stats/distributions';
import { memoryCurve } from '@/lib/stats/forgetting-curve';
import type { WordDetail } from '@/lib/data/words';

const WIDTH = 600;
const HEIGHT = 160;

const path = (points: [number, number][], x: (time: number) => number, y: (rate: number) => number) =>
  points.map(([time, rate], index) => `${index === 0 ? 'M' : 'L'}${x(time).toFixed(1)},${y(rate).toFixed(1)}`).join('');

/** The card's memory as FSRS sees it: stability, difficulty, recall now, and the forgetting curve through its reviews. */
export function MemorySection(props: { word: WordDetail; parameters: number[]; now: Date; timeZone: string }) {
  const { word, now, timeZone } = props;
  const { card } = word;
  const studied = card.state !== 'NEW';
  if (!studied) return null;
  const curve = memoryCurve(
    [...word.reviews].reverse().map((review) => ({ reviewedAt: review.reviewedAt, stabilityBefore: review.stabilityBefore })),
    { stability: card.stability, due: card.due, lastReview: card.lastReview, studied },
    now,
    forgettingCurve(props.parameters),
  );
  const thisYear = now.toLocaleDateString('en-GB', { year: 'numeric', timeZone });
  const day = (time: number) => {
    const date = new Date(time);
    const year = date.toLocaleDateString('en-GB', { year: 'numeric', timeZone });
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: year === thisYear ? undefined : 'numeric', timeZone });
  };
  const figures = [
    { key: 'stability', label: 'Stability', value: `${card.stability < 10 ? card.stability.toFixed(1) : Math.round(card.stability)} days`, detail: 'until recall falls to 90 %' },
    { key: 'difficulty', label: 'Difficulty', value: `${card.difficulty.toFixed(1)} / 10`, detail: '1 easiest, 10 hardest' },
    { key: 'retrievability', label: 'Recall now', value: card.retrievability === null ? '—' : `${Math.round(card.retrievability * 100)}%`, detail: 'FSRS’s estimate' },
  ];
  return (
    <section aria-labelledby="memory" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900" data-testid="memory">
      <h2 id="memory" className="text-lg font-semibold">
        Memory
      </h2>
      <dl className="mt-3 grid grid-cols-3 gap-4">
        {figures.map((figure) => (
          <div key={figure.key}>
            <dt className="text-sm text-stone-600 dark:text-stone-300">{figure.label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={`memory-${figure.key}`}>
              {figure.value}
              <span className="block text-xs font-normal text-stone-500 dark:text-stone-400">{figure.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
      {curve && <CurveChart curve={curve} day={day} />}
    </section>
  );
}

function CurveChart({ curve, day }: { curve: NonNullable<ReturnType<typeof memoryCurve>>; day: (time: number) => string }) {
  const x = (time: number) => ((time - curve.start) / (curve.end - curve.start)) * WIDTH;
  const y = (rate: number) => HEIGHT - rate * HEIGHT;
  // "now" and "next …" would overlap: the second goes on a line of its own.
  const crowded = curve.due !== null && x(curve.due) - x(curve.now) < WIDTH * 0.15;
  const summary = `Recall now ${Math.round((curve.recallNow ?? 0) * 100)}%${
    curve.due !== null && curve.recallAtDue !== null ? `; by the next review on ${day(curve.due)} about ${Math.round(curve.recallAtDue * 100)}%` : '; the review is due'
  }.`;
  return (
    <figure className="mt-5">
      <figcaption className="text-sm text-stone-600 dark:text-stone-300" data-testid="memory-curve-summary">
        Forgetting curve: each review brings recall back to 100%, and it falls more slowly as stability grows. {summary}
      </figcaption>
      <div className="mt-3 flex gap-2" aria-hidden>
        <div className="relative h-40 w-9 shrink-0 text-right text-xs tabular-nums text-stone-500 dark:text-stone-400">
          {[0, 0.5, 0.9, 1].map((tick) => (
            <span key={tick} className="absolute right-0 translate-y-1/2 leading-none" style={{ bottom: `${tick * 100}%` }}>
              {tick * 100}%
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-40 w-full overflow-visible" data-testid="memory-curve">
            {[0, 0.5, 0.9, 1].map((tick) => (
              <line key={tick} x1={0} x2={WIDTH} y1={y(tick)} y2={y(tick)} vectorEffect="non-scaling-stroke" strokeDasharray={tick === 0 ? undefined : '3 3'} className="stroke-stone-200 dark:stroke-stone-700" />
            ))}
            {curve.past.map((points, index) => (
              <path key={index} d={path(points, x, y)} fill="none" vectorEffect="non-scaling-stroke" strokeWidth={2.5} className="stroke-violet-600 dark:stroke-violet-400" />
            ))}
            <path d={path(curve.projection, x, y)} fill="none" vectorEffect="non-scaling-stroke" strokeWidth={2} strokeDasharray="5 4" className="stroke-violet-400 dark:stroke-violet-300" />
            <line x1={x(curve.now)} x2={x(curve.now)} y1={0} y2={HEIGHT} vectorEffect="non-scaling-stroke" className="stroke-stone-500" strokeDasharray="2 3" />
            {curve.due !== null && (
              <line x1={x(curve.due)} x2={x(curve.due)} y1={0} y2={HEIGHT} vectorEffect="non-scaling-stroke" strokeWidth={2} className="stroke-emerald-600 dark:stroke-emerald-400" />
            )}
          </svg>
          <div className={`relative mt-1 text-xs whitespace-nowrap text-stone-500 dark:text-stone-400 ${crowded ? 'h-8' : 'h-4'}`}>
            <span className="absolute left-0">{day(curve.start)}</span>
            <span className="absolute -translate-x-1/2 font-medium text-stone-700 dark:text-stone-200" style={{ left: `${(x(curve.now) / WIDTH) * 100}%` }}>
              now
            </span>
            {curve.due !== null && (
              <span className={`absolute -translate-x-1/2 text-emerald-700 dark:text-emerald-400 ${crowded ? 'top-4' : ''}`} style={{ left: `${(x(curve.due) / WIDTH) * 100}%` }}>
                next {day(curve.due)}
              </span>
            )}
          </div>
        </div>
      </div>
    </figure>
  );
}
