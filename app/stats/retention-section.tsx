import { retentionByPeriod, retentionOverTime, type DayStats, type Retention } from '@/lib/stats/day-stats';
import { ChartFrame, DataTable } from './chart-frame';
import { percent, shortDay, type Range } from './format';
import { RetentionChart } from './retention-chart';

function RetentionCell({ retention, testId }: { retention: Retention; testId: string }) {
  return (
    <td className="py-1.5 pr-4 tabular-nums" data-testid={testId}>
      <span className="font-medium">{percent(retention.rate)}</span>
      {retention.total > 0 && <span className="ml-1.5 text-xs text-stone-500 dark:text-stone-400">{`${retention.passed}/${retention.total}`}</span>}
    </td>
  );
}

/** True retention by period as a table, and actual retention over time against the desired retention. */
export function RetentionSection({ days, today, range, desired }: { days: DayStats[]; today: string; range: Range; desired: number }) {
  const periods = retentionByPeriod(days, today);
  const periodDays = range === 30 ? 3 : range === 90 ? 7 : 28;
  const points = retentionOverTime(days, today, range, periodDays);
  const label = (point: { from: string; to: string }) => (point.from === point.to ? shortDay(point.from) : `${shortDay(point.from)} – ${shortDay(point.to)}`);
  return (
    <ChartFrame
      id="retention"
      title="True retention"
      note="The share of reviews you recalled (anything but Again), learning steps left out: young cards have an interval under 21 days, mature ones 21 days or more. FSRS schedules each review for the moment your chance of recall falls to the desired retention, so over time the two lines should meet."
      summary={
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-md text-left text-sm" data-testid="retention-table">
            <caption className="sr-only">True retention by period</caption>
            <thead>
              <tr className="border-b border-stone-200 text-stone-600 dark:border-stone-700 dark:text-stone-300">
                <th scope="col" className="py-1 pr-4 font-medium">
                  Period
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Young
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Mature
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  All reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period.key} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                  <th scope="row" className="py-1.5 pr-4 font-normal">
                    {period.label}
                  </th>
                  <RetentionCell retention={period.young} testId={`retention-${period.key}-young`} />
                  <RetentionCell retention={period.mature} testId={`retention-${period.key}-mature`} />
                  <RetentionCell retention={period.all} testId={`retention-${period.key}-all`} />
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mt-5 text-sm font-medium">
            Actual retention over the last {range} days, {periodDays} days a point
          </h3>
        </div>
      }
      table={
        <DataTable
          caption={`Actual retention, ${periodDays} days a point`}
          head={['Period', 'Recalled', 'Reviews', 'Retention']}
          rows={points.map((point) => [label(point), point.retention.passed, point.retention.total, percent(point.retention.rate)])}
        />
      }
    >
      <RetentionChart points={points} desired={desired} label={label} />
    </ChartFrame>
  );
}
