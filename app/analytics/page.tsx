import type { Metadata } from "next";
import { AnalyticsDashboard } from "@/components/analytics/analytics-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/server/auth/get-viewer";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage() {
  const viewer = await getViewer();
  return (
    <>
      <PageHeader
        title="Analytics"
        description={
          viewer?.role === "ADMIN"
            ? "How conversations flow, where customers escalate, how fast people answer — and what to fix next."
            : "Your teams' conversations: how fast customers got a person, and how it went."
        }
      />
      <AnalyticsDashboard isAdmin={viewer?.role === "ADMIN"} />
    </>
  );
}
