/**
 * Golden tests over the whole 2024 appendix: the parser's reading of the seed, row by row, and the
 * embedded framework being exactly the parser's output plus the reviewed corrections.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Override } from "../../src/core/framework/applyOverrides";
import { buildFrameworkFromPlan } from "../../src/core/framework/buildFrameworkFromPlan";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { frameworkToJson } from "../../src/core/framework/frameworkJson";
import { frameworkVersion } from "../../src/core/framework/frameworkVersion";
import { parseFramework } from "../../src/core/framework/parseFramework";
import type { Activity, Framework, Objective, Target } from "../../src/core/framework/types";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";

const DATA = join(__dirname, "..", "..", "src", "core", "framework", "data");
const PLAN = readFileSync(join(DATA, "hatinh-2024-plan.txt"), "utf8");
const CORRECTIONS = JSON.parse(readFileSync(join(DATA, "corrections-hatinh-2024.json"), "utf8")) as Override[];

function parsed(): Framework {
  const result = parseFramework({ text: PLAN }, { units: HA_TINH_2024_UNITS });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.framework;
}

const FRAMEWORK = parsed();
const objectives = (f: Framework): Objective[] => f.sections.flatMap((s) => s.objectives);
const activities = (f: Framework): Activity[] => objectives(f).flatMap((o) => o.tasks.flatMap((t) => t.activities));
const targets = (f: Framework): Target[] => objectives(f).flatMap((o) => o.targets);
const activity = (id: string): Activity => {
  const found = activities(FRAMEWORK).find((a) => a.id === id);
  if (found === undefined) throw new Error(`no activity ${id}`);
  return found;
};
const objective = (id: string): Objective => {
  const found = objectives(FRAMEWORK).find((o) => o.id === id);
  if (found === undefined) throw new Error(`no objective ${id}`);
  return found;
};

describe("the 2024 seed", () => {
  it("is copied into the project byte for byte", () => {
    const seed = join(__dirname, "..", "..", "..", "shared", "seed", "000_81dc5ac12a8b2fdd.txt");
    // The shared folder exists on the team's machines only; users' copies have just the project file.
    let original: Buffer | undefined;
    try {
      original = readFileSync(seed);
    } catch {
      original = undefined;
    }
    if (original !== undefined) expect(readFileSync(join(DATA, "hatinh-2024-plan.txt")).equals(original)).toBe(true);
    expect(PLAN.length).toBeGreaterThan(0);
  });

  it("reads 48 objectives, 72 tasks and 93 activities, in sections I–VI, VII.A and VII.B", () => {
    const counts = FRAMEWORK.sections.map((s) => [
      s.id,
      s.objectives.length,
      s.objectives.reduce((n, o) => n + o.tasks.length, 0),
      s.objectives.reduce((n, o) => n + o.tasks.reduce((m, t) => m + t.activities.length, 0), 0),
    ]);
    expect(counts).toEqual([
      ["I", 7, 15, 25],
      ["II", 4, 4, 7],
      ["III", 11, 14, 18],
      ["IV", 3, 7, 8],
      ["V", 4, 5, 8],
      ["VI", 4, 6, 6],
      ["VII.A", 6, 12, 12],
      ["VII.B", 9, 9, 9],
    ]);
    expect(new Set(activities(FRAMEWORK).map((a) => a.id)).size).toBe(93);
  });

  it("reads the identity and the section titles", () => {
    expect([FRAMEWORK.id, FRAMEWORK.title, FRAMEWORK.year]).toEqual([
      "hatinh-2024",
      "Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024",
      2024,
    ]);
    expect(FRAMEWORK.sections.map((s) => s.title)).toEqual([
      "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC",
      "CẢI CÁCH THỂ CHẾ",
      "CẢI CÁCH TTHC VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG",
      "CẢI CÁCH TỔ CHỨC BỘ MÁY",
      "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
      "CẢI CÁCH TÀI CHÍNH CÔNG",
      "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
      "Áp dụng ISO 9001:2015 trong hoạt động của đơn vị",
    ]);
    expect(FRAMEWORK.sections[7].parentTitle).toBe(
      "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ VÀ ÁP DỤNG ISO",
    );
  });

  it("reads every deadline", () => {
    const expected: [string, string, string | null, string][] = [
      ["I:3.1", "Trước 25/12/2023", "2023-12-25", "date"],
      ["I:3.2", "Trước 25/12/2023", "2023-12-25", "date"],
      ["I:3.3", "Năm 2024", "2024-12-31", "date"],
      ["I:3.4", "Tháng 01/2024", "2024-01-31", "date"],
      ["I:3.5", "Thường xuyên", null, "ongoing"],
      ["I:3.6", "Năm 2024", "2024-12-31", "date"],
      ["I:3.7", "Theo Kế hoạch của Bộ Nội vụ", null, "conditional"],
      ["I:3.8", "Theo Kế hoạch của Bộ Nội vụ", null, "conditional"],
      [
        "I:3.9",
        "Sau khi các cơ quan liên quan công bố chỉ số PAPI, Bộ Nội vụ công bố chỉ số CCHC tỉnh năm 2024",
        null,
        "conditional",
      ],
      [
        "I:3.10",
        "Sau khi các cơ quan liên quan công bố chỉ số PAPI, Bộ Nội vụ công bố chỉ số CCHC tỉnh năm 2024",
        null,
        "conditional",
      ],
      ["I:3.11", "Sau khi các cơ quan liên quan công bố chỉ số PCI năm 2024", null, "conditional"],
      ["I:3.12", "Sau khi các cơ quan liên quan công bố chỉ số PCI năm 2024", null, "conditional"],
      ["I:3.13", "Sau khi Bộ Thông tin và Truyền thông công bố chỉ số DTI năm 2024", null, "conditional"],
      ["I:3.14", "Sau khi Bộ Thông tin và Truyền thông công bố chỉ số DTI năm 2024", null, "conditional"],
      ["I:3.15", "Thường xuyên", null, "ongoing"],
      ["I:3.16", "Thường xuyên", null, "ongoing"],
      ["I:3.17", "Quý II, III/2024", "2024-09-30", "date"],
      ["I:3.18", "Quý II, III/2024", "2024-09-30", "date"],
      ["I:3.19", "Quý II, III/2024", "2024-09-30", "date"],
      ["I:3.20", "Quý II, III/2024", "2024-09-30", "date"],
      ["I:3.21", "Quý II, III/2024", "2024-09-30", "date"],
      ["I:3.22", "Năm 2024", "2024-12-31", "date"],
      ["I:3.23", "Theo kế hoạch thẩm định hằng năm", null, "conditional"],
      ["I:3.24", "Năm 2024", "2024-12-31", "date"],
      ["I:3.25", "Năm 2024", "2024-12-31", "date"],
      ["II:3.1", "Thườn g xuyên", null, "ongoing"],
      ["II:3.2", "Thườn g xuyên", null, "ongoing"],
      ["II:3.3", "Quý I", "2024-03-31", "date"],
      ["II:3.4", "Quý II", "2024-06-30", "date"],
      ["II:3.5", "Thườn g xuyên", null, "ongoing"],
      ["II:3.6", "Quý IV", "2024-12-31", "date"],
      ["II:3.7", "Quý IV/2024", "2024-12-31", "date"],
      ["III:3.1", "Quý I/2024", "2024-03-31", "date"],
      ["III:3.2", "Thường xuyên", null, "ongoing"],
      ["III:3.3", "Quý I, II năm 2024", "2024-06-30", "date"],
      ["III:3.4", "Thường xuyên", null, "ongoing"],
      ["III:3.5", "Thường xuyên", null, "ongoing"],
      ["III:3.6", "Thường xuyên", null, "ongoing"],
      ["III:3.7", "Thường xuyên", null, "ongoing"],
      ["III:3.8", "Thường xuyên", null, "ongoing"],
      ["III:3.9", "Thường xuyên", null, "ongoing"],
      ["III:3.10", "Thường xuyên", null, "ongoing"],
      ["III:3.11", "Thường xuyên", null, "ongoing"],
      ["III:3.12", "Thường xuyên", null, "ongoing"],
      ["III:3.13", "Thường xuyên", null, "ongoing"],
      ["III:3.16", "Thường xuyên", null, "ongoing"],
      ["III:3.14", "Thường xuyên", null, "ongoing"],
      ["III:3.15", "Thường xuyên", null, "ongoing"],
      ["III:3.17", "Thường xuyên", null, "ongoing"],
      ["III:3.18", "Năm 2024", "2024-12-31", "date"],
      ["IV:3.1", "Thường xuyên", null, "ongoing"],
      ["IV:3.2", "Thường xuyên", null, "ongoing"],
      ["IV:3.3", "Khi có chỉ đạo của Trung ương", null, "conditional"],
      ["IV:3.4", "Thường xuyên", null, "ongoing"],
      ["IV:3.5", "Thường xuyên", null, "ongoing"],
      ["IV:3.6", "Theo lộ trình đề án được phê duyệt", null, "conditional"],
      ["IV:3.7", "Theo lộ trình đề án được phê duyệt", null, "conditional"],
      ["IV:3.8", "Theo lộ trình đề án được phê duyệt", null, "conditional"],
      ["V:3.1", "Quý I/2024", "2024-03-31", "date"],
      ["V:3.2", "Năm 2024", "2024-12-31", "date"],
      ["V:3.3", "Năm 2024", "2024-12-31", "date"],
      ["V:3.4", "Năm 2024", "2024-12-31", "date"],
      ["V:3.5", "Năm 2024", "2024-12-31", "date"],
      ["V:3.6", "Năm 2024", "2024-12-31", "date"],
      ["V:3.7", "Thường xuyên", null, "ongoing"],
      ["V:3.8", "Năm 2024", "2024-12-31", "date"],
      ["VI:3.1", "Năm 2024", "2024-12-31", "date"],
      ["VI:3.2", "Năm 2024", "2024-12-31", "date"],
      ["VI:3.3", "Năm 2024", "2024-12-31", "date"],
      ["VI:3.4", "Năm 2024", "2024-12-31", "date"],
      ["VI:3.5", "Năm 2024", "2024-12-31", "date"],
      ["VI:3.6", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.1", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.2", "Năm 2024-2026", "2026-12-31", "date"],
      ["VII.A:3.3", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.4", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.5", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.6", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.7", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.8", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.9", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.10", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.11", "Năm 2024", "2024-12-31", "date"],
      ["VII.A:3.12", "Năm 2024", "2024-12-31", "date"],
      ["VII.B:3.1", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.2", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.3", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.4", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.5", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.6", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.7", "Quý I-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.8", "Quý II-IV năm 2024", "2024-12-31", "date"],
      ["VII.B:3.9", "Quý I-IV năm 2024", "2024-12-31", "date"],
    ];
    expect(activities(FRAMEWORK).map((a) => [a.id, a.deadline.text, a.deadline.due, a.deadline.kind])).toEqual(
      expected,
    );
  });

  it("reads every numeric target (after the reviewed corrections of kind)", () => {
    const expected: [string, Partial<Target>][] = [
      [
        "CT1.1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "sở, ban, ngành",
          kind: "level",
        },
      ],
      [
        "I.3",
        {
          measure: "count",
          comparator: "atLeast",
          value: 3,
          direction: "increase",
          unitLabel: "sáng kiến",
          kind: "cumulative",
        },
      ],
      [
        "I.4",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 35,
          direction: "increase",
          unitLabel: "cơ quan, đơn vị",
          kind: "cumulative",
        },
      ],
      [
        "CT1.3",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "đơn vị, địa phương",
          kind: "level",
        },
      ],
      [
        "II.1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 90,
          direction: "increase",
          unitLabel: "nội dung",
          kind: "level",
        },
      ],
      [
        "II.2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 95,
          direction: "increase",
          unitLabel: "văn bản QPPL",
          kind: "level",
        },
      ],
      [
        "II.3",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 90,
          direction: "increase",
          unitLabel: "văn bản QPPL",
          kind: "level",
        },
      ],
      [
        "III.3-1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "TTHC nội bộ",
          kind: "level",
        },
      ],
      [
        "III.3-2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 20,
          direction: "decrease",
          unitLabel: "quy định",
          kind: "cumulative",
        },
      ],
      [
        "III.3-3",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 20,
          direction: "decrease",
          unitLabel: "chi phí tuân thủ",
          kind: "cumulative",
        },
      ],
      [
        "III.4",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "TTHC",
          kind: "level",
        },
      ],
      [
        "III.5",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 75,
          levels: { province: 90, district: 80, commune: 75 },
          direction: "increase",
          unitLabel: "hồ sơ",
          kind: "level",
        },
      ],
      [
        "III.6-1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "TTHC",
          kind: "level",
        },
      ],
      [
        "III.6-2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 70,
          direction: "increase",
          unitLabel: "hồ sơ",
          kind: "level",
        },
      ],
      [
        "III.6-3",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 90,
          direction: "increase",
          unitLabel: "hồ sơ",
          kind: "level",
        },
      ],
      [
        "III.7-1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 80,
          direction: "increase",
          unitLabel: "TTHC",
          kind: "level",
        },
      ],
      [
        "III.7-2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 40,
          levels: { province: 50, district: 45, commune: 40 },
          direction: "increase",
          unitLabel: "giao dịch",
          kind: "level",
        },
      ],
      [
        "III.8",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 94,
          direction: "increase",
          unitLabel: "người dân, doanh nghiệp",
          kind: "level",
        },
      ],
      [
        "III.9",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 70,
          direction: "increase",
          unitLabel: "người dân, doanh nghiệp",
          kind: "level",
        },
      ],
      [
        "III.11",
        {
          measure: "count",
          comparator: "between",
          value: 2,
          max: 3,
          direction: "increase",
          unitLabel: "cuộc",
          kind: "cumulative",
        },
      ],
      [
        "CT4.1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "đơn vị sự nghiệp công lập",
          kind: "cumulative",
        },
      ],
      [
        "IV.3-1",
        {
          measure: "count",
          comparator: "atLeast",
          value: 28,
          direction: "decrease",
          unitLabel: "biên chế công chức",
          kind: "cumulative",
        },
      ],
      [
        "IV.3-2",
        {
          measure: "count",
          comparator: "atLeast",
          value: 531,
          direction: "decrease",
          unitLabel: "biên chế viên chức",
          kind: "cumulative",
        },
      ],
      [
        "V.1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 50,
          direction: "increase",
          unitLabel: "cán bộ, công chức",
          kind: "level",
        },
      ],
      [
        "V.2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 85,
          direction: "increase",
          unitLabel: "cán bộ, công chức",
          kind: "level",
        },
      ],
      [
        "VI.1-1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "đơn vị sự nghiệp công lập",
          kind: "level",
        },
      ],
      [
        "VI.1-2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "cơ quan hành chính nhà nước",
          kind: "level",
        },
      ],
      [
        "VI.2",
        {
          measure: "percent",
          comparator: "moreThan",
          value: 85,
          direction: "increase",
          unitLabel: "nhà, đất",
          kind: "level",
        },
      ],
      [
        "VI.3",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 2.5,
          direction: "decrease",
          unitLabel: "chi hỗ trợ trực tiếp",
          kind: "level",
        },
      ],
      [
        "VI.4",
        {
          measure: "count",
          comparator: "atLeast",
          value: 2,
          direction: "increase",
          unitLabel: "đơn vị sự nghiệp công lập",
          kind: "cumulative",
        },
      ],
      [
        "VII.A.1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "xã",
          kind: "cumulative",
        },
      ],
      [
        "VII.A.2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 70,
          direction: "increase",
          unitLabel: "cơ sở dữ liệu",
          kind: "level",
        },
      ],
      [
        "VII.A.3",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "xã, phường, thị trấn",
          kind: "cumulative",
        },
      ],
      [
        "VII.A.4",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 30,
          direction: "increase",
          unitLabel: "hoạt động kiểm tra",
          kind: "level",
        },
      ],
      [
        "CT7.4",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 60,
          levels: { province: 100, district: 90, commune: 60 },
          direction: "increase",
          unitLabel: "hồ sơ công việc",
          kind: "level",
        },
      ],
      [
        "VII.B.1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "cơ quan, đơn vị",
          kind: "level",
        },
      ],
      [
        "VII.B.2",
        {
          measure: "count",
          comparator: "atLeast",
          value: 13,
          direction: "increase",
          unitLabel: "trung tâm văn hóa - truyền thông",
          kind: "cumulative",
        },
      ],
      [
        "VII.B.3-1",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 27,
          direction: "increase",
          unitLabel: "trường THCS",
          kind: "cumulative",
          equivalentCount: 40,
        },
      ],
      [
        "VII.B.3-2",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 10,
          direction: "increase",
          unitLabel: "trường tiểu học",
          kind: "cumulative",
          equivalentCount: 23,
        },
      ],
      [
        "VII.B.4",
        {
          measure: "count",
          comparator: "atLeast",
          value: 33,
          direction: "increase",
          unitLabel: "UBND cấp xã",
          kind: "cumulative",
        },
      ],
      [
        "VII.B.5",
        {
          measure: "count",
          comparator: "atLeast",
          value: 2,
          direction: "increase",
          unitLabel: "UBND cấp huyện",
          kind: "cumulative",
        },
      ],
      [
        "VII.B.6",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "Quyết định",
          kind: "level",
        },
      ],
      [
        "VII.B.7",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 100,
          direction: "increase",
          unitLabel: "quy trình",
          kind: "level",
        },
      ],
      [
        "VII.B.8",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 25,
          direction: "increase",
          unitLabel: "cơ quan, đơn vị",
          kind: "cumulative",
        },
      ],
      [
        "VII.B.9",
        {
          measure: "percent",
          comparator: "atLeast",
          value: 30,
          direction: "increase",
          unitLabel: "cơ quan, đơn vị",
          kind: "cumulative",
        },
      ],
    ];
    const corrected = buildFrameworkFromPlan(PLAN, CORRECTIONS, { units: HA_TINH_2024_UNITS }).framework;
    expect(targets(corrected).map((t) => t.id)).toEqual(expected.map(([id]) => id));
    for (const [id, fields] of expected) {
      const target = targets(corrected).find((t) => t.id === id);
      expect([id, target]).toEqual([id, expect.objectContaining(fields)]);
      expect([id, target?.levels]).toEqual([id, fields.levels]);
      expect([id, target?.max]).toEqual([id, fields.max]);
    }
  });

  it("spot-checks rows against the seed", () => {
    // A new activity on a continuation row inherits the lead of its task (line 385).
    expect(activity("I:3.5")).toMatchObject({
      text: "Tổ chức thực hiện Kế hoạch tuyên truyền",
      output: "Các hình thức tuyên truyền đa dạng, phong phú",
      lead: "Sở Thông tin và Truyền thông",
      funding: "Theo dự toán được cấp",
      deadline: { text: "Thường xuyên", due: null, kind: "ongoing" },
    });
    for (const id of ["I:3.20", "I:3.21"]) {
      expect(activity(id)).toMatchObject({
        lead: "Sở Nội vụ",
        output: "Văn bản chỉ đạo",
        reporters: [{ kind: "unit", name: "Sở Nội vụ" }],
      });
    }
    // Rows cut mid-phrase by page breaks (lines 454–456, 403–405).
    expect(activity("V:3.1")).toMatchObject({
      text: "Xây dựng kế hoạch đào tạo, bồi dưỡng phù hợp với yêu cầu thực tiễn cho CBCCVC;",
      output: "Quyết định",
      partners: "Các Sở, ban, ngành, UBND cấp huyện",
      deadline: { text: "Quý I/2024", due: "2024-03-31", kind: "date" },
      funding: "Theo dự toán được cấp",
    });
    expect(activity("I:3.25").partners).toBe("Các cơ quan, đơn vị, địa phương");
    // A cell that continues a number's item and then starts another (line 425).
    expect(activity("III:3.5").text).toBe(
      "Tổ chức triển khai quy trình số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC tại Bộ phận Một cửa các cấp",
    );
    expect(activity("III:3.6").text).toBe(
      "Theo dõi, cập nhật tình hình và tổ chức thực hiện kế hoạch số hóa kết quả giải quyết thủ tục hành chính",
    );
    // Leftover HTML (line 432) and a broken word kept as written (line 407).
    expect(activity("III:3.13").text).toBe(
      "Tổ chức các lớp tập huấn liên quan đến nhiệm vụ kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông, kỹ năng, nghiệp vụ cho công chức tại Bộ phận một cửa các cấp",
    );
    expect(activity("II:3.1").deadline).toEqual({ text: "Thườn g xuyên", due: null, kind: "ongoing" });
    // Section III uses 2.5 twice; the task IDs stay distinct.
    expect(objective("III.5").tasks.map((t) => t.id)).toEqual(["III.5:2.5"]);
    expect(objective("III.6").tasks.map((t) => t.id)).toEqual(["III.6:2.5", "III.6:2.6"]);
    // Numbers written `2.10 ` and `2.12:`.
    expect(objective("I.3").tasks.map((t) => t.id)).toEqual(["I.3:2.9", "I.3:2.10"]);
    expect(objective("VII.A.6").tasks.map((t) => t.id)).toEqual(["VII.A.6:2.10", "VII.A.6:2.11", "VII.A.6:2.12"]);
    // III.6 holds three targets.
    expect(objective("III.6").targets.map((t) => [t.id, t.measure, t.value])).toEqual([
      ["III.6-1", "percent", 100],
      ["III.6-2", "percent", 70],
      ["III.6-3", "percent", 90],
    ]);
    // VII.B.2: 13 district culture centres, a count summed over the districts.
    expect(objective("VII.B.2").targets).toEqual([
      expect.objectContaining({
        id: "VII.B.2",
        measure: "count",
        value: 13,
        reporters: [{ kind: "category", level: "district" }],
        aggregate: "sum",
      }),
    ]);
    // I.4: led by Sở Nội vụ alone, so it reports the provincial figure.
    expect(objective("I.4").targets[0]).toMatchObject({
      id: "I.4",
      value: 35,
      reporters: [{ kind: "unit", name: "Sở Nội vụ" }],
    });
    // The merged cells of VI.2's second task row (line 470).
    expect(activity("VI:3.4")).toMatchObject({ lead: "Sở Tài chính", deadline: { text: "Năm 2024" } });
  });

  it("reads the 26 main targets and links them to the objectives they restate", () => {
    expect(FRAMEWORK.mainTargets.map((m) => [m.id, m.objectiveId ?? null, m.targetId ?? null])).toEqual([
      ["CT1.1", "I.1", "CT1.1"],
      ["CT1.2", "I.3", "I.3"],
      ["CT1.3", "I.4", "CT1.3"],
      ["CT2.1", "II.1", "II.1"],
      ["CT2.2", "II.2", "II.2"],
      ["CT2.3", "II.3", "II.3"],
      ["CT3.1", "III.5", "III.5"],
      ["CT3.2", "III.6", null],
      ["CT3.3", "III.9", "III.9"],
      ["CT3.4", "III.3", "III.3-1"],
      ["CT3.5", "III.7", null],
      ["CT3.6", "III.8", "III.8"],
      ["CT3.7", "III.11", "III.11"],
      // Below the restating threshold: linked by a reviewed correction (see corrections-hatinh-2024.json).
      ["CT4.1", null, "CT4.1"],
      ["CT4.2", "IV.3", null],
      ["CT5.1", "V.1", "V.1"],
      ["CT5.2", "V.2", "V.2"],
      ["CT6.1", "VI.3", "VI.3"],
      ["CT6.2", "VI.1", "VI.1-1"],
      ["CT6.3", "VI.1", "VI.1-2"],
      ["CT6.4", "VI.4", "VI.4"],
      ["CT6.5", "VI.2", "VI.2"],
      ["CT7.1", "VII.A.1", "VII.A.1"],
      ["CT7.2", "VII.A.2", "VII.A.2"],
      ["CT7.3", "VII.A.4", "VII.A.4"],
      ["CT7.4", null, "CT7.4"],
    ]);
    expect(FRAMEWORK.mainTargets[1].text).toBe(
      "Phần đầu ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC áp dụng có hiệu quả, đáp ứng yêu cầu của Hội đồng thẩm định CCHC Trung ương.",
    );
    // A paragraph cut by a page break in part II is joined.
    expect(FRAMEWORK.mainTargets[7].text).toContain("cơ sở dữ liệu quốc gia về TTHC và công khai");
    // 7.4 is in no objective of the appendix: it becomes a target of its own, with a value per level.
    expect(targets(FRAMEWORK).find((t) => t.id === "CT7.4")).toMatchObject({
      objectiveId: "VII.A.4",
      measure: "percent",
      levels: { province: 100, district: 90, commune: 60 },
    });
  });
});

describe("the embedded framework", () => {
  it("is the parser's output plus the reviewed corrections, exactly", () => {
    const rebuilt = buildFrameworkFromPlan(PLAN, CORRECTIONS, { units: HA_TINH_2024_UNITS }).framework;
    expect(HA_TINH_2024_FRAMEWORK).toEqual(rebuilt);
    expect(readFileSync(join(DATA, "hatinh-2024.json"), "utf8")).toBe(frameworkToJson(rebuilt));
  });

  it("carries the version of its content, and every correction gives a reason", () => {
    expect(HA_TINH_2024_FRAMEWORK.version).toBe(frameworkVersion(HA_TINH_2024_FRAMEWORK));
    expect(HA_TINH_2024_FRAMEWORK.version).not.toBe(FRAMEWORK.version);
    for (const correction of CORRECTIONS) expect(correction.reason.length).toBeGreaterThan(20);
  });

  it("gives every activity and target reporters, and every count target an aggregate", () => {
    for (const a of activities(HA_TINH_2024_FRAMEWORK)) expect([a.id, a.reporters.length > 0]).toEqual([a.id, true]);
    for (const t of targets(HA_TINH_2024_FRAMEWORK)) {
      expect([t.id, t.reporters.length > 0]).toEqual([t.id, true]);
      expect([t.id, t.aggregate !== undefined]).toEqual([t.id, t.measure === "count"]);
    }
  });
});
