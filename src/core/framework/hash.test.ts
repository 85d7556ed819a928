import fc from "fast-check";
import { sha256Hex, utf8Bytes } from "./hash";

describe("sha256Hex", () => {
  // FIPS 180-4 / NIST examples, plus non-ASCII text checked against node:crypto when written.
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024",
      "ef4a7c058c0201070d39d9cd7e7fb097406cfab40629669f0b9bae991f97c27e",
    ],
    ["😀 emoji", "c5db20e64d86b693d8e312b379cfdd211311f63f3743831e6f4139344b39d762"],
  ])("hashes %j", (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it("hashes a million a's (many blocks)", () => {
    expect(sha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("handles every padding length around a block boundary", () => {
    // 55, 56 and 64 bytes are where the length no longer fits in the last block.
    const digests = [54, 55, 56, 57, 63, 64, 65].map((n) => sha256Hex("x".repeat(n)));
    expect(new Set(digests).size).toBe(digests.length);
    for (const digest of digests) expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("utf8Bytes", () => {
  it("encodes like TextEncoder", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
      }),
    );
  });
});
