import "server-only";
import { redirect } from "next/navigation";
import { getViewer } from "./get-viewer";
import type { Viewer } from "./viewer";

/** For pages: the viewer, or a redirect to sign-in (coming back here afterwards). */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** For admin pages: agents are sent to the inbox with a notice saying why. */
export async function requireAdmin(returnTo: string): Promise<Viewer> {
  const viewer = await requireViewer(returnTo);
  if (viewer.role !== "ADMIN") redirect(`/inbox?denied=${encodeURIComponent(returnTo)}`);
  return viewer;
}
