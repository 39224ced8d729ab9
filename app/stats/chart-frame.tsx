/** A chart's card: its title, a note, the chart itself (hidden from screen readers) and its numbers as a table anyone can open. */
export function ChartFrame(props: { id: string; title: string; note?: React.ReactNode; children: React.ReactNode; table: React.ReactNode; summary?: React.ReactNode }) {
  const { id, title, note, children, table, summary } = props;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900" data-testid={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {note && <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">{note}</p>}
      {summary}
      <figure className="mt-4">
        <div aria-hidden>{children}</div>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-stone-500 hover:text-stone-800 dark:text-stone-400 dark:hover:text-stone-100">Show as a table</summary>
          <div className="mt-2 max-h-80 overflow-auto">{table}</div>
        </details>
      </figure>
    </section>
  );
}

export function DataTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-left text-sm tabular-nums">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr className="border-b border-stone-200 dark:border-stone-700">
          {props.head.map((cell) => (
            <th key={cell} scope="col" className="py-1 pr-4 font-medium">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => (
          <tr key={index} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
            {row.map((cell, column) => (
              <td key={column} className="py-1 pr-4">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
