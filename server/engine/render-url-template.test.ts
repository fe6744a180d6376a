import { describe, expect, it } from "vitest";
import { renderUrlTemplate } from "./render-url-template";

describe("renderUrlTemplate", () => {
  it.each([
    ["https://api.test/orders/{{id}}", { id: "A 1" }, "https://api.test/orders/A%201"],
    ["https://api.test/orders/{{id}}", { id: "../admin/keys?x#" }, "https://api.test/orders/..%2Fadmin%2Fkeys%3Fx%23"],
    ["https://api.test/find?email={{email}}&n={{n}}", { email: "a+b@c.d", n: 3 }, "https://api.test/find?email=a%2Bb%40c.d&n=3"],
    ["https://api.test/{{missing}}/{{empty}}", { empty: null }, "https://api.test//"],
    ["https://api.test/{{constructor}}/{{toString}}/{{__proto__}}", {}, "https://api.test///"],
    ["https://api.test/{{bad}}", { bad: "a\ud800b" }, "https://api.test/a%EF%BF%BDb"],
    // A fallback stands in for an empty or unknown value, URL-encoded like a value.
    ['https://api.test/help?lang={{lang | fallback: "en"}}', {}, "https://api.test/help?lang=en"],
    ['https://api.test/help?lang={{lang | "en"}}', { lang: "" }, "https://api.test/help?lang=en"],
    ['https://api.test/help?lang={{lang | "en"}}', { lang: "de" }, "https://api.test/help?lang=de"],
    ['https://api.test/{{id | fallback: "../admin?x#"}}', { id: null }, "https://api.test/..%2Fadmin%3Fx%23"],
  ] as const)("%s with %o", (template, variables, expected) => {
    expect(renderUrlTemplate(template, variables)).toBe(expected);
  });
});
