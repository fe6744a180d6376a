function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** What the bot collected (name, order number, …) as a two-column table, shown as text. */
export function ContextVariables({ variables }: { variables: Record<string, unknown> }) {
  const entries = Object.entries(variables);
  if (entries.length === 0) return <p className="text-slate-500">Nothing collected.</p>;
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">Collected details</caption>
      <tbody className="divide-y divide-slate-100">
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row" className="py-1 pr-2 align-top font-mono font-normal text-slate-500">
              {name}
            </th>
            <td className="whitespace-pre-wrap break-words py-1 align-top text-slate-900 [overflow-wrap:anywhere]">{show(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
