export interface ListedProblem {
  message: string;
  nodeId?: string;
}

/** The problems a refused import or publish came back with, one per line. */
export function ProblemList({ problems, label }: { problems: ListedProblem[]; label: string }) {
  if (problems.length === 0) return null;
  return (
    <ul
      aria-label={label}
      className="max-h-48 list-disc space-y-1 overflow-y-auto rounded-md border border-red-200 bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800"
    >
      {problems.map((problem, i) => (
        <li key={i}>{problem.message}</li>
      ))}
    </ul>
  );
}
