import { describe, expect, it } from "vitest";
import { renderTemplate } from "./render-template";

describe("renderTemplate", () => {
  it.each([
    ["Hi {{customer_name}}, your order {{ order_id }} ships today.", { customer_name: "Dana", order_id: "A-1" }, "Hi Dana, your order A-1 ships today."],
    ["Total: {{total}} ({{paid}})", { total: 42.5, paid: false }, "Total: 42.5 (false)"],
    ["Hello {{name}} there", { name: null }, "Hello there"],
    ["{{constructor}}{{toString}} {{__proto__}}", {}, ""],
    ["Use {{ }} or {{2fa}}", {}, "Use {{ }} or {{2fa}}"],
    // An empty variable leaves no space before punctuation.
    ["Hi {{customer.name}}, welcome back.", {}, "Hi, welcome back."],
    ["Hello {{name}}!", {}, "Hello!"],
    ["Is it {{a}} {{b}}? Yes {{c}}.", { a: "", b: null }, "Is it? Yes."],
    ["Hi {{name}} ,ok", {}, "Hi ,ok"],
    ["Line one\n{{name}}.", {}, "Line one\n."],
    ["Score: {{n}}!", { n: 0 }, "Score: 0!"],
    // Fallbacks, for an unknown, null or empty value only.
    ['Hi {{customer.name | fallback: "there"}}, welcome back.', {}, "Hi there, welcome back."],
    ['Hi {{customer.name | fallback: "there"}}, welcome back.', { "customer.name": "Ada" }, "Hi Ada, welcome back."],
    ['Hi {{ customer.name|"there" }}!', { "customer.name": "" }, "Hi there!"],
    ['Hi {{name | fallback:"friend"}} / {{name | "pal"}}', { name: null }, "Hi friend / pal"],
    ['Count {{n | "none"}}, flag {{f | "none"}}', { n: 0, f: false }, "Count 0, flag false"],
    ['Hi {{name | fallback: ""}}!', {}, "Hi!"],
    ['Hi {{name | fallback: "{{x}}, & <b>"}}', {}, "Hi {{x}}, & <b>"],
    // Not fallbacks: written as is.
    ["Hi {{name | fallback: there}}", { name: "Ada" }, "Hi {{name | fallback: there}}"],
    ['Hi {{name | other: "x"}}', { name: "Ada" }, 'Hi {{name | other: "x"}}'],
    ['Hi {{name | "a\nb"}}', { name: "Ada" }, 'Hi {{name | "a\nb"}}'],
  ] as const)("%s", (text, variables, expected) => {
    expect(renderTemplate(text, variables)).toBe(expected);
  });
});
