import type { Viewer } from "@/server/auth/viewer";
import { TrpcProvider } from "@/components/providers/trpc-provider";
import { NavLinks, type NavItem } from "./nav-links";
import { SignInNotice } from "./sign-in-notice";

const adminItems: NavItem[] = [
  { href: "/flows", label: "Flows" },
  { href: "/inbox", label: "Inbox" },
  { href: "/contacts", label: "Contacts" },
  { href: "/analytics", label: "Analytics" },
  { href: "/analytics/unrecognised", label: "Not understood" },
  { href: "/settings", label: "Settings" },
];
const agentItems: NavItem[] = [
  { href: "/inbox", label: "Inbox" },
  { href: "/contacts", label: "Contacts" },
  { href: "/analytics", label: "Analytics" },
];

/** The frame of every signed-in page: navigation, workspace, who you are, sign out. */
export function AppShell({ viewer, signOutAction, children }: { viewer: Viewer; signOutAction: () => Promise<void>; children: React.ReactNode }) {
  return (
    <TrpcProvider>
      <div className="flex min-h-screen">
        <aside className="flex w-56 shrink-0 flex-col border-r border-slate-200 bg-white px-3 py-4">
          <div className="px-3">
            <p className="text-lg font-bold tracking-tight text-brand-700">Tandem</p>
            <p className="truncate text-xs text-slate-500" data-testid="workspace-name">
              {viewer.workspaceName}
            </p>
          </div>
          <div className="mt-6 flex-1">
            <NavLinks items={viewer.role === "ADMIN" ? adminItems : agentItems} />
            <SignInNotice email={viewer.email} />
          </div>
          <div className="border-t border-slate-200 px-3 pt-3">
            <p className="truncate text-sm font-medium text-slate-900" data-testid="viewer-name">
              {viewer.name}
            </p>
            <p className="text-xs text-slate-500" data-testid="viewer-role">
              {viewer.role === "ADMIN" ? "Admin" : "Agent"} · {viewer.email}
            </p>
            <form action={signOutAction} className="mt-2">
              <button type="submit" className="text-sm text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline">
                Sign out
              </button>
            </form>
          </div>
        </aside>
        <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
      </div>
    </TrpcProvider>
  );
}
