import Link from 'next/link';
import type { CardFigures, StatsData } from '@/lib/data/stats';
import { DIFFICULTY_LABELS, RETRIEVABILITY_LABELS, STABILITY_LABELS, STABILITY_TITLES } from '@/lib/stats/distributions';
import { BarChart } from './bar-chart';
import { ChartFrame, DataTable } from './chart-frame';
import { plural, shortDay } from './format';

export function ForecastSection({ stats, tomorrow }: { stats: StatsData; tomorrow: string }) {
  const [today, ...later] = stats.forecast;
  const dueToday = today.review + today.learning;
  const total = stats.forecast.reduce((sum, day) => sum + day.review + day.learning, 0) + stats.overdue;
  const label = (day: string) => (day === today.day ? 'Today' : day === tomorrow ? 'Tomorrow' : shortDay(day));
  return (
    <ChartFrame
      id="forecast"
      title="Due in the next 30 days"
      note={
        <>
          <span data-testid="forecast-backlog">
            {stats.overdue > 0 ? `${plural(stats.overdue, 'card')} overdue from before today, ` : 'No backlog, '}
            {plural(dueToday, 'card')} due today
          </span>
          ; {plural(total, 'review')} in all by {shortDay(later.at(-1)?.day ?? today.day)}, new cards not counted.
        </>
      }
      table={
        <DataTable
          caption="Cards due per day"
          head={['Day', 'Overdue', 'Reviews', 'Learning']}
          rows={stats.forecast.map((day, index) => [label(day.day), index === 0 ? stats.overdue : 0, day.review, day.learning])}
        />
      }
    >
      <BarChart
        testId="forecast-chart"
        series={[
          { key: 'overdue', label: 'Overdue', color: 'bg-amber-500' },
          { key: 'review', label: 'Reviews', color: 'bg-emerald-500' },
          { key: 'learning', label: 'Learning', color: 'bg-orange-400 dark:bg-orange-500' },
        ]}
        columns={stats.forecast.map((day, index) => ({
          key: day.day,
          label: label(day.day),
          showLabel: index % 7 === 0,
          values: [index === 0 ? stats.overdue : 0, day.review, day.learning],
          title: `${label(day.day)}: ${index === 0 && stats.overdue > 0 ? `${stats.overdue} overdue, ` : ''}${plural(day.review, 'review')}, ${day.learning} learning`,
        }))}
      />
    </ChartFrame>
  );
}

const STATES = [
  { key: 'new', label: 'New', color: 'bg-sky-500', filter: 'new' },
  { key: 'learning', label: 'Learning', color: 'bg-orange-500', filter: 'learning' },
  { key: 'young', label: 'Young', color: 'bg-emerald-400', filter: 'review' },
  { key: 'mature', label: 'Mature', color: 'bg-emerald-700 dark:bg-emerald-300', filter: 'review' },
  { key: 'known', label: 'Known', color: 'bg-stone-400', filter: 'known' },
  { key: 'suspended', label: 'Suspended', color: 'bg-stone-300 dark:bg-stone-600', filter: 'suspended' },
] as const;

export function StatesSection({ cards }: { cards: CardFigures }) {
  const total = STATES.reduce((sum, state) => sum + cards.byState[state.key], 0);
  return (
    <section aria-labelledby="states-heading" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="states-heading" className="text-lg font-semibold">
        Words by state
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
        {plural(total, 'word')}. Young words have an interval under 21 days, mature ones 21 days or more; known words are ones you marked as known.
        {cards.byState.names > 0 && ` ${plural(cards.byState.names, 'name')} wait until you ask for them.`}
      </p>
      <div className="mt-4 flex h-3 overflow-hidden rounded-full bg-stone-100 dark:bg-stone-800" aria-hidden>
        {STATES.map((state) => (
          <div key={state.key} className={state.color} style={{ width: `${(100 * cards.byState[state.key]) / Math.max(1, total)}%` }} />
        ))}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3 md:grid-cols-6">
        {STATES.map((state) => (
          <div key={state.key}>
            <dt className="flex items-center gap-2 text-sm text-stone-600 dark:text-stone-300">
              <span className={`size-2.5 rounded-full ${state.color}`} aria-hidden />
              {state.label}
            </dt>
            <dd className="pl-4.5 text-xl font-semibold tabular-nums" data-testid={`words-${state.key}`}>
              <Link href={`/words?filter=${state.filter}`} className="hover:underline">
                {cards.byState[state.key].toLocaleString('en-US')}
              </Link>
              <span className="ml-1 text-xs font-normal text-stone-500 dark:text-stone-400">{total > 0 ? `${Math.round((100 * cards.byState[state.key]) / total)}%` : ''}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Distribution(props: { id: string; title: string; note: string; labels: string[]; titles?: string[]; counts: number[]; color: string }) {
  const { id, title, note, labels, counts, color } = props;
  const titles = props.titles ?? labels;
  return (
    <ChartFrame
      id={id}
      title={title}
      note={note}
      table={<DataTable caption={title} head={['Range', 'Cards']} rows={labels.map((label, index) => [titles[index], counts[index]])} />}
    >
      <BarChart
        height="h-28"
        series={[{ key: 'cards', label: 'Cards', color }]}
        columns={labels.map((label, index) => ({ key: label, label, showLabel: labels.length <= 9 || index % 2 === 0, values: [counts[index]], title: `${titles[index]}: ${plural(counts[index], 'card')}` }))}
      />
    </ChartFrame>
  );
}

export function MemorySection({ cards }: { cards: CardFigures }) {
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-stone-600 dark:text-stone-300" data-testid="memory-summary">
        FSRS’s model of your memory for the {plural(cards.studied, 'word')} you are studying: if you were tested on all of them now you would
        recall about <strong>{Math.round(cards.knownNow).toLocaleString('en-US')}</strong> (the sum of their retrievability).
      </p>
      <div className="grid gap-6">
        <Distribution id="stability" title="Stability" note="How long until recall falls to 90 %." labels={STABILITY_LABELS} titles={STABILITY_TITLES} counts={cards.stability} color="bg-violet-500" />
        <Distribution id="difficulty" title="Difficulty" note="From 1 (easiest) to 10 (hardest)." labels={DIFFICULTY_LABELS} counts={cards.difficulty} color="bg-rose-400 dark:bg-rose-500" />
        <Distribution id="retrievability" title="Retrievability" note="Your chance of recalling each word now." labels={RETRIEVABILITY_LABELS} counts={cards.retrievability} color="bg-emerald-500" />
      </div>
    </div>
  );
}
