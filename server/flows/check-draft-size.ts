import { MAX_DRAFT_BYTES } from "../flow/draft-schema";
import { DomainError } from "../errors";

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;

/** Refuses a draft larger than MAX_DRAFT_BYTES as JSON, before anything is written or run. */
export function checkDraftSize(draft: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(draft) ?? "", "utf8");
  if (bytes > MAX_DRAFT_BYTES) {
    throw new DomainError("BAD_REQUEST", `This flow is too large (${megabytes(bytes)}; the limit is ${megabytes(MAX_DRAFT_BYTES)}).`);
  }
}
