import type { Metadata } from "next";
import { UnrecognisedScreen } from "@/components/analytics/unrecognised/unrecognised-screen";

export const metadata: Metadata = { title: "What the bot didn't understand" };

/** /analytics/unrecognised — customer messages no intent placed, to teach or dismiss (admins; the layout checks); ?flow= picks a flow. */
export default async function UnrecognisedPage({ searchParams }: { searchParams: Promise<{ flow?: string | string[] }> }) {
  const { flow } = await searchParams;
  return <UnrecognisedScreen initialFlowId={typeof flow === "string" && flow ? flow : null} />;
}
