import type { Executor } from "../executor";
import { readJsonPath } from "../read-json-path";

export const httpRequestExecutor: Executor<"http_request"> = {
  enter: async (node, ctx) => {
    const { method, url, headers, body, timeoutMs, mappings } = node.data;
    try {
      const response = await ctx.ports.http.request({
        method,
        url: ctx.render(url),
        headers: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, ctx.render(value)])),
        body: method === "GET" || !body ? undefined : ctx.render(body),
        timeoutMs,
      });
      if (!response.ok) return { port: "error" };
      for (const mapping of mappings) {
        const value = readJsonPath(response.json, mapping.path);
        ctx.state.variables[mapping.variable] =
          value === undefined || value === null ? null : typeof value === "object" ? JSON.stringify(value) : (value as string | number | boolean);
      }
      return { port: "ok" };
    } catch (error) {
      ctx.ports.log("info", "http_request failed", { nodeId: node.id, error: (error as Error).message });
      return { port: "error" };
    }
  },
};
