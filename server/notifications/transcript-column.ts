import type { WebhookTranscriptMode as Column } from "../db/generated/client";
import type { WebhookTranscriptMode } from "./webhook-payload-schemas";

/** The API's lower-case transcript mode as the database's enum. */
export function transcriptColumn(mode: WebhookTranscriptMode): Column {
  return mode.toUpperCase() as Column;
}

/** The database's enum as the API's lower-case transcript mode. */
export function transcriptMode(column: Column): WebhookTranscriptMode {
  return column.toLowerCase() as WebhookTranscriptMode;
}
