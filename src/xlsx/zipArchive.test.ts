import fc from "fast-check";
import { deflateRawSync } from "zlib";
import { ZipArchive, ZipFormatError, ZipTooLargeError } from "./zipArchive";

describe("ZipArchive", () => {
  it("reads back what it builds, names in UTF-8, and copies entries without recompressing", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
            data: fc.uint8Array({ maxLength: 2000 }),
          }),
          { selector: (f) => f.name, maxLength: 6 },
        ),
        (files) => {
          const built = ZipArchive.build(files);
          const zip = ZipArchive.read(built);
          expect(zip.entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
          for (const f of files) expect(new Uint8Array(zip.read(f.name))).toEqual(f.data);
          const copied = ZipArchive.read(ZipArchive.build(files.map((f) => ({ name: f.name, copyFrom: zip }))));
          for (const f of files) expect(new Uint8Array(copied.read(f.name))).toEqual(f.data);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("stores the CRC-32 of each entry's data", () => {
    const data = Buffer.from("Ủy ban nhân dân tỉnh Hà Tĩnh", "utf8");
    const zip = ZipArchive.read(ZipArchive.build([{ name: "a.txt", data }]));
    // CRC-32 of the bytes above, as computed by zlib.crc32 / Python's zlib.crc32.
    expect(zip.entry("a.txt")?.crc32).toBe(crc32Reference(data));
  });

  it("refuses to inflate past the limit, whatever size the entry declares", () => {
    const big = Buffer.alloc(1_000_000, 0x20);
    const zip = ZipArchive.read(ZipArchive.build([{ name: "big.xml", data: big }]));
    expect(() => zip.read("big.xml", 1000)).toThrow(ZipTooLargeError);
    // Lie about the size in the central directory: the inflate cap still holds.
    const lying = Buffer.from(ZipArchive.build([{ name: "big.xml", data: big }]));
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(10, central + 24);
    expect(() => ZipArchive.read(lying).read("big.xml", 1000)).toThrow(ZipTooLargeError);
  });

  it.each<[string, Buffer]>([
    ["no end record", Buffer.from("PK\u0003\u0004 and then nothing")],
    ["empty", Buffer.alloc(0)],
    [
      "central directory outside the file",
      (() => {
        const b = Buffer.from(ZipArchive.build([{ name: "x", data: Buffer.from("1") }]));
        b.writeUInt32LE(0x7fffffff, b.length - 6);
        return b;
      })(),
    ],
  ])("throws ZipFormatError for %s", (_name, bytes) => {
    expect(() => ZipArchive.read(bytes)).toThrow(ZipFormatError);
  });

  it("reads stored (uncompressed) entries and rejects unknown methods", () => {
    const data = Buffer.from("stored");
    const built = Buffer.from(ZipArchive.build([{ name: "s", data }]));
    const zip = ZipArchive.read(built);
    expect(zip.entry("s")?.method).toBe(8);
    expect(deflateRawSync(data).length).toBe(zip.entry("s")?.compressedSize);
    const central = built.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    built.writeUInt16LE(14, central + 10);
    expect(() => ZipArchive.read(built).read("s")).toThrow(/method 14/);
  });
});

/** A bit-by-bit CRC-32, independent of the table-driven one under test. */
function crc32Reference(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
