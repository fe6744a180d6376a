import type { z } from "zod";
import { nodeCatalog, type NodeData, type NodeType } from "./node-catalog";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A node's data as far as a half-written draft allows, typed for the
 * builder: each field as typed when it has the right type (even if a rule
 * such as "at least 1 character" fails), its default when it is missing or
 * of the wrong type. Read through the definition's `draft` fields; never throws.
 */
export function readDraftData<T extends NodeType>(type: T, raw: unknown): NodeData<T> {
  const definition = nodeCatalog[type];
  const input = isRecord(raw) ? raw : {};
  let defaults: Record<string, unknown> | undefined;
  const fields = Object.entries(definition.draft as Record<string, z.ZodType>).map(([key, field]) => {
    const read = field.safeParse(input[key]);
    if (read.success) return [key, read.data];
    defaults ??= definition.data.parse({}) as Record<string, unknown>;
    return [key, defaults[key]];
  });
  return Object.fromEntries(fields) as NodeData<T>;
}
