import { isoToSerial } from "../dates/excelDate";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture, UNITS, datedActivity } from "../validation/testing/trackingFixture";
import { ACTIVITY_COLUMNS, SHEET, columnOf } from "../workbook/layout";
import { bucketOf, bucketRange, summarizeWorkbook, SummaryContextError, type SummaryLine } from "./summarizeWorkbook";
import { dueShare, judgedActivities, judgedTargets, metShare } from "./summaryFigures";

function summarize(fixture: TrackingFixture, asOf?: string) {
  const tracking = readTrackingWorkbook(fixture.snapshot);
  return { tracking, summary: summarizeWorkbook(tracking, evaluateWorkbook(tracking, { asOf })) };
}

const section = (lines: SummaryLine[], id: string) => {
  const line = lines.find((l) => l.key === id);
  if (!line) throw new Error(`no line ${id}`);
  return line;
};

describe("summarizeWorkbook", () => {
  it("counts an empty whole-plan workbook at 14/06: every activity and target judged, none done", () => {
    const { summary, tracking } = summarize(new TrackingFixture({ period: "2024-H1" }));
    expect(judgedActivities(summary.total)).toBe(tracking.activities.length);
    expect(judgedTargets(summary.total)).toBe(tracking.targets.length);
    expect(summary.total.targets.no_data + summary.total.targets.not_assessed).toBe(tracking.targets.length);
    expect(summary.total.activities.done).toBe(0);
    // Due by 14/06/2024 and not done: overdue, and due but not done.
    expect(summary.total.due).toBe(summary.total.activities.overdue);
    expect(summary.total.dueDone).toBe(0);
    expect(dueShare(summary.total)).toBe(0);
    expect(metShare(summary.total)).toBe(0);
    expect(summary.asOf).toBe("2024-06-14");
    expect(summary.sections.map((s) => s.key)).toEqual(tracking.sections.activities.map((s) => s.id));
    // Sections add up to the whole plan.
    for (const status of ["overdue", "ongoing", "conditional", "not_started"] as const) {
      expect(summary.sections.reduce((n, s) => n + s.activities[status], 0)).toBe(summary.total.activities[status]);
    }
  });

  it("moves an activity from overdue to done late, in its section, its lead groups and its deadline bucket", () => {
    const activity = datedActivity("2024-01-01", "2024-03-31");
    const before = summarize(new TrackingFixture({ period: "2024-H1" })).summary;
    const fixture = new TrackingFixture({ period: "2024-H1" })
      .activity(activity.id, "state", "Hoàn thành")
      .activity(activity.id, "doneDate", isoToSerial("2024-05-02"));
    const after = summarize(fixture).summary;
    const sectionId = activity.id.split(":")[0];
    expect(section(after.sections, sectionId).activities.done_late).toBe(1);
    expect(section(after.sections, sectionId).activities.overdue).toBe(
      section(before.sections, sectionId).activities.overdue - 1,
    );
    expect(after.total.dueDone).toBe(1);
    expect(after.total.due).toBe(before.total.due);
    const q1 = after.deadlines.find((d) => d.bucket === "q1");
    expect(q1?.activities.done_late).toBe(1);
    const lead = after.leads.filter((l) => l.activities.done_late === 1).map((l) => l.key);
    expect(lead.length).toBeGreaterThan(0);
  });

  it("counts a row led by two units under each of them", () => {
    const fixture = new TrackingFixture({ period: "2024" });
    const { summary, tracking } = summarize(fixture);
    const shared = tracking.activities.find((a) => a.texts.lead.startsWith("Sở Nội vụ chủ trì đối với"));
    expect(shared).toBeDefined();
    const noiVu = summary.leads.find((l) => l.key === "Sở Nội vụ");
    const khcn = summary.leads.find((l) => l.key === "Sở Khoa học và Công nghệ");
    expect(noiVu && khcn).toBeTruthy();
    expect(summary.leadSources.find((s) => s.written === shared?.texts.lead)?.groups).toEqual([
      "Sở Nội vụ",
      "Sở Khoa học và Công nghệ",
    ]);
    // The groups add up to at least the whole plan (rows with several leads count several times).
    const sum = summary.leads.reduce((n, l) => n + judgedActivities(l), 0);
    expect(sum).toBeGreaterThan(judgedActivities(summary.total));
    // Named units come first, in the units list's order, then the categories.
    const order = summary.leads.map((l) => l.key);
    const unitIndex = (name: string) => UNITS.findIndex((u) => u.name === name);
    const units = order.filter((g) => unitIndex(g) >= 0);
    expect(units).toEqual([...units].sort((a, b) => unitIndex(a) - unitIndex(b)));
    expect(order.indexOf("Các sở, ban, ngành")).toBeGreaterThan(order.indexOf(units[units.length - 1]));
  });

  it("lists only the rows a unit leads, and their groups", () => {
    const unit = UNITS.find((u) => u.name === "Sở Tư pháp");
    const { summary, tracking } = summarize(new TrackingFixture({ unit, period: "2024-Q3" }));
    const own = tracking.activities.filter((a) => a.responsibility === "Chủ trì").length;
    expect(judgedActivities(summary.total)).toBe(own);
    expect(summary.total.activities.not_assessed).toBe(tracking.activities.length - own);
    for (const line of summary.leads) expect(judgedActivities(line) + judgedTargets(line)).toBeGreaterThan(0);
  });

  it("puts every activity in exactly one deadline bucket", () => {
    const { summary, tracking } = summarize(new TrackingFixture({ period: "2024" }));
    const total = summary.deadlines.reduce((n, d) => n + judgedActivities(d) + d.activities.not_assessed, 0);
    expect(total).toBe(tracking.activities.length);
    expect(summary.deadlines.find((d) => d.bucket === "before")?.to).toBe(isoToSerial("2023-12-31"));
    expect(summary.deadlines.find((d) => d.bucket === "ongoing")?.activities.ongoing).toBeGreaterThan(0);
  });

  it.each([
    ["before", { from: null, to: isoToSerial("2023-12-31") }],
    ["q1", { from: isoToSerial("2024-01-01"), to: isoToSerial("2024-03-31") }],
    ["q2", { from: isoToSerial("2024-04-01"), to: isoToSerial("2024-06-30") }],
    ["q3", { from: isoToSerial("2024-07-01"), to: isoToSerial("2024-09-30") }],
    ["q4", { from: isoToSerial("2024-10-01"), to: isoToSerial("2024-12-31") }],
    ["after", { from: isoToSerial("2025-01-01"), to: null }],
    ["ongoing", { from: null, to: null }],
  ] as const)("bucket %s spans %j in 2024", (bucket, range) => {
    expect(bucketRange(bucket, 2024)).toEqual(range);
  });

  it("reads buckets as the formulas do: `ongoing` in any case, a text date as no date", () => {
    const fixture = new TrackingFixture({ period: "2024" });
    const { tracking } = summarize(fixture);
    const row = tracking.activities[0];
    expect(
      bucketOf(
        { ...row, cells: { ...row.cells, deadlineKind: { ...row.cells.deadlineKind, value: "ONGOING" } } },
        2024,
      ),
    ).toBe("ongoing");
    expect(
      bucketOf(
        {
          ...row,
          cells: {
            ...row.cells,
            deadlineKind: { ...row.cells.deadlineKind, value: "date" },
            due: { ...row.cells.due, value: "31/03/2024" },
          },
        },
        2024,
      ),
    ).toBe("conditional");
  });

  it("without the Mã lĩnh vực column, counts rows under the heading above them", () => {
    const fixture = new TrackingFixture({ period: "2024" });
    const sheet = fixture.sheet(SHEET.activities);
    const col = columnOf(ACTIVITY_COLUMNS, "sectionId");
    sheet.rows[2][col] = { value: "Cột khác" };
    const withColumn = summarize(new TrackingFixture({ period: "2024" })).summary;
    const without = summarize(fixture).summary;
    expect(without.columns.activitySection).toBe(false);
    expect(without.sections.map((s) => [s.key, s.activities])).toEqual(
      withColumn.sections.map((s) => [s.key, s.activities]),
    );
  });

  it("refuses a workbook with neither a plan year nor an as-of date", () => {
    const fixture = new TrackingFixture().info("NamKeHoach", null).info("NgayBaoCao", null).info("KyBaoCao", null);
    const tracking = readTrackingWorkbook(fixture.snapshot);
    expect(() => summarizeWorkbook(tracking, evaluateWorkbook(tracking))).toThrow(SummaryContextError);
  });

  it("evaluates at an overriding as-of date", () => {
    const early = summarize(new TrackingFixture({ period: "2024" }), "2024-01-15").summary;
    const late = summarize(new TrackingFixture({ period: "2024" }), "2024-12-14").summary;
    expect(early.asOf).toBe("2024-01-15");
    expect(early.total.activities.overdue).toBeLessThan(late.total.activities.overdue);
  });
});
