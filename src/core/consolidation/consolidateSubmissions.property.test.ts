import fc from "fast-check";
import { LEVELS } from "../framework/types";
import { consolidateSubmissions } from "./consolidateSubmissions";
import type { ConsolidationResult, ScopeFigure } from "./consolidationResult";
import type { Submission } from "./submission";
import { SMALL_FRAMEWORK, SMALL_UNITS, submission, type TargetFill } from "./testing/consolidationFixture";

const options = { framework: SMALL_FRAMEWORK, units: SMALL_UNITS };
const TARGET_IDS = SMALL_FRAMEWORK.sections[0].objectives[0].targets.map((t) => t.id);
const ACTIVITY_IDS = SMALL_FRAMEWORK.sections[0].objectives[0].tasks[0].activities.map((a) => a.id);

/** An entry as people type it: blank, a count or numerator, a rate (sometimes as a fraction), text, a mark. */
function fillArbitrary(integers: boolean): fc.Arbitrary<TargetFill> {
  const number = integers
    ? fc.integer({ min: 0, max: 400 })
    : fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 100, noNaN: true }));
  return fc.tuple(
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 5, arbitrary: number },
      { weight: 1, arbitrary: fc.constant("khoảng 5") },
    ),
    fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 400 }) }),
    fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant("x") }),
  );
}

function submissionsArbitrary(integers = true): fc.Arbitrary<Submission[]> {
  const one = fc.record({
    unit: fc.integer({ min: 0, max: SMALL_UNITS.length - 1 }),
    lastModified: fc.integer({ min: 1, max: 4 }),
    period: fc.constantFrom("2024-H1", "2024-H1", "2024-H1", "2024-Q1"),
    targets: fc.dictionary(fc.constantFrom(...TARGET_IDS), fillArbitrary(integers)),
    activities: fc.dictionary(
      fc.constantFrom(...ACTIVITY_IDS),
      fc.tuple(
        fc.constantFrom("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", null),
        fc.option(fc.constantFrom("2024-02-01", "2024-04-30", "2024-06-01"), { nil: undefined }),
      ),
    ),
    excluded: fc.subarray(TARGET_IDS, { maxLength: 1 }),
  });
  return fc.array(one, { maxLength: 12 }).map((specs) =>
    specs.map((spec, i) =>
      submission({
        ...spec,
        unit: SMALL_UNITS[spec.unit].name,
        file: `tep-${String(i).padStart(2, "0")}.xlsx`,
        targets: spec.targets,
        activities: spec.activities,
      }),
    ),
  );
}

/** What a target's figures are, leaving out the count of Không phát sinh marks. */
function figures(result: ConsolidationResult) {
  const pick = (f: ScopeFigure | null) => {
    if (f === null) return null;
    const { value, numerator, denominator, target, status, method, reported, met, lagging, atRisk, onTrack, min, max } =
      f;
    return { value, numerator, denominator, target, status, method, reported, met, lagging, atRisk, onTrack, min, max };
  };
  return result.targets.map((t) => ({
    id: t.target.id,
    province: pick(t.province),
    byLevel: Object.fromEntries(LEVELS.map((l) => [l, pick(t.byLevel[l])])),
  }));
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

describe("consolidateSubmissions properties", () => {
  it("does not depend on the order of the files", () => {
    fc.assert(
      fc.property(
        submissionsArbitrary(false).chain((subs) =>
          fc.tuple(fc.constant(subs), fc.shuffledSubarray(subs, { minLength: subs.length, maxLength: subs.length })),
        ),
        ([subs, shuffled]) => {
          expect(consolidateSubmissions(shuffled, [], options)).toEqual(consolidateSubmissions(subs, [], options));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a return marking every target Không phát sinh changes no target's figures", () => {
    fc.assert(
      fc.property(submissionsArbitrary(false), fc.integer({ min: 0, max: SMALL_UNITS.length - 1 }), (subs, pick) => {
        const unit = SMALL_UNITS[pick];
        const others = subs.filter((s) => s.unit !== unit.name);
        const notApplicable = submission({
          unit: unit.name,
          file: "kps.xlsx",
          targets: Object.fromEntries(TARGET_IDS.map((id) => [id, [null, null, "x"] as TargetFill])),
        });
        // The return is for the period consolidated (another period would simply be rejected).
        const fixed = { ...options, period: "2024-H1" };
        const before = consolidateSubmissions(others, [], fixed);
        const after = consolidateSubmissions([...others, notApplicable], [], fixed);
        expect(figures(after)).toEqual(figures(before));
      }),
      { numRuns: 150 },
    );
  });

  it("the province's sums are the sums over the levels", () => {
    fc.assert(
      fc.property(submissionsArbitrary(true), (subs) => {
        const result = consolidateSubmissions(subs, [], options);
        for (const t of result.targets) {
          const levels = LEVELS.map((l) => t.byLevel[l]).filter((f): f is ScopeFigure => f !== null);
          if (t.holder !== null) {
            expect(levels.every((f) => f.numerator === t.province.numerator && f.value === t.province.value)).toBe(
              true,
            );
            continue;
          }
          expect(t.province.numerator).toBe(sumOrNull(levels.map((f) => f.numerator)));
          expect(t.province.denominator).toBe(sumOrNull(levels.map((f) => f.denominator)));
          for (const key of [
            "reported",
            "met",
            "lagging",
            "atRisk",
            "onTrack",
            "notApplicable",
            "noData",
            "invalid",
            "expected",
          ] as const) {
            expect(t.province[key]).toBe(levels.reduce((n, f) => n + f[key], 0));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every unit is included once, listed missing, or neither only when it is not in the list", () => {
    fc.assert(
      fc.property(submissionsArbitrary(true), (subs) => {
        const result = consolidateSubmissions(subs, [], options);
        const included = result.included.map((s) => s.unit);
        expect(new Set(included).size).toBe(included.length);
        for (const unit of SMALL_UNITS) {
          expect(included.includes(unit.name) !== result.missing.some((m) => m.name === unit.name)).toBe(true);
        }
        expect(result.files).toHaveLength(subs.length);
        const dropped = result.duplicates.flatMap((d) => d.dropped);
        expect(result.included.length + dropped.length + result.rejected.length).toBe(subs.length);
        for (const d of result.duplicates) {
          const kept = subs.find((s) => s.file === d.kept);
          for (const file of d.dropped) {
            const other = subs.find((s) => s.file === file);
            expect(other && kept && other.lastModified <= kept.lastModified).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
