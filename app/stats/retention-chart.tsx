import type { RetentionPoint } from '@/lib/stats/day-stats';

const WIDTH = 600;
const HEIGHT = 180;

/**
 * Actual retention per period as a line, against the desired retention as a dashed line. The scale starts
 * low enough to show both, in steps of 10 %.
 */
export function RetentionChart(props: { points: RetentionPoint[]; desired: number; label: (point: RetentionPoint) => string }) {
  const { points, desired } = props;
  const rates = points.map((point) => point.retention.rate).filter((rate): rate is number => rate !== null);
  const bottom = Math.max(0, Math.min(0.7, Math.floor(Math.min(desired, ...rates) * 10 - 0.5) / 10));
  const ticks = Array.from({ length: Math.round((1 - bottom) * 10) + 1 }, (_, index) => Math.round((bottom + index / 10) * 10) / 10);
  const x = (index: number) => (points.length === 1 ? WIDTH / 2 : (index / (points.length - 1)) * WIDTH);
  const y = (rate: number) => HEIGHT - ((rate - bottom) / (1 - bottom)) * HEIGHT;
  // Periods without reviews break the line instead of pretending.
  const segments: string[] = [];
  let current = '';
  points.forEach((point, index) => {
    if (point.retention.rate === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.retention.rate).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <div className="flex gap-2" data-testid="retention-chart">
      <div className="relative h-44 w-9 shrink-0 text-right text-xs tabular-nums text-stone-500 dark:text-stone-400">
        {ticks.map((tick) => (
          <span key={tick} className="absolute right-0 translate-y-1/2 leading-none" style={{ bottom: `${((tick - bottom) / (1 - bottom)) * 100}%` }}>
            {Math.round(tick * 100)}%
          </span>
        ))}
      </div>
      <div className="min-w-0 flex-1">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-44 w-full overflow-visible">
          {ticks.map((tick) => (
            <line key={tick} x1={0} x2={WIDTH} y1={y(tick)} y2={y(tick)} vectorEffect="non-scaling-stroke" className="stroke-stone-200 dark:stroke-stone-800" strokeDasharray={tick === bottom ? undefined : '3 3'} />
          ))}
          <line x1={0} x2={WIDTH} y1={y(desired)} y2={y(desired)} vectorEffect="non-scaling-stroke" strokeWidth={2} strokeDasharray="6 4" className="stroke-sky-500" />
          {segments.map((path) => (
            <path key={path} d={path} fill="none" vectorEffect="non-scaling-stroke" strokeWidth={2.5} strokeLinejoin="round" className="stroke-emerald-600 dark:stroke-emerald-400" />
          ))}
        </svg>
        <div className="relative -mt-44 grid h-44" style={{ gridTemplateColumns: `repeat(${points.length}, minmax(0, 1fr))` }}>
          {points.map((point) => (
            <div
              key={point.from}
              className="hover:bg-stone-500/10"
              title={`${props.label(point)}: ${point.retention.rate === null ? 'no reviews' : `${(point.retention.rate * 100).toFixed(1)}% of ${point.retention.total} reviews recalled`}`}
            />
          ))}
        </div>
        <ul className="mt-2 flex flex-wrap gap-x-4 text-xs text-stone-600 dark:text-stone-300">
          <li className="flex items-center gap-1.5">
            <span className="h-0.5 w-4 bg-emerald-600 dark:bg-emerald-400" /> actual retention
          </li>
          <li className="flex items-center gap-1.5">
            <span className="h-0.5 w-4 border-t-2 border-dashed border-sky-500" /> desired retention ({Math.round(desired * 100)}%)
          </li>
        </ul>
      </div>
    </div>
  );
}
