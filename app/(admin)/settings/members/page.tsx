import type { Metadata } from "next";
import { MembersPanel } from "@/components/settings/members-panel";
import { requireAdmin } from "@/server/auth/require-viewer";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const viewer = await requireAdmin("/settings/members");
  return <MembersPanel currentMembershipId={viewer.membershipId} />;
}
