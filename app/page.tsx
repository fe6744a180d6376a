import { redirect } from "next/navigation";
import { getViewer } from "@/server/auth/get-viewer";

/** / sends people where their role works: admins to Flows, agents to the Inbox. */
export default async function Home() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  redirect(viewer.role === "ADMIN" ? "/flows" : "/inbox");
}
