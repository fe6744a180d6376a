import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listCannedReplies } from "@/server/workspace/list-canned-replies";

export const metadata: Metadata = { title: "Canned replies" };

export default async function CannedRepliesPage() {
  const viewer = await requireAdmin("/settings/canned-replies");
  const replies = await listCannedReplies(await getDb(), viewer.workspaceId);
  return (
    <div className="space-y-4">
      <Alert>Agents will insert these in the inbox by typing “/” and the shortcut. Editing them here comes with the inbox.</Alert>
      <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">Shortcut</th>
            <th className="px-4 py-2 font-medium">Reply</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {replies.map((reply) => (
            <tr key={reply.id}>
              <td className="px-4 py-3 font-mono text-brand-700">/{reply.shortcut}</td>
              <td className="px-4 py-3">
                <p className="font-medium">{reply.title}</p>
                <p className="text-slate-600">{reply.text}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
