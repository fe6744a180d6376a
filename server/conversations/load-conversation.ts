import type { z } from "zod";
import type { DbClient } from "../db/db-client";
import { loadConversationSql, type turnConversationSchema } from "./sql/load-conversation-sql";

/** The columns a turn needs, read in one statement (the hot path of every message). */
export type TurnConversation = z.infer<typeof turnConversationSchema>;

export async function loadConversation(db: DbClient, id: string): Promise<TurnConversation | null> {
  const [row] = await loadConversationSql.query(db, id);
  return row ?? null;
}
