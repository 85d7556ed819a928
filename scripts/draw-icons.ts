/**
 * Draws the add-in's icons (a worksheet with a red header band, progress bars and a gold check
 * badge) and writes them to assets/icon-<size>.png. Run: `npx tsx scripts/draw-icons.ts`.
 *
 * The icons are drawn in code, not exported from an editor, so that anyone can regenerate them
 * without an image tool; the 16 px icon has its own, simpler, pixel-aligned layout because the
 * scaled-down large design turns to mush at that size.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { encodePng } from "./encode-png";

/** Every size the manifest references: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64, store 128. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Inside = (x: number, y: number) => boolean;
/** sRGB colour with alpha in 0..1. */
type Colour = readonly [number, number, number, number];

const PALETTE = {
  red: [200, 16, 46, 1],
  darkRed: [142, 27, 27, 1],
  paper: [255, 255, 255, 1],
  grid: [222, 205, 205, 1],
  gold: [245, 180, 0, 1],
  goldTrack: [253, 236, 184, 1],
  halo: [255, 255, 255, 1],
} as const satisfies Record<string, Colour>;

const rect =
  (x0: number, y0: number, x1: number, y1: number): Inside =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const circle =
  (cx: number, cy: number, r: number): Inside =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A stroked polyline with round caps and joins: inside when within width/2 of a segment. */
function stroke(points: readonly (readonly [number, number])[], width: number): Inside {
  const half2 = (width / 2) ** 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half2) return true;
    }
    return false;
  };
}

const both =
  (a: Inside, b: Inside): Inside =>
  (x, y) =>
    a(x, y) && b(x, y);

/** A square RGBA canvas that composites anti-aliased shapes by supersampling each pixel. */
class Canvas {
  /** Premultiplied RGBA in 0..1, so that "over" compositing is a plain weighted sum. */
  private readonly pixels: Float64Array;
  constructor(
    readonly size: number,
    private readonly samples = 8,
  ) {
    this.pixels = new Float64Array(size * size * 4);
  }

  fill(inside: Inside, [r, g, b, a]: Colour): void {
    const n = this.samples;
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++) {
          for (let sx = 0; sx < n; sx++) if (inside(px + (sx + 0.5) / n, py + (sy + 0.5) / n)) hits++;
        }
        if (hits === 0) continue;
        const alpha = (a * hits) / (n * n);
        const i = (py * this.size + px) * 4;
        const keep = 1 - alpha;
        this.pixels[i] = (r / 255) * alpha + this.pixels[i] * keep;
        this.pixels[i + 1] = (g / 255) * alpha + this.pixels[i + 1] * keep;
        this.pixels[i + 2] = (b / 255) * alpha + this.pixels[i + 2] * keep;
        this.pixels[i + 3] = alpha + this.pixels[i + 3] * keep;
      }
    }
  }

  /** Straight (non-premultiplied) 8-bit RGBA, as PNG stores it. */
  toRgba(): Uint8Array {
    const out = new Uint8Array(this.pixels.length);
    for (let i = 0; i < this.pixels.length; i += 4) {
      const a = this.pixels[i + 3];
      out[i + 3] = Math.round(a * 255);
      if (out[i + 3] === 0) continue;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(Math.min(1, this.pixels[i + c] / a) * 255);
    }
    return out;
  }
}

/** The 16 px check mark, cell by cell: anti-aliased strokes blur into a smudge at this size. */
const SMALL_CHECK = ["......##", ".....##.", "##..##..", ".####...", "..##...."];

