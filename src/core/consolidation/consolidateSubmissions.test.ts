import { consolidateSubmissions } from "./consolidateSubmissions";
import type { ConsolidationResult, ScopeFigure } from "./consolidationResult";
import { SMALL_FRAMEWORK, SMALL_UNITS, submission, workedExample } from "./testing/consolidationFixture";

const options = { framework: SMALL_FRAMEWORK, units: SMALL_UNITS };

function target(result: ConsolidationResult, id: string) {
  const found = result.targets.find((t) => t.target.id === id);
  if (!found) throw new Error(`No target ${id}`);
  return found;
}

function pick(f: ScopeFigure | null) {
  if (f === null) return null;
  const { value, numerator, denominator, target, status, method, reported, met, lagging } = f;
  return { value, numerator, denominator, target, status, method, reported, met, lagging };
}

describe("consolidateSubmissions: the worked example", () => {
  const result = consolidateSubmissions(workedExample(), [], options);

  it("consolidates the period most files report, judged at its cut-off", () => {
    expect(result.period?.code).toBe("2024-H1");
    expect(result.asOf).toBe("2024-06-14");
  });

  it("rates are Σ Thực hiện ÷ Σ Tổng số, each level against its own target, the province against the plan's", () => {
    const t = target(result, "I.1");
    // Province: (45 + 40 + 30 + 90 + 14) ÷ (50 + 50 + 40 + 100 + 20) = 219 ÷ 260 = 84.2307…% ≥ 80 → met.
    expect(pick(t.province)).toEqual({
      value: 84.230769231,
      numerator: 219,
      denominator: 260,
      target: 80,
      status: "met",
      method: "ratio",
      reported: 5,
      met: 3,
      lagging: 1,
    });
    // Sở, ban, ngành: (45 + 40) ÷ (50 + 50) = 85% against 90: ≥ 0.9 × 90 = 81 → at risk. SNV 90% met, STP 80% < 81 lagging.
    expect(pick(t.byLevel.province)).toEqual({
      value: 85,
      numerator: 85,
      denominator: 100,
      target: 90,
      status: "at_risk",
      method: "ratio",
      reported: 2,
      met: 1,
      lagging: 1,
    });
    // Huyện: (30 + 90) ÷ (40 + 100) = 85.714…% against 80 → met; A 75% ≥ 72 at risk, B 90% met, C not applicable.
    expect(pick(t.byLevel.district)).toEqual({
      value: 85.714285714,
      numerator: 120,
      denominator: 140,
      target: 80,
      status: "met",
      method: "ratio",
      reported: 2,
      met: 1,
      lagging: 0,
    });
    expect(t.byLevel.district?.atRisk).toBe(1);
    expect(t.byLevel.district?.notApplicable).toBe(1);
    // Xã: 14 ÷ 20 = 70% against 70 → met; xã Y left it blank.
    expect(pick(t.byLevel.commune)).toEqual({
      value: 70,
      numerator: 14,
      denominator: 20,
      target: 70,
      status: "met",
      method: "ratio",
      reported: 1,
      met: 1,
      lagging: 0,
    });
    expect(t.byLevel.commune?.noData).toBe(1);
    expect(t.byLevel.commune?.expected).toBe(3);
  });

  it("a rate typed directly is the mean over the units that reported, with the lowest and highest", () => {
    const t = target(result, "I.2");
    // Huyện A 60, B 40, C 0,5 read as 50%: (60 + 40 + 50) ÷ 3 = 50 ≥ 50 → met. Sở Tư pháp's 99 is not its row.
    expect(pick(t.province)).toMatchObject({ value: 50, numerator: null, method: "mean", status: "met", reported: 3 });
    expect(t.province.min).toEqual({ value: 40, units: ["UBND huyện B"] });
    expect(t.province.max).toEqual({ value: 60, units: ["UBND huyện A"] });
    // B: 40 < 0.9 × 50 = 45 → lagging; A and C met.
    expect(t.province.met).toBe(2);
    expect(t.province.lagging).toBe(1);
    expect(t.byLevel.province).toBeNull();
    expect(t.byLevel.commune).toBeNull();
    expect(t.units.find((u) => u.unit === "Sở Tư pháp")).toMatchObject({
      leads: false,
      value: 99,
      status: "not_assessed",
    });
  });

  it("a count summed over many reporters compares the sum with the target", () => {
    const t = target(result, "I.3");
    // 5 + 4 + 3 = 12 < 13, ≥ 0.9 × 13 = 11.7 → at risk; each district's own row is not judged.
    expect(pick(t.province)).toMatchObject({ value: 12, numerator: 12, status: "at_risk", method: "sum", reported: 3 });
    expect(pick(t.byLevel.district)).toMatchObject({ value: 12, target: 13, status: "at_risk" });
    expect(t.units.filter((u) => u.leads).map((u) => u.status)).toEqual([
      "not_assessed",
      "not_assessed",
      "not_assessed",
    ]);
  });

  it("a sum over several levels has no level target of its own", () => {
    const t = target(result, "I.5");
    // 1 + 1 (departments) + 1 + 0 (districts; C blank) = 3 ≥ 3 → met.
    expect(pick(t.province)).toMatchObject({ value: 3, status: "met", target: 3 });
    expect(pick(t.byLevel.province)).toMatchObject({ value: 2, target: null, status: "not_assessed" });
    expect(pick(t.byLevel.district)).toMatchObject({ value: 1, target: null, status: "not_assessed" });
  });

  it("a target held by one unit takes that unit's figure", () => {
    const t = target(result, "I.4");
    expect(t.holder).toBe("Sở Nội vụ");
    expect(t.holderSubmitted).toBe(true);
    // 36 ÷ 100 = 36% ≥ 35 → met.
    expect(pick(t.province)).toMatchObject({
      value: 36,
      numerator: 36,
      denominator: 100,
      status: "met",
      method: "single",
    });
    expect(pick(t.byLevel.province)).toMatchObject({ value: 36, status: "met" });
    expect(t.byLevel.district).toBeNull();
  });

  it("keeps the latest of duplicate returns and lists the others", () => {
    expect(result.duplicates).toEqual([
      { unit: "UBND huyện A", level: "district", kept: "a-new.xlsx", dropped: ["a-old.xlsx"] },
    ]);
    expect(result.files.find((f) => f.file === "a-old.xlsx")?.status).toBe("duplicate");
    expect(result.included.filter((s) => s.unit === "UBND huyện A").map((s) => s.file)).toEqual(["a-new.xlsx"]);
  });

  it("rejects a return for another period and lists the units that did not submit", () => {
    expect(result.rejected.map((r) => [r.file, r.reason, r.unit])).toEqual([
      ["stp-q1.xlsx", "wrongPeriod", "Sở Tư pháp"],
    ]);
    expect(result.missing.map((u) => u.name)).toEqual(["UBND xã Z"]);
    expect(result.included.map((s) => s.unit)).toEqual([
      "Sở Nội vụ",
      "Sở Tư pháp",
      "UBND huyện A",
      "UBND huyện B",
      "UBND huyện C",
      "UBND xã X",
      "UBND xã Y",
    ]);
    expect(result.files.map((f) => f.status).sort()).toEqual([
      "duplicate",
      "included",
      "included",
      "included",
      "included",
      "included",
      "included",
      "included",
      "rejected",
    ]);
  });

  it("counts the activities' statuses over their lead units, with the lead's own status", () => {
    const a1 = result.activities.find((a) => a.activity.id === "I:3.1");
    // Due 31/03, done 10/04 → done late.
    expect(a1?.lead).toMatchObject({ unit: "Sở Nội vụ", submitted: true, status: "done_late" });
    expect(a1?.counts.done_late).toBe(1);
    expect(a1?.rollup).toMatchObject({ state: "Hoàn thành", status: "done_late" });
    const a2 = result.activities.find((a) => a.activity.id === "I:3.2");
    // Due 31/05, as of 14/06: A done on 01/05; B in progress and C blank are overdue.
    expect(a2?.counts).toMatchObject({ done: 1, overdue: 2 });
    expect(a2?.overdueUnits).toEqual(["UBND huyện B", "UBND huyện C"]);
    expect(a2?.leading).toBe(3);
    expect(a2?.lead).toBeNull();
    expect(a2?.rollup).toMatchObject({ state: "Đang thực hiện", status: "overdue" });
    const a3 = result.activities.find((a) => a.activity.id === "I:3.3");
    expect(a3?.counts.ongoing).toBe(7);
    expect(a3?.expected).toBe(8);
  });
});

