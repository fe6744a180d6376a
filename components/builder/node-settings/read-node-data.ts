import type { z } from "zod";
import { nodeCatalog, type NodeData, type NodeType } from "@/server/flow/node-catalog";

/** The parts of a Zod 4 schema definition the reader walks. */
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
}

type Fit = { ok: true; value: unknown } | { ok: false };
const no: Fit = { ok: false };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: SchemaDef }).def;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value of the schema's shape for a missing field: its default, else an empty value of its type. */
export function emptyOf(schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "default":
    case "prefault":
      return schema.safeParse(undefined).data;
    case "string":
      return "";
    case "number":
      return 0;
    case "boolean":
      return false;
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "array":
      return [];
    case "record":
      return {};
    case "nullable":
      return null;
    case "object":
      return Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, emptyOf(field)]));
    default:
      return undefined;
  }
}

/**
 * Keeps a value when it has the schema's shape (type-wise), even if a rule
 * such as "at least 1 character" fails: a half-written field stays as typed.
 * Values of the wrong type become the default (or an empty value).
 */
export function fitToSchema(schema: z.ZodType, value: unknown): Fit {
  const def = defOf(schema);
  switch (def.type) {
    case "default":
    case "prefault": {
      const inner = value === undefined ? no : fitToSchema(def.innerType!, value);
      return inner.ok ? inner : { ok: true, value: emptyOf(schema) };
    }
    case "string":
      return typeof value === "string" ? { ok: true, value } : no;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? { ok: true, value } : no;
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : no;
    case "enum":
      return Object.values(def.entries ?? {}).includes(value as string) ? { ok: true, value } : no;
    case "nullable":
      return value === null ? { ok: true, value } : fitToSchema(def.innerType!, value);
    case "array":
      if (!Array.isArray(value)) return no;
      return { ok: true, value: value.map((item) => fitToSchema(def.element!, item)).flatMap((item) => (item.ok ? [item.value] : [])) };
    case "record":
      if (!isRecord(value)) return no;
      return { ok: true, value: Object.fromEntries(Object.entries(value).filter(([, item]) => fitToSchema(def.valueType!, item).ok)) };
    case "object": {
      if (!isRecord(value)) return no;
      const entries = Object.entries(def.shape ?? {}).map(([key, field]) => {
        const fitted = fitToSchema(field, value[key]);
        return [key, fitted.ok ? fitted.value : emptyOf(field)];
      });
      return { ok: true, value: Object.fromEntries(entries) };
    }
    default:
      return schema.safeParse(value).success ? { ok: true, value } : no;
  }
}

/** A node's draft data typed for its panel: what was typed where it has the right type, defaults elsewhere. */
export function readNodeData<T extends NodeType>(type: T, data: Record<string, unknown>): NodeData<T> {
  const schema = nodeCatalog[type].data as z.ZodType;
  const fitted = fitToSchema(schema, data);
  return (fitted.ok ? fitted.value : emptyOf(schema)) as NodeData<T>;
}
