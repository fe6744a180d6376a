import { buildFlow } from "./flow-builder";

/**
 * Names every object inherits (issue #13: "constructor" in a message was a
 * 500; templates, canned replies and variables had the same bug before).
 * Each goes through every path where text is a key; nothing may throw and
 * nothing inherited may show.
 */
export const INHERITED_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"] as const;
export const VARIABLE_NAMES = INHERITED_NAMES.filter((name) => name !== "__proto__");
/** What an inherited member looks like when it leaks into text. */
export const LEAKED = /function|native code|\[object Object\]|=>/;

/**
 * start → ask (into `constructor`) → set variables named after inherited
 * members → HTTP step mapping inherited paths → condition → understand
 * (intents named so) → route (team ids so, unless `team` names real ones) →
 * message. Node ids are such names too.
 */
export function keyFlow(team: (name: string) => string = (name) => name) {
  const intents = [
    { id: "constructor", name: "constructor", examples: ["constructor", "my constructor is broken", "constructors"] },
    { id: "__proto__", name: "__proto__", examples: ["__proto__ please", "toString issue", "hasOwnProperty question"] },
    { id: "valueOf", name: "prototype", examples: ["valueOf", "prototype", "what is the value of"] },
    { id: "refund", name: "Refund", examples: ["refund", "I want my money back", "return this order"] },
  ];
  const allPlaceholders = INHERITED_NAMES.map((name) => `${name}={{${name}}}`).join(" ");
  return buildFlow(
    [
      { id: "start", type: "start" },
      { id: "constructor", type: "ask", data: { text: "Name? {{constructor}}{{__proto__}}", variable: "constructor" } },
      { id: "toString", type: "set_variable", data: { variable: "toString", value: "{{constructor}}!" } },
      { id: "valueOf", type: "set_variable", data: { variable: "valueOf", value: "{{hasOwnProperty}}{{prototype}}" } },
      {
        id: "__proto__",
        type: "http_request",
        data: {
          url: "https://api.test/{{constructor}}/{{toString}}?q={{__proto__}}",
          headers: { "X-Key": "{{valueOf}}" },
          mappings: INHERITED_NAMES.map((name, i) => ({ path: i % 2 ? `order.${name}` : name, variable: `m_${name.replace(/_/g, "")}` })),
        },
      },
      {
        id: "hasOwnProperty",
        type: "condition",
        data: { match: "any", rules: VARIABLE_NAMES.map((name) => ({ variable: name, operator: "contains", value: "function" })) },
      },
      { id: "prototype", type: "understand", data: { text: `What now? ${allPlaceholders}`, intents } },
      {
        id: "route",
        type: "route",
        data: {
          rules: [
            { id: "r1", label: "Constructor", intent: "constructor", teamId: team("constructor") },
            { id: "r2", label: "Proto", intent: "__proto__", variable: "__proto__", operator: "is_not_set", teamId: team("__proto__") },
            { id: "r3", label: "Other", variable: "toString", operator: "contains", value: "!", teamId: team("toString") },
          ],
          defaultTeamId: team("valueOf"),
        },
      },
      { id: "said", type: "message", data: { text: `Team {{team_name}}, intent {{intent}}. ${allPlaceholders} m={{m_constructor}}{{m_toString}}{{m_proto}}` } },
      { id: "end", type: "end", data: { text: "Bye {{constructor}}", askRating: false } },
    ],
    [
      ["start", "next", "constructor"],
      ["constructor", "answered", "toString"],
      ["constructor", "invalid", "end"],
      ["toString", "next", "valueOf"],
      ["valueOf", "next", "__proto__"],
      ["__proto__", "ok", "hasOwnProperty"],
      ["__proto__", "error", "end"],
      ["hasOwnProperty", "true", "end"],
      ["hasOwnProperty", "false", "prototype"],
      ...intents.map((intent): [string, string, string] => ["prototype", intent.id, "route"]),
      ["prototype", "low_confidence", "route"],
      ["route", "r1", "said"],
      ["route", "r2", "said"],
      ["route", "r3", "said"],
      ["route", "default", "said"],
      ["said", "next", "end"],
    ],
  );
}
