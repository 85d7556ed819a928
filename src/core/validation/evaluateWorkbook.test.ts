import fc from "fast-check";
import { isoToSerial } from "../dates/excelDate";
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import { evaluateWorkbook } from "./evaluateWorkbook";
import { readTrackingWorkbook } from "./readTrackingWorkbook";
import { TrackingFixture, UNITS, datedActivity, targetWhere } from "./testing/trackingFixture";
import type { TargetRow } from "./trackingWorkbook";

const PERIODS: [string, string][] = [
  ["2024-Q1", "2024-03-14"],
  ["2024-H1", "2024-06-14"],
  ["2024-Q3", "2024-09-14"],
  ["2024", "2024-12-14"],
];
const CT = targetWhere((t) => t.measure === "count");
const A = datedActivity("2024-01-01", "2024-12-31");

/** A count target made cumulative, ≥ 12 in the year, with `done` achieved. */
function initiatives(period: string, done: number, asOf?: string): TargetStatus | null {
  const f = new TrackingFixture({ period, asOf })
    .target(CT.id, "measure", "count")
    .target(CT.id, "comparator", "atLeast")
    .target(CT.id, "target", 12)
    .target(CT.id, "kind", "Lũy kế")
    .target(CT.id, "done", done);
  return evaluateWorkbook(readTrackingWorkbook(f.snapshot)).targets.find((t) => t.id === CT.id)?.status ?? null;
}

/** The activity made due on 30/06/2024, with a state and completion date. */
function activity(period: string, state: string | null, doneDate?: string, asOf?: string): ActivityStatus | null {
  const f = new TrackingFixture({ period })
    .activity(A.id, "due", isoToSerial("2024-06-30"))
    .activity(A.id, "deadlineKind", "date")
    .activity(A.id, "state", state)
    .activity(A.id, "doneDate", doneDate ? isoToSerial(doneDate) : null);
  return (
    evaluateWorkbook(readTrackingWorkbook(f.snapshot), { asOf }).activities.find((a) => a.id === A.id)?.status ?? null
  );
}

