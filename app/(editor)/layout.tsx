import { TrpcProvider } from "@/components/providers/trpc-provider";
import { requestPath } from "@/server/auth/request-path";
import { requireAdmin } from "@/server/auth/require-viewer";

/** The flow editor: admins only, and the whole window for the canvas (no navigation column). */
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin(await requestPath());
  return <TrpcProvider>{children}</TrpcProvider>;
}
