/**
 * Version 0 is a flow document without `version`: Tandem never wrote one,
 * but hand-written files and React Flow's own `toObject()` export
 * (`{ nodes, edges, viewport }`) have that shape. Nodes and edges already
 * read as version 1 (their editor-only fields are dropped when parsed);
 * the upgrade adds the version and the settings (all defaults) that a
 * version-1 document always holds, and leaves out what it never holds,
 * such as the `viewport`.
 */
export function upgradeV0(doc: Record<string, unknown>): Record<string, unknown> {
  const { nodes, edges, settings } = doc;
  return { version: 1, nodes, edges, settings: settings ?? {} };
}
