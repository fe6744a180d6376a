import { describe, expect, it } from "vitest";
import { buildFlow } from "@/tests/helpers/flow-builder";
import { acmeDemoFlow } from "./templates/acme-demo-flow";
import type { OutboundPolicy } from "./address/outbound-policy";
import { validateFlow } from "./validate-flow";

const teams = { billing: "t-billing", technical: "t-technical" };
const codes = (flow: Parameters<typeof validateFlow>[0], teamIds?: string[]) =>
  validateFlow(flow, { teamIds }).map((p) => `${p.severity}:${p.code}${p.nodeId ? `@${p.nodeId}` : ""}`);

describe("validateFlow", () => {
  it("passes the demo flow", () => {
    expect(validateFlow(acmeDemoFlow(teams), { teamIds: Object.values(teams) })).toEqual([]);
  });

  it.each([
    ["no start", buildFlow([{ id: "m", type: "end" }], []), ["error:no_start", "warning:no_human_path"]],
    [
      "two starts",
      buildFlow(
        [
          { id: "s1", type: "start" },
          { id: "s2", type: "start" },
          { id: "e", type: "end" },
        ],
        [
          ["s1", "next", "e"],
          ["s2", "next", "e"],
        ],
      ),
      ["error:many_starts@s2", "warning:no_human_path", "warning:unreachable@s2"],
    ],
    [
      "a dangling edge and an unconnected required port",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "a", type: "ask" },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "a"],
          ["a", "answered", "ghost"],
        ],
      ),
      ["error:dangling_edge@a", "error:unconnected_port@a", "error:unconnected_port@a", "warning:no_human_path", "warning:unreachable@e"],
    ],
    [
      "an edge from a port the node does not have, and two edges on one port",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "e", type: "end" },
          { id: "e2", type: "end" },
        ],
        [
          ["s", "oops", "e"],
          ["s", "next", "e"],
          ["s", "next", "e2"],
        ],
      ),
      ["error:unknown_port@s", "error:duplicate_edge@s", "warning:no_human_path", "warning:unreachable@e2"],
    ],
    [
      "a handoff without a team or a no_agent path",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "h", type: "handoff_warm" },
        ],
        [["s", "next", "h"]],
      ),
      ["error:unconnected_port@h", "error:handoff_without_team@h"],
    ],
    [
      "a team that no longer exists",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "h", type: "handoff_cold", data: { teamId: "gone" } },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "h"],
          ["h", "no_agent", "e"],
        ],
      ),
      ["error:unknown_team@h"],
    ],
    [
      "a loop that never waits for the customer",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "a", type: "set_variable" },
          { id: "b", type: "condition" },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "a"],
          ["a", "next", "b"],
          ["b", "true", "a"],
          ["b", "false", "e"],
        ],
      ),
      ["error:spinning_cycle@a", "warning:no_human_path"],
    ],
    [
      "a loop through a question is fine",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "q", type: "ask" },
          { id: "c", type: "condition" },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "q"],
          ["q", "answered", "c"],
          ["q", "invalid", "e"],
          ["c", "true", "q"],
          ["c", "false", "e"],
        ],
      ),
      ["warning:no_human_path"],
    ],
    [
      "unknown variables and a missing trigger target",
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "m", type: "message", data: { text: "Hi {{nmae}}, {{intent}}" } },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "m"],
          ["m", "next", "e"],
        ],
        { escalation: { defaultTargetNodeId: "nowhere" } },
      ),
      ["warning:unknown_variable@m", "error:unknown_trigger_target"],
    ],
  ])("reports %s", (_name, flow, expected) => {
    expect(codes(flow, ["t-billing"]).sort()).toEqual([...expected].sort());
  });

  it("names an unknown variable without its fallback, and takes a fallback on a known or customer variable as fine", () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "m", type: "message", data: { text: 'Hi {{ customer.name | fallback: "there" }}, {{nmae | "you"}} {{bot_name|"Bot"}}!' } },
        { id: "e", type: "end" },
      ],
      [
        ["s", "next", "m"],
        ["m", "next", "e"],
      ],
    );
    expect(validateFlow(flow).filter((problem) => problem.code === "unknown_variable")).toEqual([
      { severity: "warning", code: "unknown_variable", nodeId: "m", message: expect.stringContaining("uses {{nmae}}, which nothing sets") },
    ]);
  });

  it("says what to do, in words an admin understands", () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "h", type: "handoff_warm", data: { teamId: "t" } },
      ],
      [["s", "next", "h"]],
    );
    const [problem] = validateFlow(flow);
    expect(problem?.message).toBe('"Warm handoff" (h): connect its "No agent" exit to a next step — for example to a Callback, so nobody waits forever.');
  });

  describe("Self-service steps limited to articles the bot can no longer use", () => {
    const withArticles = (articleIds: string[]) =>
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "kb", type: "self_service", data: { articleIds } },
          { id: "h", type: "handoff_warm", data: { teamId: "t" } },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "kb"],
          ["kb", "resolved", "e"],
          ["kb", "not_resolved", "h"],
          ["kb", "no_match", "h"],
          ["h", "resolved", "e"],
          ["h", "no_agent", "e"],
        ],
      );
    const articles = [
      { id: "live", published: true },
      { id: "draft", published: false },
    ];
    const articleProblems = (articleIds: string[], known = articles) =>
      validateFlow(withArticles(articleIds), { teamIds: ["t"], articles: known }).map((p) => ({
        code: `${p.severity}:${p.code}@${p.nodeId}`,
        message: p.message,
      }));

    it.each([
      ["none ticked (the whole knowledge base)", [], []],
      ["only published ones", ["live"], []],
    ])("says nothing with %s", (_name, ids, expected) => {
      expect(articleProblems(ids)).toEqual(expected);
    });

    it("warns when some are deleted or drafts: the bot skips them", () => {
      expect(articleProblems(["live", "draft", "gone"])).toEqual([
        {
          code: "warning:unavailable_article@kb",
          message: '"Self-service" (kb): of its ticked articles, 1 was deleted and 1 is a draft; the bot skips them. Untick them or publish the draft.',
        },
      ]);
    });

    it("warns that a step left with none always takes No article", () => {
      expect(articleProblems(["draft", "gone", "gone-too"])).toEqual([
        {
          code: "warning:no_usable_article@kb",
          message:
            '"Self-service" (kb): of its ticked articles, 2 were deleted and 1 is a draft, so it always takes its "No article" exit. Tick published articles, or untick all to search the whole knowledge base.',
        },
      ]);
    });

    it("checks nothing when the articles are not known (publishing on the server)", () => {
      expect(validateFlow(withArticles(["gone"]), { teamIds: ["t"] })).toEqual([]);
    });
  });

  describe("HTTP request URLs (the outbound guard, as far as the text shows)", () => {
    const withUrl = (url: string) =>
      buildFlow(
        [
          { id: "s", type: "start" },
          { id: "h", type: "http_request", data: { url } },
          { id: "e", type: "end" },
        ],
        [
          ["s", "next", "h"],
          ["h", "ok", "e"],
          ["h", "error", "e"],
        ],
      );
    const urlProblems = (url: string, outbound?: OutboundPolicy) =>
      validateFlow(withUrl(url), { outbound }).filter((problem) => problem.code === "outbound_url");

    it.each([
      ["file:///etc/passwd", /Only http/],
      ["http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is a link-local address/],
      ["http://localhost:8080/admin", /localhost is a loopback address/],
      ["http://0x7f000001/{{order_id}}", /127\.0\.0\.1 is a loopback address/],
      ["http://[::ffff:10.0.0.1]/", /private/],
      ["https://user:pass@api.example.com/", /credentials/],
      ["{{base_url}}/orders", /isn't a full URL/],
      ["https://{{host}}/orders", /Write the host out/],
      ['https://{{host | fallback: "10.0.0.5"}}/orders', /Write the host out/],
      ['https://{{host | "a/b"}}:8080/orders', /Write the host out/],
      ['http://127.0.0.1/{{id | "x"}}', /loopback/],
    ])("refuses %s on the node's URL field", (url, message) => {
      const [problem, ...more] = urlProblems(url);
      expect(more).toEqual([]);
      expect(problem).toMatchObject({ severity: "error", nodeId: "h", field: "url" });
      expect(problem!.message).toMatch(message);
    });

    it.each([
      "https://api.example.com/orders/{{order_id}}?email={{email}}",
      "https://{{region}}.api.example.com/x",
      "https://api.example.com/{{a}}{{b}}",
      'https://api.example.com/help?lang={{lang | fallback: "en"}}',
    ])("accepts %s", (url) => {
      expect(urlProblems(url)).toEqual([]);
    });

    it("follows the server's settings: an allowed internal address is no problem", () => {
      expect(urlProblems("http://10.0.0.5/api", { allowPrivate: false, allowCidrs: ["10.0.0.0/8"] })).toEqual([]);
      expect(urlProblems("http://127.0.0.1/api", { allowPrivate: true, allowCidrs: [] })).toEqual([]);
      expect(urlProblems("file:///etc/passwd", { allowPrivate: true, allowCidrs: [] })).toHaveLength(1);
    });
  });
});
