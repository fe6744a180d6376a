import type { Metadata } from "next";
import { UnrecognisedScreen } from "@/components/analytics/unrecognised/unrecognised-screen";

export const metadata: Metadata = { title: "What the bot didn't understand" };

/** /analytics/unrecognised — customer messages no intent placed, to teach or dismiss (admins; the layout checks). */
export default function UnrecognisedPage() {
  return <UnrecognisedScreen />;
}
