import fc from "fast-check";
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { inflateSync } from "zlib";
import { drawIcon, ICON_SIZES } from "../scripts/draw-icons";
import { encodePng, PNG_SIGNATURE } from "../scripts/encode-png";

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function chunks(png: Buffer): Chunk[] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push({
      type: png.toString("ascii", at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
      crc: png.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

/** Decodes the PNGs encodePng writes (8-bit RGBA, filter 0), independently of the encoder. */
function decode(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const all = chunks(png);
  const header = all[0];
  expect(header.type).toBe("IHDR");
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  expect([...header.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const raw = inflateSync(Buffer.concat(all.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  expect(all[all.length - 1].type).toBe("IEND");
  return { width, height, rgba };
}

describe("encodePng", () => {
  it("round-trips any image size and pixels (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        (width, height, bytes) => {
          const rgba = Uint8Array.from(bytes.take(width * height * 4));
          const decoded = decode(encodePng(width, height, rgba));
          return decoded.width === width && decoded.height === height && Buffer.from(decoded.rgba).equals(rgba);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("writes the CRC every PNG reader checks (IEND's is always AE426082)", () => {
    const end = chunks(encodePng(1, 1, new Uint8Array(4))).at(-1);
    expect(end?.crc.toString(16)).toBe("ae426082");
  });

  it.each([
    ["zero width", 0, 1, 0],
    ["a fractional height", 1, 1.5, 4],
    ["too few bytes", 2, 2, 15],
  ])("rejects %s", (_name, width, height, length) => {
    expect(() => encodePng(width, height, new Uint8Array(length))).toThrow(RangeError);
  });
});

describe("the committed icons", () => {
  const assets = resolve(__dirname, "..", "assets");

  it.each(ICON_SIZES.map((size) => [size]))("icon-%i.png is what scripts/draw-icons.ts draws", (size) => {
    const decoded = decode(readFileSync(join(assets, `icon-${size}.png`)));
    expect([decoded.width, decoded.height]).toEqual([size, size]);
    // If this fails, the drawing changed: run `npx tsx scripts/draw-icons.ts` and commit the PNGs.
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(drawIcon(size)))).toBe(true);
  });

  it.each(ICON_SIZES.map((size) => [size]))("icon-%i.png has transparent corners and an opaque middle", (size) => {
    const rgba = drawIcon(size);
    const alpha = (x: number, y: number): number => rgba[(y * size + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(size - 1, 0)).toBe(0);
    expect(alpha(Math.floor(size / 2), Math.floor(size / 2))).toBe(255);
  });
});