describe("evaluateWorkbook at each period's cut-off", () => {
  test.each(PERIODS)("%s is judged as of %s by default", (period, cutOff) => {
    const evaluation = evaluateWorkbook(readTrackingWorkbook(new TrackingFixture({ period }).snapshot));
    expect(evaluation.asOf).toBe(cutOff);
    expect(evaluation.year).toBe(2024);
    expect(evaluation.context).toMatchObject({ asOf: isoToSerial(cutOff), judgeAll: true });
  });

  // Shares of 2024 at the cut-offs: 74/366, 166/366, 258/366, 349/366 → E = 2.43, 5.44, 8.46, 11.44.
  test.each<[string, number, TargetStatus]>([
    ["2024-Q1", 3, "on_track"],
    ["2024-Q1", 2.2, "at_risk"],
    ["2024-Q1", 2, "lagging"],
    ["2024-Q1", 12, "met"],
    ["2024-H1", 6, "on_track"],
    ["2024-H1", 5, "at_risk"],
    ["2024-H1", 4, "lagging"],
    ["2024-Q3", 9, "on_track"],
    ["2024-Q3", 8, "at_risk"],
    ["2024-Q3", 7, "lagging"],
    ["2024", 12, "met"],
    ["2024", 11.5, "on_track"],
    ["2024", 11, "at_risk"],
    ["2024", 10, "lagging"],
  ])("a cumulative target of 12 at %s with %p done is %s", (period, done, status) => {
    expect(initiatives(period, done)).toBe(status);
  });

  test.each<[string, string | null, string | undefined, ActivityStatus]>([
    ["2024-Q1", null, undefined, "not_started"],
    ["2024-Q1", "Đang thực hiện", undefined, "in_progress"],
    ["2024-H1", null, undefined, "due_soon"],
    ["2024-H1", "Đang thực hiện", undefined, "due_soon"],
    ["2024-Q3", "Đang thực hiện", undefined, "overdue"],
    ["2024", null, undefined, "overdue"],
    ["2024-H1", "Hoàn thành", "2024-06-01", "done"],
    ["2024-Q3", "Hoàn thành", "2024-07-05", "done_late"],
    ["2024", "Hoàn thành", undefined, "done"],
  ])("an activity due 30/06 at %s with state %p done %p is %s", (period, state, doneDate, status) => {
    expect(activity(period, state, doneDate)).toBe(status);
  });

  it("judges as of the --as-of override instead of NgayBaoCao", () => {
    expect(activity("2024-H1", null)).toBe("due_soon");
    expect(activity("2024-H1", null, undefined, "2024-07-01")).toBe("overdue");
    expect(activity("2024-H1", null, undefined, "2024-02-01")).toBe("not_started");
    const f = new TrackingFixture();
    expect(evaluateWorkbook(readTrackingWorkbook(f.snapshot), { asOf: "2024-07-01" }).asOf).toBe("2024-07-01");
  });

  it("uses NgayBaoCao when it differs from the cut-off", () => {
    expect(initiatives("2024-H1", 5, "2024-05-01")).toBe("on_track");
  });

  it("judges text in a number cell invalid, as the workbook's formulas do", () => {
    const f = new TrackingFixture().target(CT.id, "done", "12");
    expect(evaluateWorkbook(readTrackingWorkbook(f.snapshot)).targets.find((t) => t.id === CT.id)?.status).toBe(
      "invalid",
    );
  });

  it("judges only the unit's own rows in a unit's workbook", () => {
    const unit = UNITS.find((u) => u.level === "district")!;
    const evaluation = evaluateWorkbook(readTrackingWorkbook(new TrackingFixture({ unit }).snapshot));
    const wb = readTrackingWorkbook(new TrackingFixture({ unit }).snapshot);
    for (const a of evaluation.activities) {
      const led = wb.activities.find((x) => x.id === a.id)?.responsibility === "Chủ trì";
      expect([a.id, a.status === "not_assessed"]).toEqual([a.id, !led]);
    }
  });

  it("has no context and no statuses when neither a plan year nor an as-of date is known", () => {
    const f = new TrackingFixture().info("NamKeHoach", null).info("KyBaoCao", null).info("NgayBaoCao", null);
    const evaluation = evaluateWorkbook(readTrackingWorkbook(f.snapshot));
    expect(evaluation.context).toBeNull();
    expect(evaluation.targets.every((t) => t.status === null)).toBe(true);
    expect(evaluateWorkbook(readTrackingWorkbook(f.snapshot), { asOf: "2024-05-05" }).context).not.toBeNull();
  });
});

describe("evaluateWorkbook properties", () => {
  const tracking = readTrackingWorkbook(new TrackingFixture().snapshot);
  const row = tracking.targets.find((t) => t.id === CT.id) as TargetRow;
  const RANK: Partial<Record<TargetStatus, number>> = { lagging: 0, at_risk: 1, on_track: 2, met: 3 };

  function statusWith(done: number, setup: { target: number; kind: string; comparator: string; asOf: string }) {
    row.cells.done.value = done;
    row.cells.target.value = setup.target;
    row.cells.kind.value = setup.kind;
    row.cells.comparator.value = setup.comparator;
    row.cells.measure.value = "count";
    const status = evaluateWorkbook(tracking, { asOf: setup.asOf }).targets.find((t) => t.id === CT.id)?.status;
    return status ?? null;
  }

  const setup = fc.record({
    target: fc.integer({ min: 1, max: 1000 }),
    kind: fc.constantFrom("Lũy kế", "Mức đạt"),
    comparator: fc.constantFrom("atLeast", "moreThan", "between", "atMost", "lessThan"),
    asOf: fc
      .integer({ min: isoToSerial("2024-01-01"), max: isoToSerial("2024-12-31") })
      .map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10)),
  });

  it("never makes a status worse when v moves the good way (up, or down for a cap)", () => {
    fc.assert(
      fc.property(
        setup,
        fc.float({ min: 0, max: 2000, noNaN: true }),
        fc.float({ min: 0, max: 2000, noNaN: true }),
        (s, x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const smallerIsBetter = s.comparator === "atMost" || s.comparator === "lessThan";
          const worse = statusWith(smallerIsBetter ? high : low, s);
          const better = statusWith(smallerIsBetter ? low : high, s);
          expect(RANK[better as TargetStatus]).toBeGreaterThanOrEqual(RANK[worse as TargetStatus] ?? -1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
