import type { Metadata } from "next";
import { IdentitySettings } from "@/components/settings/identity-settings";
import { requireAdmin } from "@/server/auth/require-viewer";
import { loadIdentitySettingsView } from "@/server/contacts/identity-settings";
import { getDb } from "@/server/db";

export const metadata: Metadata = { title: "Identity" };

export default async function IdentityPage() {
  const viewer = await requireAdmin("/settings/identity");
  return <IdentitySettings initialData={await loadIdentitySettingsView(await getDb(), viewer.workspaceId)} />;
}
