import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { trpcTransformer } from "@/server/api/trpc-transformer";

const roundTrip = (value: unknown) => trpcTransformer.deserialize(JSON.parse(JSON.stringify(trpcTransformer.serialize(value))));

describe("the tRPC transformer", () => {
  it("carries objects keyed by constructor, prototype and __proto__, which superjson alone refuses", () => {
    const variables = JSON.parse('{"constructor":"Dana","prototype":1,"__proto__":"x","toString":true,"~constructor":"tilde","~~prototype":"two"}') as object;
    expect(() => superjson.serialize({ variables })).toThrow(/prototype pollution/);
    const back = roundTrip({ state: { variables }, list: [{ constructor: null }] }) as { state: { variables: Record<string, unknown> }; list: unknown[] };
    expect(Object.entries(back.state.variables)).toEqual(Object.entries(variables));
    expect(Object.getPrototypeOf(back.state.variables)).toBe(Object.prototype);
    expect(Object.hasOwn(back.state.variables, "__proto__")).toBe(true);
    expect(back.list).toEqual([{ constructor: null }]);
  });

  it("keeps what superjson adds (dates, undefined) and leaves ordinary keys alone", () => {
    const at = new Date("2026-11-23T10:00:00Z");
    expect(roundTrip({ at, missing: undefined, nested: { a: [1, { b: at }] } })).toEqual({ at, missing: undefined, nested: { a: [1, { b: at }] } });
    expect(trpcTransformer.serialize({ a: 1 })).toEqual(superjson.serialize({ a: 1 }));
  });
});
