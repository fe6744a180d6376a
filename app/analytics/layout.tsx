import { AppShell } from "@/components/shell/app-shell";
import { requestPath } from "@/server/auth/request-path";
import { requireViewer } from "@/server/auth/require-viewer";
import { signOutAction } from "../(auth)/actions";

/** Analytics: admins see the workspace, agents their own teams (so it is not under (admin), which sends agents to the inbox). */
export default async function AnalyticsLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer(await requestPath());
  return (
    <AppShell viewer={viewer} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