/** The 16 px ribbon icon: whole-pixel edges, one progress bar, a pixel-drawn check badge. */
function drawSmall(canvas: Canvas): void {
  canvas.fill(roundRect(1, 1, 13, 15, 1.5), PALETTE.darkRed);
  const paper = rect(2, 2, 12, 14);
  canvas.fill(paper, PALETTE.paper);
  canvas.fill(rect(2, 2, 12, 5), PALETTE.red);
  canvas.fill(rect(3, 6, 11, 7), PALETTE.gold);
  canvas.fill(rect(3, 8, 8, 9), PALETTE.grid);
  canvas.fill(rect(3, 10, 7, 11), PALETTE.grid);
  canvas.fill(circle(11, 11, 5), PALETTE.halo);
  canvas.fill(circle(11, 11, 4), PALETTE.gold);
  SMALL_CHECK.forEach((row, dy) =>
    [...row].forEach((cell, dx) => {
      if (cell === "#") canvas.fill(rect(7 + dx, 9 + dy, 8 + dx, 10 + dy), PALETTE.darkRed);
    }),
  );
}

/**
 * The large design on a 32-unit grid: a sheet with a red header band, three task rows whose gold
 * bars show progress, and a gold badge with a check mark. Edges snap to whole pixels at each size.
 */
function drawLarge(canvas: Canvas): void {
  const s = canvas.size / 32;
  const px = (units: number): number => Math.round(units * s);
  const line = Math.max(1, px(1));
  const x0 = px(2);
  const x1 = px(27);
  const y0 = px(2);
  const y1 = px(30);
  canvas.fill(roundRect(x0, y0, x1, y1, 2.5 * s), PALETTE.darkRed);
  const paper = roundRect(x0 + line, y0 + line, x1 - line, y1 - line, Math.max(0.5, 2.5 * s - line));
  canvas.fill(paper, PALETTE.paper);
  const headerBottom = px(9);
  canvas.fill(both(paper, rect(x0, y0, x1, headerBottom)), PALETTE.red);
  // Column headers: three light ticks in the header band read as "a table" even when small.
  for (const cx of [7, 13, 19]) canvas.fill(rect(px(cx), px(5), px(cx + 4), px(6.5)), [255, 255, 255, 0.55]);
  const rows = [
    { top: 11, done: 1 },
    { top: 16, done: 0.7 },
    { top: 21, done: 0.4 },
  ];
  const barLeft = px(5);
  const barRight = px(23);
  for (const row of rows) {
    const top = px(row.top);
    const bottom = px(row.top + 2.5);
    const track = roundRect(barLeft, top, barRight, bottom, (bottom - top) / 2);
    canvas.fill(track, PALETTE.goldTrack);
    const filled = barLeft + Math.round((barRight - barLeft) * row.done);
    canvas.fill(both(track, rect(barLeft, top, filled, bottom)), PALETTE.gold);
    canvas.fill(rect(x0 + line, px(row.top + 4), x1 - line, px(row.top + 4) + line), PALETTE.grid);
  }
  const cx = 24 * s;
  const cy = 24 * s;
  canvas.fill(circle(cx, cy, 7.5 * s), PALETTE.halo);
  canvas.fill(circle(cx, cy, 6.2 * s), PALETTE.gold);
  canvas.fill(
    stroke(
      [
        [cx - 3.2 * s, cy + 0.1 * s],
        [cx - 0.9 * s, cy + 2.4 * s],
        [cx + 3.4 * s, cy - 2.2 * s],
      ],
      2 * s,
    ),
    PALETTE.darkRed,
  );
}

/** Draws the icon at one size, as straight 8-bit RGBA, row-major. */
export function drawIcon(size: number): Uint8Array {
  const canvas = new Canvas(size);
  if (size < 24) drawSmall(canvas);
  else drawLarge(canvas);
  return canvas.toRgba();
}

/** Writes every icon size into `assetsDir` and returns the paths written. */
export function main(assetsDir = resolve(__dirname, "..", "assets")): string[] {
  mkdirSync(assetsDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const path = join(assetsDir, `icon-${size}.png`);
    writeFileSync(path, encodePng(size, size, drawIcon(size)));
    return path;
  });
}

if (require.main === module) {
  for (const path of main()) process.stdout.write(`${path}\n`);
}
