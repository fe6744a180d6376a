import { flowSettingsSchema } from "../flow/schema";
import type { DbClient } from "../db/db-client";

/** What the public chat page needs of a published flow (its name and look), or null when nothing is live at the slug. */
export async function loadChatPage(db: DbClient, slug: string) {
  const flow = await db.flow.findFirst({
    where: { slug, archivedAt: null, publishedVersionId: { not: null } },
    select: { name: true, slug: true, publishedVersion: { select: { document: true } } },
  });
  if (!flow?.publishedVersion) return null;
  const settings = flowSettingsSchema.safeParse((flow.publishedVersion.document as { settings?: unknown }).settings ?? {});
  const appearance = settings.success ? settings.data.appearance : flowSettingsSchema.parse({}).appearance;
  return { name: flow.name, slug: flow.slug, botName: appearance.botName, color: appearance.color, avatarUrl: appearance.botAvatarUrl ?? null };
}
