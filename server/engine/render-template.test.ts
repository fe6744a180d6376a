import { describe, expect, it } from "vitest";
import { renderTemplate } from "./render-template";

describe("renderTemplate", () => {
  it.each([
    ["Hi {{customer_name}}, your order {{ order_id }} ships today.", { customer_name: "Dana", order_id: "A-1" }, "Hi Dana, your order A-1 ships today."],
    ["Total: {{total}} ({{paid}})", { total: 42.5, paid: false }, "Total: 42.5 (false)"],
    ["Hello {{name}}!", {}, "Hello !"],
    ["Hello {{name}} there", { name: null }, "Hello there"],
    ["{{constructor}}{{toString}} {{__proto__}}", {}, ""],
    ["Use {{ }} or {{2fa}}", {}, "Use {{ }} or {{2fa}}"],
  ] as const)("%s", (text, variables, expected) => {
    expect(renderTemplate(text, variables)).toBe(expected);
  });
});
