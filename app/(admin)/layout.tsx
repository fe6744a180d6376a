import { AppShell } from "@/components/shell/app-shell";
import { requestPath } from "@/server/auth/request-path";
import { requireAdmin } from "@/server/auth/require-viewer";
import { signOutAction } from "../(auth)/actions";

/** Flows, Analytics and Settings: admins only; agents are sent to the inbox. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireAdmin(await requestPath());
  return (
    <AppShell viewer={viewer} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
