import { z } from "zod";
import { sqlStatement } from "../../db/sql/sql-statement";

/** The flow at a chat address: where a new chat starts (its published version), if it is live. */
export const findPublishedFlowSql = sqlStatement({
  name: "find_published_flow",
  params: ["text"],
  row: z.object({ id: z.string(), workspaceId: z.string(), publishedVersionId: z.string().nullable(), archivedAt: z.date().nullable() }),
  text: `SELECT "id", "workspaceId", "publishedVersionId", "archivedAt" FROM "Flow" WHERE "slug" = $1`,
});
