import { AppShell } from "@/components/shell/app-shell";
import { requestPath } from "@/server/auth/request-path";
import { requireAdmin } from "@/server/auth/require-viewer";
import { signOutAction } from "../(auth)/actions";

/** Flows, Analytics and Settings: admins only; agents are sent to the inbox. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const path = await requestPath();
  const viewer = await requireAdmin(path);
  return (
    // The flow editor wants the whole window for its canvas: no navigation column there.
    <AppShell viewer={viewer} signOutAction={signOutAction} bare={/^\/flows\/[^/]+/.test(path)}>
      {children}
    </AppShell>
  );
}
