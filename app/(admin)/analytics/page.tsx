import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Analytics" };

export default function AnalyticsPage() {
  return (
    <>
      <PageHeader title="Analytics" description="How conversations flow, where customers escalate, and how fast people answer." />
      <EmptyState title="No conversations to measure yet">
        <p>
          Once a flow is published and customers talk to it, this page shows containment, escalation reasons, queue times and ratings, per flow and per node.
        </p>
      </EmptyState>
    </>
  );
}
