import fc from "fast-check";
import { canonicalJson } from "./canonicalJson";

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [[3, { y: [], x: "é" }], '[3,{"x":"é","y":[]}]'],
    ["text", '"text"'],
    [1.5, "1.5"],
  ])("serialises %j", (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it("does not depend on the order keys were added in, and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });
});
