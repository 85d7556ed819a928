/**
 * Properties of the appendix reader over generated tables that have the source's shape: numbered
 * items, several items per cell, activities on rows of their own, and rows cut by page breaks.
 */
import fc from "fast-check";
import { parseFramework } from "./parseFramework";
import type { Framework } from "./types";
import { HA_TINH_2024_UNITS } from "./units";

const HEADER = [
  "TT",
  "1- Mục tiêu/Chỉ tiêu/nội dung",
  "2- Nhiệm vụ",
  "3- Hoạt động",
  "4- Kết quả, sản phẩm",
  "5- Chủ trì",
  "6- Phối hợp",
  "7- Thời gian hoàn thành",
  "8- Kinh phí",
];
const ITEM_COLUMNS = [1, 2, 3] as const;

const syllable = fc.constantFrom(
  ..."quản lý văn bản nội vụ kiểm tra hồ sơ đơn vị thủ tục hành chính điện tử chỉ số tuyên truyền kế hoạch".split(" "),
);
const phrase = fc.array(syllable, { minLength: 1, maxLength: 5 });
const capital = (words: string[]): string[] => [
  words[0].charAt(0).toUpperCase() + words[0].slice(1),
  ...words.slice(1),
];

interface Activity {
  words: string[];
  output: string[];
  lead: string;
  deadline: string;
  funding: string;
  ownRow: boolean;
}
interface Task {
  words: string[];
  activities: Activity[];
}
interface Objective {
  words: string[];
  tasks: Task[];
}

const activityArb: fc.Arbitrary<Activity> = fc.record({
  words: phrase,
  output: phrase,
  lead: fc.constantFrom("Sở Nội vụ", "Sở Tư pháp", "UBND cấp huyện", "Các sở, ban, ngành"),
  deadline: fc.constantFrom("Năm 2024", "Quý I/2024", "Thường xuyên", "Theo Kế hoạch của Bộ Nội vụ"),
  funding: fc.constantFrom("", "Theo dự toán được cấp"),
  ownRow: fc.boolean(),
});
const taskArb: fc.Arbitrary<Task> = fc.record({
  words: phrase,
  activities: fc.array(activityArb, { minLength: 1, maxLength: 3 }),
});
const objectiveArb: fc.Arbitrary<Objective> = fc.record({
  words: phrase,
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 3 }),
});
const tableArb = fc.array(fc.array(objectiveArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 });

/** Renders the generated table as the seed writes it: one line per row, cells separated by tabs. */
function render(sections: Objective[][]): string[][] {
  const rows: string[][] = [];
  const romans = ["I", "II", "III"];
  sections.forEach((objectives, s) => {
    rows.push([romans[s], `PHẦN ${s + 1}`, "", "", "", "", "", "", ""]);
    let taskNumber = 0;
    let activityNumber = 0;
    objectives.forEach((objective, o) => {
      objective.tasks.forEach((task, t) => {
        taskNumber += 1;
        const groups: Activity[][] = [];
        for (const activity of task.activities) {
          if (groups.length === 0 || activity.ownRow) groups.push([activity]);
          else groups[groups.length - 1].push(activity);
        }
        groups.forEach((group, g) => {
          const first = t === 0 && g === 0;
          const cell = group
            .map((activity) => {
              activityNumber += 1;
              return [`3.${activityNumber}.`, ...capital(activity.words)].join(" ");
            })
            .join(" ");
          rows.push([
            first && t === 0 ? String(o + 1) : "",
            first ? [`1.${o + 1}.`, ...capital(objective.words)].join(" ") : "",
            g === 0 ? [`2.${taskNumber}.`, ...capital(task.words)].join(" ") : "",
            cell,
            group[0].output.join(" "),
            group[0].lead,
            "",
            group[0].deadline,
            group[0].funding,
          ]);
        });
      });
    });
  });
  return rows;
}

/** Cuts some rows as a page break does: the rest of each cell goes on a following line whose TT is empty. */
function cut(rows: string[][], cuts: number[]): string[][] {
  const result: string[][] = [];
  rows.forEach((cells, index) => {
    const at = cuts[index % cuts.length];
    if (at === 0 || (cells[0] !== "" && !/^\d+$/.test(cells[0]))) {
      result.push(cells);
      return;
    }
    const head: string[] = [];
    const tail: string[] = [""];
    cells.forEach((cell, c) => {
      if (c === 0) {
        head.push(cell);
        return;
      }
      const words = cell.split(" ").filter(Boolean);
      const keep = Math.max(1, Math.min(words.length, at));
      head.push(words.slice(0, keep).join(" "));
      tail.push(words.slice(keep).join(" "));
    });
    result.push(head);
    if (tail.some((cell) => cell !== "")) result.push(tail);
  });
  return result;
}

function toText(rows: string[][]): string {
  return [
    "PHỤ LỤC",
    "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024",
    HEADER.join("\t"),
    ...rows.map((r) => r.join("\t")),
  ].join("\n");
}

function parse(text: string): Framework {
  const result = parseFramework({ text }, { units: HA_TINH_2024_UNITS });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.framework;
}

function itemWords(framework: Framework, column: (typeof ITEM_COLUMNS)[number]): string[] {
  const texts = framework.sections.flatMap((section) =>
    section.objectives.flatMap((objective) =>
      column === 1
        ? [objective.text]
        : objective.tasks.flatMap((task) => (column === 2 ? [task.text] : task.activities.map((a) => a.text))),
    ),
  );
  return texts.join(" ").split(" ").filter(Boolean);
}

function sourceWords(rows: string[][], column: number): string[] {
  return rows
    .filter((cells) => /^\d*$/.test(cells[0]))
    .map((cells) => cells[column])
    .join(" ")
    .split(" ")
    .filter((word) => word !== "" && !/^\d+\.\d+\.$/.test(word));
}

describe("parseFramework properties", () => {
  it("puts every source cell's text in exactly one item, in order, however rows are cut by page breaks", () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        (sections, cuts) => {
          const rows = render(sections);
          const framework = parse(toText(cut(rows, cuts)));
          for (const column of ITEM_COLUMNS) expect(itemWords(framework, column)).toEqual(sourceWords(rows, column));
          const counted = framework.sections.flatMap((s) =>
            s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)),
          );
          expect(counted).toHaveLength(sections.flat().flatMap((o) => o.tasks.flatMap((t) => t.activities)).length);
        },
      ),
    );
  });

  it("gives the same framework with extra blank lines and CRLF line endings", () => {
    fc.assert(
      fc.property(tableArb, fc.array(fc.nat(3), { minLength: 1, maxLength: 9 }), (sections, blanks) => {
        const lines = toText(render(sections)).split("\n");
        const spaced = lines.flatMap((line, i) => [...Array(blanks[i % blanks.length]).fill(""), line]).join("\r\n");
        expect(parse(spaced)).toEqual(parse(lines.join("\n")));
      }),
    );
  });

  it("gives the same framework whatever the order of the columns, since headers are matched by meaning", () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8], { minLength: 9, maxLength: 9 }),
        (sections, order) => {
          const rows = render(sections);
          const permute = (cells: string[]): string[] => order.map((index) => cells[index] ?? "");
          const text = [
            "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024",
            permute(HEADER).join("\t"),
            ...rows.map((r) => permute(r).join("\t")),
          ].join("\n");
          expect(parse(text)).toEqual(parse(toText(rows)));
        },
      ),
    );
  });
});
