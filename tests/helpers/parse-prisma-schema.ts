import fs from "node:fs";

export interface SchemaField {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  unsupported: string | null;
  attributes: string;
}

export interface SchemaModel {
  name: string;
  fields: SchemaField[];
  /** Column lists of @unique / @@unique. */
  uniques: string[][];
  /** Column lists of @@index. */
  indexes: string[][];
  primaryKey: string[];
  /** Relations that own a foreign key: columns → referenced model. */
  foreignKeys: { columns: string[]; references: string }[];
  /**
   * `@@ignore`: a table the migrations make and SQL reads, which Prisma's client leaves out (e.g. a key with
   * arrays). Its key and foreign keys are written as `// @sql-id([…])` and `// @sql-foreign-key([…] -> Model)`.
   */
  ignored: boolean;
}

export interface ParsedSchema {
  models: Map<string, SchemaModel>;
  enums: Map<string, string[]>;
}

const listOf = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim().split(/[\s(]/)[0] ?? "")
    .filter(Boolean);

/**
 * A small reader of prisma/schema.prisma — enough of the language for the
 * drift test (models, scalar and relation fields, ids, uniques, indexes,
 * enums); it fails loudly on a line it does not understand.
 */
export function parsePrismaSchema(file = "prisma/schema.prisma"): ParsedSchema {
  const text = fs.readFileSync(file, "utf8");
  const models = new Map<string, SchemaModel>();
  const enums = new Map<string, string[]>();
  const blocks = text.matchAll(/^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm);
  for (const [, kind, name, body] of blocks) {
    const raw = body!.split("\n").map((line) => line.trim());
    const lines = raw.map((line) => line.replace(/\/\/.*$/, "").trim()).filter(Boolean);
    if (kind === "enum") {
      enums.set(name!, lines);
      continue;
    }
    const model: SchemaModel = { name: name!, fields: [], uniques: [], indexes: [], primaryKey: [], foreignKeys: [], ignored: false };
    for (const line of raw) {
      const sqlId = line.match(/^\/\/ @sql-id\(\[([^\]]*)\]\)$/);
      if (sqlId) model.primaryKey = listOf(sqlId[1]!);
      const sqlForeignKey = line.match(/^\/\/ @sql-foreign-key\(\[([^\]]*)\] -> (\w+)\)$/);
      if (sqlForeignKey) model.foreignKeys.push({ columns: listOf(sqlForeignKey[1]!), references: sqlForeignKey[2]! });
    }
    for (const line of lines) {
      if (line === "@@ignore") {
        model.ignored = true;
        continue;
      }
      const block = line.match(/^@@(\w+)\(\[([^\]]*)\]/);
      if (block) {
        const columns = listOf(block[2]!);
        if (block[1] === "unique") model.uniques.push(columns);
        else if (block[1] === "index") model.indexes.push(columns);
        else if (block[1] === "id") model.primaryKey = columns;
        else throw new Error(`drift test: unknown block attribute in ${name}: ${line}`);
        continue;
      }
      const field = line.match(/^(\w+)\s+(Unsupported\("(\w+)"\)|\w+)(\[\])?(\?)?\s*(.*)$/);
      if (!field) throw new Error(`drift test: cannot read line in ${name}: ${line}`);
      const [, fieldName, type, unsupported, list, optional, attributes = ""] = field;
      model.fields.push({
        name: fieldName!,
        type: unsupported ? "Unsupported" : type!,
        optional: Boolean(optional),
        list: Boolean(list),
        unsupported: unsupported ?? null,
        attributes,
      });
      if (/@id\b/.test(attributes)) model.primaryKey = [fieldName!];
      if (/@unique\b/.test(attributes)) model.uniques.push([fieldName!]);
      const relation = attributes.match(/@relation\([^)]*fields:\s*\[([^\]]*)\]/);
      if (relation) model.foreignKeys.push({ columns: listOf(relation[1]!), references: type! });
    }
    models.set(name!, model);
  }
  return { models, enums };
}
