import type { Executor } from "../executor";
import { readJsonPath } from "../read-json-path";
import { renderUrlTemplate } from "../render-url-template";

/** A header value from a template: line breaks (a customer's multi-line answer) become spaces, so a value can never start a header of its own. */
const oneLine = (value: string) => value.replace(/[\r\n\0]+/g, " ");

export const httpRequestExecutor: Executor<"http_request"> = {
  enter: async (node, ctx) => {
    const { method, url, headers, body, timeoutMs, mappings } = node.data;
    try {
      const response = await ctx.ports.http.request({
        method,
        url: renderUrlTemplate(url, ctx.variables()),
        headers: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, oneLine(ctx.render(value))])),
        body: method === "GET" || !body ? undefined : ctx.render(body),
        timeoutMs,
      });
      if (!response.ok) {
        ctx.ports.log("info", "http_request answered with an error status", { nodeId: node.id, status: response.status });
        return { port: "error" };
      }
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
