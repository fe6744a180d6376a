import { upgradeV0 } from "./migrations/upgrade-v0";
import { FLOW_DOCUMENT_VERSION } from "./schema";

type Upgrade = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Upgrades from older document versions, keyed by the version they upgrade from; each returns the next version. */
const upgrades: Record<number, Upgrade> = {
  0: upgradeV0,
};

export type UpgradeResult = { ok: true; document: Record<string, unknown> } | { ok: false; problems: { path: string; message: string }[] };

/**
 * Brings a stored or imported document (or draft) up to the current format
 * version, one upgrade at a time, without validating it: the caller parses
 * the result with the published or the draft schema. A document without
 * `version` is version 0. Never throws.
 */
export function upgradeFlowDocument(raw: unknown): UpgradeResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: "", message: "A flow document is a JSON object." }] };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version ?? 0;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return { ok: false, problems: [{ path: "version", message: "The document's version is not a whole number." }] };
  }
  if (version > FLOW_DOCUMENT_VERSION) {
    return {
      ok: false,
      problems: [{ path: "version", message: `Version ${version} is newer than this Tandem understands (${FLOW_DOCUMENT_VERSION}).` }],
    };
  }
  for (let from = version; from < FLOW_DOCUMENT_VERSION; from++) {
    const upgrade = upgrades[from];
    if (!upgrade) return { ok: false, problems: [{ path: "version", message: `Version ${from} cannot be upgraded.` }] };
    doc = upgrade(doc);
  }
  return { ok: true, document: doc };
}