describe("consolidateSubmissions: special cases", () => {
  it("reports a single-holder target as no data when the holder did not submit", () => {
    const result = consolidateSubmissions(
      [submission({ unit: "Sở Tư pháp", targets: { "I.4": [50, 100] } })],
      [],
      options,
    );
    const t = target(result, "I.4");
    expect(t.holderSubmitted).toBe(false);
    expect(t.province).toMatchObject({ value: null, status: "no_data", reported: 0, expected: 1 });
  });

  it("finds the holder through its short name", () => {
    // I.4's reporter is written `SNV`, the short name of Sở Nội vụ.
    const result = consolidateSubmissions(
      [submission({ unit: "Sở Nội vụ", targets: { "I.4": [7, 10] } })],
      [],
      options,
    );
    expect(target(result, "I.4").province).toMatchObject({ value: 70, status: "met" });
  });

  it("leaves out entries with errors and marks them invalid", () => {
    const result = consolidateSubmissions(
      [
        submission({ unit: "UBND huyện A", targets: { "I.3": [5] }, excluded: ["I.3"] }),
        submission({ unit: "UBND huyện B", targets: { "I.3": [4] } }),
      ],
      [],
      options,
    );
    const t = target(result, "I.3");
    expect(t.province).toMatchObject({ value: 4, reported: 1, invalid: 1 });
    expect(t.units[0]).toMatchObject({ excluded: true, status: "invalid", value: null });
  });

  it("leaves out units marking Không phát sinh: with no other figure there is no data", () => {
    const result = consolidateSubmissions(
      [submission({ unit: "UBND huyện A", targets: { "I.3": [null, null, "x"] } })],
      [],
      options,
    );
    expect(target(result, "I.3").province).toMatchObject({ status: "no_data", notApplicable: 1, value: null });
  });

  it("weights the units with a Tổng số and says so when others typed a rate only", () => {
    const result = consolidateSubmissions(
      [
        submission({ unit: "UBND huyện A", targets: { "I.1": [3, 4] } }),
        submission({ unit: "UBND huyện B", targets: { "I.1": [7, 16] } }),
        submission({ unit: "UBND huyện C", targets: { "I.1": [20] } }),
      ],
      [],
      options,
    );
    // (3 + 7) ÷ (4 + 16) = 50%; huyện C's 20% has no Tổng số to weigh it with.
    const t = target(result, "I.1");
    expect(t.province).toMatchObject({ value: 50, numerator: 10, denominator: 20, method: "mixed", reported: 3 });
    expect(t.province.min).toEqual({ value: 20, units: ["UBND huyện C"] });
  });

  it("a mean rate below 1% is not read as a fraction", () => {
    const result = consolidateSubmissions(
      [
        submission({ unit: "UBND huyện A", targets: { "I.2": [0] } }),
        submission({ unit: "UBND huyện B", targets: { "I.2": [1.5] } }),
      ],
      [],
      options,
    );
    // (0 + 1.5) ÷ 2 = 0.75 (%), not 75%.
    expect(target(result, "I.2").province).toMatchObject({
      value: 0.75,
      status: "lagging",
      entered: { done: 0.75, total: 100 },
    });
  });

  it("uses the period given, rejecting the others; on a tie the latest period wins", () => {
    const files = [
      submission({ unit: "UBND huyện A", period: "2024-Q1" }),
      submission({ unit: "UBND huyện B", period: "2024-H1" }),
    ];
    expect(consolidateSubmissions(files, [], options).period?.code).toBe("2024-H1");
    const q1 = consolidateSubmissions(files, [], { ...options, period: "2024-Q1" });
    expect(q1.included.map((s) => s.unit)).toEqual(["UBND huyện A"]);
    expect(q1.rejected.map((r) => r.reason)).toEqual(["wrongPeriod"]);
  });

  it("rejects a return with no readable period", () => {
    const result = consolidateSubmissions(
      [submission({ unit: "UBND huyện A" }), submission({ unit: "UBND huyện B", period: "Quý 2" })],
      [],
      options,
    );
    expect(result.rejected.map((r) => [r.unit, r.reason, r.message.en])).toEqual([
      [
        "UBND huyện B",
        "wrongPeriod",
        "“UBND huyện B.xlsx” gives no valid reporting period (KyBaoCao); the period being consolidated is 2024-H1.",
      ],
    ]);
  });

  it("consolidates a unit missing from the list at the level its file gives", () => {
    const result = consolidateSubmissions(
      [submission({ unit: "UBND xã Mới", level: "commune", inList: false, targets: { "I.1": [1, 2] } })],
      [],
      options,
    );
    expect(result.included.map((s) => s.unit)).toEqual(["UBND xã Mới"]);
    expect(target(result, "I.1").byLevel.commune).toMatchObject({ value: 50, expected: 4 });
    expect(result.missing).toHaveLength(SMALL_UNITS.length);
  });

  it("with nothing to consolidate gives no period and no figures", () => {
    const result = consolidateSubmissions([], [], options);
    expect(result.period).toBeNull();
    expect(result.targets).toEqual([]);
    expect(result.missing).toHaveLength(SMALL_UNITS.length);
  });

  it("judges blank rows the way the rules do", () => {
    const result = consolidateSubmissions([submission({ unit: "UBND huyện A" })], [], options);
    for (const t of result.targets) {
      const unit = t.units[0];
      expect(unit.status).toBe(unit.leads ? "no_data" : "not_assessed");
    }
  });
});
