import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports point one way (CONVENTIONS.md): app → components; app/api →
// server/api → services → {engine, flow, nlu, db}. Type-only imports may
// cross (components use the router's type), values may not.
const restrict = (patterns) => ({
  "no-restricted-imports": "off",
  "@typescript-eslint/no-restricted-imports": ["error", { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }],
});

const config = [
  { ignores: [".next/**", "node_modules/**", ".data/**", "server/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Lookup tables keyed by text: an object literal typed Record<string, …> answers "constructor" or "toString"
    // with Object.prototype's (issue #13, the fourth bug of its kind). Use a Map, a Record over a union of known
    // keys, or Object.create(null) where an object must stay. Objects read from JSON (variables) are covered by
    // tests/integration/prototype-keys.test.ts, not by this rule.
    files: ["server/**", "components/**", "app/**", "prisma/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Record'][id.typeAnnotation.typeAnnotation.typeArguments.params.0.type='TSStringKeyword'] > ObjectExpression.init",
          message:
            "A Record<string, …> object literal finds Object.prototype's members (constructor, toString, __proto__) when indexed by text. Use a Map, a Record over a union of known keys, or Object.create(null).",
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: restrict([
      { group: ["@/app/*", "@/app/**"], message: "components must not import from app/ (app → components only)." },
      {
        group: [
          "@/server/*",
          "@/server/**",
          "!@/server/flow",
          "!@/server/flow/**",
          "!@/server/engine",
          "!@/server/engine/**",
          "!@/server/realtime",
          "@/server/realtime/*",
          "!@/server/realtime/stream-events",
          "!@/server/realtime/stream-events/**",
          "!@/server/api",
          "@/server/api/**",
          "!@/server/api/trpc-transformer",
        ],
        message:
          "components may import server/flow, server/engine and server/realtime/stream-events (pure, shared), tRPC's transformer, and types only; call the server through tRPC.",
      },
    ]),
  },
  {
    files: ["server/**", "prisma/**"],
    rules: restrict([{ group: ["@/app/*", "@/app/**", "@/components/*", "@/components/**"], message: "server code must not import UI (app, components)." }]),
  },
  {
    files: ["server/engine/**", "server/flow/**", "server/realtime/stream-events/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      ...restrict([
        {
          group: [
            "@/*",
            "@/**",
            "!@/server/flow/**",
            "!@/server/engine/**",
            "!@/server/realtime/stream-events/**",
            ...[
              "db",
              "auth",
              "api",
              "workspace",
              "conversations",
              "handoff",
              "realtime",
              "jobs",
              "nlu",
              "cli",
              "env",
              "env-schema",
              "errors",
              "runtime",
            ].flatMap((name) => [`**/${name}`, `**/${name}/**`]),
            "**/prisma/**",
            "**/components/**",
            "**/app/**",
          ],
          message: "server/engine and server/flow are pure: they import only zod and each other.",
        },
        { group: ["@prisma/*", "next", "next/*", "pg", "node:*", "server-only"], message: "the engine is pure: pass this in through ports.ts." },
      ]),
      "no-restricted-globals": ["error", "fetch", "process", "setTimeout", "setInterval"],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Use the clock port." },
        { object: "Math", property: "random", message: "Use the ids/random port." },
      ],
    },
  },
];
export default config;
