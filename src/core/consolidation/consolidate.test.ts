import { consolidate, ConsolidationCancelledError, type ConsolidationProgress } from "./consolidate";
import type { SubmissionFile, SubmissionReader } from "./submission";
import { SMALL_FRAMEWORK, SMALL_UNITS, unitWorkbook } from "./testing/consolidationFixture";

const snapshots = {
  "a.xlsx": unitWorkbook({ unit: SMALL_UNITS[2], targets: { "I.3": { done: 5 } } }),
  "b.xlsx": unitWorkbook({ unit: SMALL_UNITS[3], targets: { "I.3": { done: 4 } } }),
};

/** A reader over in-memory snapshots: the bytes hold the file's name. */
const read: SubmissionReader = async (bytes, fileName) => {
  const key = new TextDecoder().decode(bytes) as keyof typeof snapshots;
  if (key in snapshots) return { ok: true, snapshot: structuredClone(snapshots[key]) };
  return {
    ok: false,
    reason: "notXlsx",
    message: { vi: `${fileName}: không phải .xlsx`, en: `${fileName}: not .xlsx` },
  };
};

function file(name: string, lazy = false): SubmissionFile {
  const bytes = new TextEncoder().encode(name);
  return { name, lastModified: 1_718_000_000_000, bytes: lazy ? async () => bytes : bytes };
}

const options = { framework: SMALL_FRAMEWORK, units: SMALL_UNITS, read };

describe("consolidate", () => {
  it("reads each file (bytes or a function that reads them) and consolidates", async () => {
    const result = await consolidate([file("a.xlsx"), file("b.xlsx", true), file("ghi-chu.txt")], options);
    expect(result.included.map((s) => s.unit)).toEqual(["UBND huyện A", "UBND huyện B"]);
    expect(result.rejected.map((r) => [r.file, r.reason])).toEqual([["ghi-chu.txt", "notXlsx"]]);
    expect(result.targets.find((t) => t.target.id === "I.3")?.province.value).toBe(9);
  });

  it("reports progress after every file, then the consolidation", async () => {
    const seen: ConsolidationProgress[] = [];
    await consolidate([file("a.xlsx"), file("x.csv")], { ...options, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { phase: "reading", done: 1, total: 2, file: "a.xlsx", outcome: "read" },
      { phase: "reading", done: 2, total: 2, file: "x.csv", outcome: "notXlsx" },
      { phase: "consolidating", done: 2, total: 2 },
      { phase: "done", done: 2, total: 2 },
    ]);
  });

  it("stops between files when the signal aborts", async () => {
    const controller = new AbortController();
    const reading = consolidate([file("a.xlsx"), file("b.xlsx")], {
      ...options,
      onProgress: (p) => {
        if (p.phase === "reading" && p.done === 1) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(reading).rejects.toBeInstanceOf(ConsolidationCancelledError);
    await expect(consolidate([file("a.xlsx")], { ...options, signal: AbortSignal.abort() })).rejects.toThrow(
      "Đã dừng tổng hợp",
    );
  });

  it("turns a reader or file that throws into a rejected file, and goes on", async () => {
    const failing: SubmissionFile = {
      name: "hong.xlsx",
      lastModified: 0,
      bytes: async () => {
        throw new Error("EACCES: permission denied\n    at stack");
      },
    };
    const result = await consolidate([failing, file("boom.xlsx"), file("a.xlsx")], {
      ...options,
      read: async (bytes, name) => {
        if (name === "boom.xlsx") throw new Error("boom");
        return read(bytes, name);
      },
    });
    expect(result.included.map((s) => s.file)).toEqual(["a.xlsx"]);
    expect(result.rejected).toMatchObject([
      { file: "boom.xlsx", reason: "corrupted" },
      { file: "hong.xlsx", reason: "corrupted" },
    ]);
    expect(result.rejected[1].message.en).toBe("“hong.xlsx” could not be read (EACCES: permission denied).");
  });

  it("yields to the event loop during long runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const files = Array.from({ length: 20 }, () => file("a.xlsx"));
    const slow: SubmissionReader = async (bytes, name) => {
      const until = performance.now() + 3;
      while (performance.now() < until) {
        // Busy, as reading a real file is.
      }
      return read(bytes, name);
    };
    await consolidate(files, { ...options, read: slow, yieldEveryMs: 5 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
