import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchRoute } from "@/server/api/rest/match-route";
import { routeTable } from "@/server/api/rest/route-table";

const root = path.resolve(import.meta.dirname, "../../..");
const ROUTE_FILE = /export const \{ GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS \} = nextRoute\(("[^"]*")?\);/;

/** Every route.ts under a folder, as the route-table path it stands for (`[x]` → `{x}`). */
function routeFiles(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })) {
    if (path.basename(entry) !== "route.ts") continue;
    const file = path.join(folder, entry);
    found.set(`/${path.dirname(file)}`.replace(/^\/app/, "").replace(/\[(\w+)\]/g, "{$1}"), file);
  }
  return found;
}

describe("the route table and the route files agree", () => {
  const files = new Map([...routeFiles("app/api/v1"), ...routeFiles("app/api/inbox"), ...routeFiles("app/api/analytics"), ...routeFiles("app/embed")]);
  const tablePaths = new Set(routeTable.map((route) => route.path));

  it("every path in the table has a one-line route file exporting the table's dispatch for its path", () => {
    for (const tablePath of tablePaths) {
      const file = files.get(tablePath);
      expect(file, `no route file for ${tablePath}`).toBeDefined();
      const source = fs.readFileSync(path.join(root, file!), "utf8");
      expect(source.match(ROUTE_FILE)?.[1], file).toBe(JSON.stringify(tablePath));
    }
  });

  it("every route file is in the table, but for the catch-all that answers unknown /api/v1 paths", () => {
    const extra = [...files.keys()].filter((file) => !tablePaths.has(file));
    expect(extra).toEqual(["/api/v1/[[...path]]"]);
    expect(fs.readFileSync(path.join(root, files.get(extra[0]!)!), "utf8")).toMatch(ROUTE_FILE);
  });

  it("has one endpoint per method and path", () => {
    const keys = routeTable.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("matchRoute", () => {
  it("decodes each segment on its own, so an encoded slash stays inside its parameter", () => {
    expect(matchRoute("GET", "/api/v1/flows/a%2Fb")).toMatchObject({ kind: "found", params: { flowId: "a/b" } });
  });

  it("prefers literal segments from the left, as Next.js does: /chat/sessions/x is a session, not a slug", () => {
    expect(matchRoute("GET", "/api/v1/chat/sessions/sessions")).toMatchObject({ kind: "found", route: { path: "/api/v1/chat/sessions/{sessionId}" } });
    expect(matchRoute("POST", "/api/v1/chat/sessions/sessions")).toEqual({ kind: "wrong_method", allow: ["GET"] });
  });

  it("tells an unknown path, a wrong method, an empty parameter and a broken escape apart", () => {
    expect(matchRoute("GET", "/api/v1/nope")).toEqual({ kind: "not_found" });
    expect(matchRoute("GET", "/api/v1/flows/x/publish")).toEqual({ kind: "wrong_method", allow: ["POST"] });
    expect(matchRoute("POST", "/api/v1/chat//sessions")).toEqual({ kind: "not_found" });
    expect(matchRoute("GET", "/api/v1/flows/%E0%A4%A")).toEqual({ kind: "bad_escape" });
  });
});
