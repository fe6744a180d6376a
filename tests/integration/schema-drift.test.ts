import { describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/client";
import { parsePrismaSchema, type SchemaField, type SchemaModel } from "../helpers/parse-prisma-schema";
import { setupTestDatabase } from "../helpers/test-database";

// The migrations are SQL written by hand; this test is what keeps them equal
// to prisma/schema.prisma (and so to the client generated from it).

const scalarTypes: Record<string, { data_type: string; udt_name: string }> = {
  String: { data_type: "text", udt_name: "text" },
  Int: { data_type: "integer", udt_name: "int4" },
  BigInt: { data_type: "bigint", udt_name: "int8" },
  Boolean: { data_type: "boolean", udt_name: "bool" },
  DateTime: { data_type: "timestamp without time zone", udt_name: "timestamp" },
  Json: { data_type: "jsonb", udt_name: "jsonb" },
  Decimal: { data_type: "numeric", udt_name: "numeric" },
  Float: { data_type: "double precision", udt_name: "float8" },
};

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  datetime_precision: number | null;
}

const schema = parsePrismaSchema();
const test = setupTestDatabase();

function expectedColumn(field: SchemaField, model: SchemaModel): { data_type?: string; udt_name: string; nullable: boolean } {
  if (field.unsupported) return { udt_name: field.unsupported, nullable: field.optional };
  if (schema.enums.has(field.type)) {
    return field.list
      ? { data_type: "ARRAY", udt_name: `_${field.type}`, nullable: true }
      : { data_type: "USER-DEFINED", udt_name: field.type, nullable: field.optional };
  }
  const scalar = scalarTypes[field.type];
  if (!scalar) throw new Error(`drift test does not know the type ${field.type}`);
  // Prisma creates scalar lists as nullable arrays; an ignored (SQL-only) model's lists are part of its key, so NOT NULL.
  return field.list ? { data_type: "ARRAY", udt_name: `_${scalar.udt_name}`, nullable: !model.ignored } : { ...scalar, nullable: field.optional };
}

const isColumn = (field: SchemaField) => !schema.models.has(field.type);

describe("migrations match prisma/schema.prisma", () => {
  it("the schema reader sees the same models and fields as the generated client", () => {
    // Guards both the little schema reader and a stale generated client.
    const runtime = (test.db as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string }[] }> } })._runtimeDataModel;
    const clientModels = [...schema.models.values()].filter((model) => !model.ignored);
    expect(Object.keys(Prisma.ModelName).sort()).toEqual(clientModels.map((model) => model.name).sort());
    for (const model of clientModels) {
      const generated = runtime.models[model.name]?.fields.map((field) => field.name).sort();
      const read = model.fields
        .filter((field) => !field.unsupported)
        .map((field) => field.name)
        .sort();
      expect(read, `fields of ${model.name}`).toEqual(generated);
    }
  });

  it("every model field has a column of the right type and nullability, and nothing more", async () => {
    const columns = await test.database.withSession((sql) =>
      sql.query<ColumnRow>(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable, datetime_precision
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      ),
    );
    const actual = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c]));
    const expectedKeys: string[] = [];
    for (const model of schema.models.values()) {
      for (const field of model.fields.filter(isColumn)) {
        const key = `${model.name}.${field.name}`;
        expectedKeys.push(key);
        const column = actual.get(key);
        expect(column, `missing column ${key}`).toBeDefined();
        const want = expectedColumn(field, model);
        if (want.data_type) expect(column!.data_type, `type of ${key}`).toBe(want.data_type);
        expect(column!.udt_name, `udt of ${key}`).toBe(want.udt_name);
        expect(column!.is_nullable, `nullability of ${key}`).toBe(want.nullable ? "YES" : "NO");
        if (field.type === "DateTime") expect(column!.datetime_precision, `precision of ${key}`).toBe(3);
      }
    }
    expect([...actual.keys()].sort(), "columns the schema does not declare").toEqual(expectedKeys.sort());
  });

  it("enums have exactly the schema's values", async () => {
    const rows = await test.database.withSession((sql) =>
      sql.query<{ typname: string; enumlabel: string }>(
        `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
      ),
    );
    const actual = new Map<string, string[]>();
    for (const row of rows) actual.set(row.typname, [...(actual.get(row.typname) ?? []), row.enumlabel]);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(schema.enums));
  });

  it("primary keys, unique constraints, indexes and foreign keys exist", async () => {
    const indexes = await test.database.withSession((sql) =>
      sql.query<{ table: string; unique: boolean; primary: boolean; columns: string[] }>(
        `SELECT t.relname AS "table", ix.indisunique AS "unique", ix.indisprimary AS "primary",
                array_agg(a.attname ORDER BY k.ord)::text[] AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
         GROUP BY ix.indexrelid, t.relname, ix.indisunique, ix.indisprimary`,
      ),
    );
    const has = (table: string, columns: string[], kind: "primary" | "unique" | "index") =>
      indexes.some(
        (ix) =>
          ix.table === table &&
          ix.columns.join(",") === columns.join(",") &&
          (kind === "primary" ? ix.primary : kind === "unique" ? ix.unique && !ix.primary : !ix.unique),
      );
    const foreignKeys = await test.database.withSession((sql) =>
      sql.query<{ table: string; columns: string[]; references: string }>(
        `SELECT c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "references",
                array(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.ord)::text[] AS columns
         FROM pg_constraint c WHERE c.contype = 'f'`,
      ),
    );
    const unquote = (name: string) => name.replace(/"/g, "");
    for (const model of schema.models.values()) {
      expect(has(model.name, model.primaryKey, "primary"), `${model.name} primary key`).toBe(true);
      for (const columns of model.uniques) expect(has(model.name, columns, "unique"), `${model.name} unique (${columns})`).toBe(true);
      for (const columns of model.indexes) expect(has(model.name, columns, "index"), `${model.name} index (${columns})`).toBe(true);
      for (const fk of model.foreignKeys) {
        const found = foreignKeys.some(
          (row) => unquote(row.table) === model.name && unquote(row.references) === fk.references && row.columns.join(",") === fk.columns.join(","),
        );
        expect(found, `${model.name} foreign key (${fk.columns}) → ${fk.references}`).toBe(true);
      }
    }
    const declaredForeignKeys = [...schema.models.values()].reduce((n, model) => n + model.foreignKeys.length, 0);
    expect(foreignKeys.length, "foreign keys the schema does not declare").toBe(declaredForeignKeys);
  });
});
