import type { HourFigures } from '@/lib/data/stats';
import { answerButtons, sum, type DayStats } from '@/lib/stats/day-stats';
import { BarChart } from './bar-chart';
import { ChartFrame, DataTable } from './chart-frame';
import { percent, plural, type Range } from './format';

const BUTTONS = [
  { label: 'Again', color: 'bg-red-500' },
  { label: 'Hard', color: 'bg-amber-500' },
  { label: 'Good', color: 'bg-emerald-500' },
  { label: 'Easy', color: 'bg-sky-500' },
];
const KIND_LABELS = { learning: 'Learning', young: 'Young', mature: 'Mature' };

export function AnswersSection({ days, range }: { days: DayStats[]; range: Range }) {
  const kinds = answerButtons(days);
  return (
    <ChartFrame
      id="answer-buttons"
      title="Answer buttons"
      note={`How you answered in the last ${range} days, by kind of card.`}
      table={
        <DataTable
          caption="Answers by button"
          head={['Cards', 'Again', 'Hard', 'Good', 'Easy', 'Recalled']}
          rows={kinds.map(({ kind, buttons, retention }) => [KIND_LABELS[kind], ...buttons, percent(retention.rate)])}
        />
      }
    >
      <ul className="flex flex-col gap-4">
        {kinds.map(({ kind, buttons, retention }) => {
          const total = sum(buttons);
          return (
            <li key={kind}>
              <div className="flex items-baseline justify-between text-sm">
                <span className="font-medium">{KIND_LABELS[kind]}</span>
                <span className="text-stone-500 tabular-nums dark:text-stone-400">
                  {total > 0 ? `${percent(retention.rate)} recalled of ${plural(total, 'answer')}` : 'no answers'}
                </span>
              </div>
              <div className="mt-1.5 flex h-5 overflow-hidden rounded bg-stone-100 dark:bg-stone-800">
                {buttons.map((count, index) =>
                  count > 0 ? (
                    <div key={index} className={BUTTONS[index].color} style={{ width: `${(100 * count) / total}%` }} title={`${BUTTONS[index].label}: ${count} (${percent(count / total)})`} />
                  ) : null,
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-300">
        {BUTTONS.map((button) => (
          <li key={button.label} className="flex items-center gap-1.5">
            <span className={`size-2.5 rounded-sm ${button.color}`} />
            {button.label}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

export function HoursSection({ hours, range }: { hours: HourFigures[]; range: Range }) {
  const busiest = [...hours].sort((a, b) => b.total - a.total)[0];
  return (
    <ChartFrame
      id="hours"
      title="Hour of the day"
      note={busiest.total > 0 ? `When you studied in the last ${range} days, and how much you recalled; most at ${String(busiest.hour).padStart(2, '0')}:00.` : `No answers in the last ${range} days.`}
      table={
        <DataTable
          caption="Answers by hour of the day"
          head={['Hour', 'Answers', 'Recalled']}
          rows={hours.map((hour) => [`${String(hour.hour).padStart(2, '0')}:00`, hour.total, percent(hour.total ? hour.passed / hour.total : null)])}
        />
      }
    >
      <BarChart
        testId="hours-chart"
        height="h-32"
        series={[
          { key: 'recalled', label: 'Recalled', color: 'bg-emerald-500' },
          { key: 'again', label: 'Again', color: 'bg-red-400 dark:bg-red-500' },
        ]}
        columns={hours.map((hour) => ({
          key: String(hour.hour),
          label: String(hour.hour),
          showLabel: hour.hour % 6 === 0,
          values: [hour.passed, hour.total - hour.passed],
          title: `${String(hour.hour).padStart(2, '0')}:00–${String(hour.hour + 1).padStart(2, '0')}:00: ${plural(hour.total, 'answer')}${hour.total ? `, ${percent(hour.passed / hour.total)} recalled` : ''}`,
        }))}
      />
    </ChartFrame>
  );
}
