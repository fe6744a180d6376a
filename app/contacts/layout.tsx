import { AppShell } from "@/components/shell/app-shell";
import { requestPath } from "@/server/auth/request-path";
import { requireViewer } from "@/server/auth/require-viewer";
import { signOutAction } from "../(auth)/actions";

/** Contacts: for agents and admins alike (deleting one is for admins). */
export default async function ContactsLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer(await requestPath());
  return (
    <AppShell viewer={viewer} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
