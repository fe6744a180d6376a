import Link from "next/link";
import type { ArticleFlowUse } from "@/server/workspace/find-flows-using-articles";

const where = (use: ArticleFlowUse) =>
  [use.live ? "live version" : null, use.draft ? "draft" : null, use.running && !use.live ? "chats in progress on an earlier version" : null]
    .filter(Boolean)
    .join(", ") || "draft only";

/** The flows whose Self-service steps tick an article, each a link to its builder, saying whether the live version or only the draft does. */
export function ArticleFlowUses({ uses }: { uses: ArticleFlowUse[] }) {
  return (
    <ul className="mt-1 space-y-0.5">
      {uses.map((use) => (
        <li key={use.flowId}>
          <Link href={`/flows/${use.flowId}`} className="font-medium underline">
            {use.name}
          </Link>{" "}
          <span className="text-slate-500">({where(use)})</span>
        </li>
      ))}
    </ul>
  );
}

/** "The flow “Acme support”" / "The flows “A”, “B”": to start a sentence about uses. */
export function flowNames(uses: ArticleFlowUse[]): string {
  const names = uses.map((use) => `“${use.name}”`).join(", ");
  return `The ${uses.length === 1 ? "flow" : "flows"} ${names}`;
}
