import { MONTHS } from '@/lib/dashboard/chart';
import type { HeatmapCell } from '@/lib/stats/heatmap';

const SHADES = [
  'bg-stone-100 dark:bg-stone-800',
  'bg-emerald-200 dark:bg-emerald-900',
  'bg-emerald-400 dark:bg-emerald-700',
  'bg-emerald-600 dark:bg-emerald-500',
  'bg-emerald-800 dark:bg-emerald-300',
];
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

function dayTitle(cell: HeatmapCell): string {
  const [year, month, day] = cell.day.split('-').map(Number);
  const date = `${day} ${MONTHS[month - 1]} ${year}`;
  if (cell.reviews === 0) return `${date}: no reviews`;
  const reviews = `${cell.reviews} review${cell.reviews === 1 ? '' : 's'}`;
  return `${date}: ${reviews}${cell.counted ? '' : ' (reviews due that day were left for later: not in a streak)'}`;
}

/** A year of study days, a column per week: shaded by reviews, a dot under days that broke the streak's rule. */
export function Heatmap({ weeks }: { weeks: HeatmapCell[][] }) {
  return (
    <div className="pb-1" data-testid="heatmap">
      {/* Scrolled to its right end on a narrow screen: the latest weeks first. */}
      <div className="overflow-x-auto [direction:rtl]">
        <div className="inline-flex gap-[2px] [direction:ltr]">
        <div className="mr-1 grid shrink-0 grid-rows-[auto_repeat(7,minmax(0,1fr))] gap-[2px] text-[10px] leading-none text-stone-500 dark:text-stone-400">
          <span className="h-3" />
          {WEEKDAYS.map((label, index) => (
            <span key={index} className="flex h-3 items-center">
              {label}
            </span>
          ))}
        </div>
        {weeks.map((week, index) => {
          const first = week[0].day;
          const month = Number(first.slice(5, 7));
          // A month is named over its first week; the first column only when the month starts there.
          const newMonth = index === 0 ? Number(first.slice(8, 10)) <= 7 : Number(weeks[index - 1][0].day.slice(5, 7)) !== month;
          return (
            <div key={first} className="grid grid-rows-[auto_repeat(7,minmax(0,1fr))] gap-[2px]">
              <span className="block h-3 w-3 overflow-visible text-[10px] leading-none whitespace-nowrap text-stone-500 dark:text-stone-400">{newMonth && index < weeks.length - 2 ? MONTHS[month - 1] : ''}</span>
              {week.map((cell) =>
                cell.future ? (
                  <span key={cell.day} className="size-3" />
                ) : (
                  <span
                    key={cell.day}
                    title={dayTitle(cell)}
                    data-day={cell.day}
                    data-level={cell.level}
                    className={`relative block size-3 rounded-[2px] ${SHADES[cell.level]} ${cell.reviews > 0 && !cell.counted ? 'ring-1 ring-amber-500 ring-inset' : ''}`}
                  />
                ),
              )}
            </div>
          );
        })}
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-500 dark:text-stone-400">
        <span className="flex items-center gap-1">
          Fewer
          {SHADES.map((shade, level) => (
            <span key={level} className={`size-3 rounded-[2px] ${shade}`} />
          ))}
          More
        </span>
        <span className="flex items-center gap-1">
          <span className="size-3 rounded-[2px] bg-stone-100 ring-1 ring-amber-500 ring-inset dark:bg-stone-800" /> reviews left for later: not in a streak
        </span>
      </div>
    </div>
  );
}
