import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { checkDraftSize } from "./check-draft-size";
import type { ImportFlowDocumentInput } from "./flow-editor-schemas";
import { importFlow } from "./import-flow";
import { FlowInvalid } from "./publish-flow";

/** A file "Import flow" refuses: the message says what, `problems` lists why. */
export class FlowImportRefused extends FlowInvalid {
  constructor(message: string, problems: FlowInvalid["problems"]) {
    super(problems);
    this.message = message;
  }
}

/** Creates a draft flow from an uploaded JSON file; a file that is not a valid flow creates nothing. */
export async function importFlowDocument(db: PrismaClient, workspaceId: string, input: ImportFlowDocumentInput, userId: string) {
  let document: unknown;
  try {
    document = JSON.parse(input.text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : "it could not be read";
    throw new FlowImportRefused("This file is not JSON.", [
      { severity: "error", code: "not_json", message: `The file could not be read as JSON (${detail}). Choose a .json file exported from Tandem.` },
    ]);
  }
  checkDraftSize(document);
  try {
    return await importFlow(db, workspaceId, { name: input.name, document }, userId);
  } catch (error) {
    if (!(error instanceof FlowInvalid)) throw error;
    throw new FlowImportRefused(
      `This file isn't a flow Tandem can open (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}). Fix them, or export the flow again, and retry.`,
      error.problems,
    );
  }
}
