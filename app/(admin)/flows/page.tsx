import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Flows" };

export default function FlowsPage() {
  return (
    <>
      <PageHeader title="Flows" description="The bots your customers talk to, and when they hand over to a person." />
      <EmptyState title="No flows yet">
        <p>
          A flow is a bot drawn as a graph: greet, understand the question, answer from your knowledge base, and escalate to
          your team — asking to rephrase first, then offering self-service, then a person.
        </p>
        <p>The visual flow builder is not in this version yet, so there is nothing to create here today.</p>
      </EmptyState>
    </>
  );
}
