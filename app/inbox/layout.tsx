import { AppShell } from "@/components/shell/app-shell";
import { requestPath } from "@/server/auth/request-path";
import { requireViewer } from "@/server/auth/require-viewer";
import { signOutAction } from "../(auth)/actions";

/**
 * The inbox is a full-height workspace, not a scrolling page: it cancels the
 * shell's page padding (px-8 py-6 on <main>) and takes exactly the viewport,
 * so each of its columns scrolls on its own.
 */
export default async function InboxLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer(await requestPath());
  return (
    <AppShell viewer={viewer} signOutAction={signOutAction}>
      <div className="-mx-8 -my-6 h-dvh">{children}</div>
    </AppShell>
  );
}
