import { activityStatusLabels, colourGroupLabels, targetStatusLabels } from "../messages/status";
import { statusColourFormula, statusColours } from "./statusColours";
import {
  activityStatusColour,
  activityStatusFromLabel,
  labelsOfColourGroup,
  targetStatusColour,
  targetStatusFromLabel,
} from "./statusLabels";
import { ACTIVITY_STATUSES, COLOUR_GROUPS, TARGET_STATUSES } from "./statusTypes";
import { miniExcel } from "./testing/miniExcel";

/** WCAG 2 relative luminance and contrast ratio of two `#RRGGBB` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("status labels", () => {
  test("labels are unique within targets and within activities, and read back to their code", () => {
    for (const status of TARGET_STATUSES) expect(targetStatusFromLabel(targetStatusLabels[status].vi)).toBe(status);
    for (const status of ACTIVITY_STATUSES)
      expect(activityStatusFromLabel(activityStatusLabels[status].vi)).toBe(status);
    expect(targetStatusFromLabel("Quá hạn")).toBeUndefined();
    expect(activityStatusFromLabel("đạt")).toBeUndefined();
  });

  test("a label shared by targets and activities means the same and has the same colour", () => {
    for (const t of TARGET_STATUSES) {
      const a = ACTIVITY_STATUSES.find((s) => activityStatusLabels[s].vi === targetStatusLabels[t].vi);
      if (a) {
        expect(a).toBe(t);
        expect(activityStatusColour[a]).toBe(targetStatusColour[t]);
      }
    }
  });

  test("no two labels differ only in letter case, which a case-insensitive comparison would confuse", () => {
    const all = [
      ...TARGET_STATUSES.map((s) => targetStatusLabels[s].vi),
      ...ACTIVITY_STATUSES.map((s) => activityStatusLabels[s].vi),
    ];
    const distinct = new Set(all);
    expect(new Set(all.map((l) => l.toLowerCase())).size).toBe(distinct.size);
  });

  test("labels fit in a formula's text constant and are Unicode NFC, as typed by Vietnamese keyboards", () => {
    for (const m of [...Object.values(targetStatusLabels), ...Object.values(activityStatusLabels)]) {
      expect(m.vi.length).toBeLessThanOrEqual(255);
      expect(m.vi).toBe(m.vi.normalize("NFC"));
      expect(m.en).not.toBe("");
    }
  });
});

describe("colour groups", () => {
  test("every status has exactly one group, and every group is used and has a legend", () => {
    const used = new Set([...Object.values(targetStatusColour), ...Object.values(activityStatusColour)]);
    expect([...used].sort()).toEqual([...COLOUR_GROUPS].sort());
    for (const group of COLOUR_GROUPS) expect(colourGroupLabels[group].vi).not.toBe("");
  });

  test("the groups the issue fixes", () => {
    expect([targetStatusColour.lagging, activityStatusColour.overdue]).toEqual(["red", "red"]);
    expect([targetStatusColour.at_risk, activityStatusColour.due_soon, activityStatusColour.done_late]).toEqual([
      "amber",
      "amber",
      "amber",
    ]);
    expect([targetStatusColour.met, activityStatusColour.done]).toEqual(["green", "green"]);
    expect([
      targetStatusColour.no_data,
      targetStatusColour.not_applicable,
      activityStatusColour.conditional,
      targetStatusColour.not_assessed,
    ]).toEqual(["grey", "grey", "grey", "grey"]);
  });

  test.each(COLOUR_GROUPS)("%s text is readable on its fill (WCAG AA, 4.5:1)", (group) => {
    const { fill, font } = statusColours[group];
    expect(fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(font).toMatch(/^#[0-9A-F]{6}$/);
    expect(contrast(fill, font)).toBeGreaterThanOrEqual(4.5);
  });

  test("fills are distinct", () => {
    expect(new Set(COLOUR_GROUPS.map((g) => statusColours[g].fill)).size).toBe(COLOUR_GROUPS.length);
  });
});

describe("statusColourFormula", () => {
  test("reads the status column absolutely and the row relatively", () => {
    expect(statusColourFormula("red", "Q5")).toBe('=OR($Q5="Chậm tiến độ",$Q5="Quá hạn")');
    expect(statusColourFormula("purple", "$N$4")).toBe('=$N4="Số liệu không hợp lệ"');
  });

  test.each(["Q", "5", "Q5:Q9", "Sheet!Q5", "Q0", "q5"])("refuses %j", (cell) => {
    expect(() => statusColourFormula("red", cell)).toThrow();
  });

  test("each label turns on exactly its own group's rule", () => {
    const labels = [
      ...new Set([...Object.values(targetStatusLabels), ...Object.values(activityStatusLabels)].map((m) => m.vi)),
    ];
    for (const label of [...labels, "", "Đạt (ghi chú)"]) {
      const on = COLOUR_GROUPS.filter((group) => miniExcel(statusColourFormula(group, "Q5"), { $Q5: label }) === true);
      const expected = COLOUR_GROUPS.filter((group) => labelsOfColourGroup(group).includes(label));
      expect(on).toEqual(expected);
      expect(on.length).toBe(labels.includes(label) ? 1 : 0);
    }
  });
});
