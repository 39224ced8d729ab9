import { chartScale } from '@/lib/dashboard/chart';

export interface Series {
  key: string;
  label: string;
  /** Tailwind background classes for light and dark themes. */
  color: string;
}

export interface BarColumn {
  key: string;
  /** Shown under the column when `showLabel`; always in its tooltip. */
  label: string;
  values: number[];
  title: string;
  /** 'wide': only where the screen is wide enough for every label. */
  showLabel?: boolean | 'wide';
  highlight?: boolean;
}

/**
 * Columns of stacked bars on a scale with gridlines, drawn with boxes sized in percent: as sharp on a phone
 * as on a wide screen, in both themes. Each column's tooltip gives its numbers.
 */
export function BarChart(props: { series: Series[]; columns: BarColumn[]; height?: string; unit?: string; testId?: string }) {
  const { series, columns, height = 'h-40', testId } = props;
  const totals = columns.map((column) => column.values.reduce((sum, value) => sum + value, 0));
  const { ticks, top } = chartScale(Math.max(0, ...totals));
  const grid = { gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` };
  const gap = columns.length > 120 ? '' : columns.length > 40 ? 'gap-px' : 'gap-0.5';
  return (
    <div data-testid={testId}>
      {series.length > 1 && (
        <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-300">
          {series.map((item) => (
            <li key={item.key} className="flex items-center gap-1.5">
              <span className={`size-2.5 rounded-sm ${item.color}`} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <div className={`relative ${height} w-9 shrink-0 text-right text-xs tabular-nums text-stone-500 dark:text-stone-400`}>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 translate-y-1/2 leading-none" style={{ bottom: `${(100 * tick) / top}%` }}>
              {tick}
              {props.unit ?? ''}
            </span>
          ))}
        </div>
        <div className={`relative ${height} min-w-0 flex-1`}>
          {ticks.map((tick) => (
            <div
              key={tick}
              className={`absolute inset-x-0 border-t ${tick === 0 ? 'border-stone-400 dark:border-stone-600' : 'border-dashed border-stone-200 dark:border-stone-800'}`}
              style={{ bottom: `${(100 * tick) / top}%` }}
            />
          ))}
          <div className={`relative grid h-full items-end ${gap}`} style={grid}>
            {columns.map((column, index) => (
              <div key={column.key} title={column.title} className="flex h-full flex-col-reverse hover:bg-stone-100 dark:hover:bg-stone-800/60" data-total={totals[index]}>
                {column.values.map((value, serie) =>
                  value > 0 ? (
                    <div
                      key={series[serie].key}
                      className={`${series[serie].color} ${column.highlight ? 'opacity-100' : ''} first:rounded-b-none last:rounded-t-sm`}
                      style={{ height: `${(100 * value) / top}%` }}
                    />
                  ) : null,
                )}
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="mt-1.5 ml-11 grid text-xs whitespace-nowrap text-stone-500 dark:text-stone-400" style={grid}>
        {columns.map((column, index) =>
          column.showLabel ? (
            <span
              key={column.key}
              className={`row-start-1 ${index === columns.length - 1 && columns.length > 1 ? 'justify-self-end' : ''} ${column.showLabel === 'wide' ? 'hidden sm:block' : ''}`}
              style={{ gridColumn: `${index + 1} / span 1` }}
            >
              {column.label}
            </span>
          ) : null,
        )}
      </div>
    </div>
  );
}
