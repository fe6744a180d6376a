import fc from "fast-check";

/** Ordinary text with a NUL or a lone surrogate somewhere in it: what PostgreSQL refuses, or what is not Unicode. */
export const poisonedString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff"), fc.string({ maxLength: 10 }))
  .map(([before, poison, after]) => before + poison + after);

/** Strings the API must survive: NUL, lone surrogates, prototype keys, huge and exotic text, numbers in disguise. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: poisonedString },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "a\u0000b",
      "\ud800",
      "x\udfffy",
      "\ud83d",
      "🙂",
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "prototype",
      "valueOf",
      "<script>alert(1)</script>",
      "../../etc/passwd",
      "%ff",
      "\u202e",
      "\uffff",
      "null",
      "1e309",
      "x".repeat(5000),
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

const nastyNumber = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true }),
);

/** Any JSON value, with nasty strings as keys and values (keys include __proto__ and constructor as own keys). */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.constantFrom(true, false, null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(nastyString, fc.constantFrom("text", "clientMessageId", "choice", "name", "slug", "document", "typing", "seq", "rating")),
      tie("value"),
      {
        maxKeys: 4,
        noNullPrototype: false,
      },
    ),
  ),
})).value;

/**
 * An object body that is nearly right: the endpoint's own fields (each an arbitrary, so ids can be fresh
 * and a retry does not turn into a replay), one of them (or an extra key) replaced by something nasty.
 */
export function nearlyValidBody(fieldArbitraries: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fieldArbitraries);
  const value = fc.oneof({ weight: 3, arbitrary: nastyString }, { weight: 1, arbitrary: nastyJson });
  const odd = fc.constantFrom("__proto__", "constructor", "extra");
  const key = keys.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: odd }) : odd;
  return fc.tuple(fc.record(fieldArbitraries), key, value, fc.boolean()).map(([fields, key, value, dropOthers]) => {
    const body: Record<string, unknown> = Object.create(null);
    if (!dropOthers) Object.assign(body, fields);
    body[key] = value;
    return body;
  });
}

/** A raw body text: JSON of a nasty value, or not JSON at all, or JSON nested deeper than anything real. */
export const nastyRawBody: fc.Arbitrary<string> = fc.oneof(
  nastyJson.map((value) => JSON.stringify(value) ?? "null"),
  fc.constantFrom("", "null", "[]", "1", '"text"', "{", '{"a":', "\u0000", "[".repeat(5000) + "]".repeat(5000), '{"__proto__":{"x":1}}', "{}"),
  fc.string({ unit: "binary", maxLength: 60 }),
);

/** A path segment as it may arrive on the wire: percent-escapes broken or not, NUL, dots, unicode, huge. */
export const nastySegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("%ff", "%", "%00", "%zz", "%ed%a0%80", "%2e%2e", "%2f", "a%00b", "x".repeat(3000), "constructor", "__proto__", String(2 ** 64), "-1"),
  fc.string({ unit: "grapheme", maxLength: 20 }).map((text) => encodeURIComponent(text) || "x"),
  fc.stringMatching(/^[A-Za-z0-9%._~-]{1,30}$/),
);
