import { describe, expect, it } from "vitest";
import { readJsonPath } from "./read-json-path";

describe("readJsonPath", () => {
  const json = JSON.parse('{"order":{"status":"shipped","items":[{"name":"Lamp"}]},"constructor":"own","__proto__":{"polluted":true}}') as unknown;

  it.each([
    ["order.status", "shipped"],
    ["order.items.0.name", "Lamp"],
    ["order.items.1.name", undefined],
    ["order.missing.deeper", undefined],
    // An answer's own keys of these names are read; what every object or array inherits never is.
    ["constructor", "own"],
    ["__proto__.polluted", true],
    ["order.constructor", undefined],
    ["order.toString", undefined],
    ["order.hasOwnProperty", undefined],
    ["order.__proto__", undefined],
    ["order.items.constructor", undefined],
    ["order.items.map", undefined],
    ["order.status.length", undefined],
  ])("%s → %o", (path, expected) => {
    expect(readJsonPath(json, path)).toEqual(expected);
  });
});
