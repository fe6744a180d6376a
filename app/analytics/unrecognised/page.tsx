import type { Metadata } from "next";
import { UnrecognisedScreen } from "@/components/analytics/unrecognised/unrecognised-screen";
import { requestPath } from "@/server/auth/request-path";
import { requireAdmin } from "@/server/auth/require-viewer";

export const metadata: Metadata = { title: "What the bot didn't understand" };

/** /analytics/unrecognised — customer messages no intent placed, to teach or dismiss (admins only: agents are sent to the inbox); ?flow= picks a flow. */
export default async function UnrecognisedPage({ searchParams }: { searchParams: Promise<{ flow?: string | string[] }> }) {
  await requireAdmin(await requestPath());
  const { flow } = await searchParams;
  return <UnrecognisedScreen initialFlowId={typeof flow === "string" && flow ? flow : null} />;
}
