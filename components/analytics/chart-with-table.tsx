/** A chart and its numbers as a table (for screen readers, copying, and anyone who prefers numbers): the table is one click away. */
export function ChartWithTable({
  title,
  description,
  chart,
  columns,
  rows,
}: {
  title: string;
  description?: string;
  chart: React.ReactNode;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-label={title}>
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      {description ? <p className="text-xs text-slate-500">{description}</p> : null}
      <div className="mt-3" aria-hidden="true">
        {chart}
      </div>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-slate-600">Show the numbers</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="border-b border-slate-200 py-1 pr-3 font-medium text-slate-600">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className="border-b border-slate-100 py-1 pr-3 text-slate-800">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
