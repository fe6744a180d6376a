import type { Metadata } from "next";
import { WebhookList } from "@/components/settings/webhook-list";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listWebhookEndpoints } from "@/server/notifications/list-webhook-endpoints";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const viewer = await requireAdmin("/settings/webhooks");
  return <WebhookList initialEndpoints={await listWebhookEndpoints(await getDb(), viewer.workspaceId)} />;
}
