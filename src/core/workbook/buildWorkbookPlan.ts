import type { Activity, Comparator, Framework, Objective, Section, Target, Unit } from "../framework/types";
import { cellAddress, columnLetters, rangeAddress, sheetRef, absolute } from "./a1";
import {
  ACTIVITY_COLUMNS,
  ACTIVITY_STATES,
  FIRST_DATA_ROW,
  HEADER_ROW,
  INFO_FIRST_ROW,
  INFO_NAMES,
  KIND_LABELS,
  LEVEL_LABELS,
  NOT_APPLICABLE_MARK,
  SHEET,
  TARGET_COLUMNS,
  UNIT_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
  columnOf,
  type ColumnDef,
  type InfoName,
} from "./layout";
import { responsibilityOf, type WorkbookUnit } from "./responsibility";
import { STYLE } from "./sheetStyles";
import { fitRowHeights } from "./fitRowHeights";
import { buildGuideSheet } from "./buildGuideSheet";
import { rowStatusFormats, statusFormulas } from "./statusFormulas";
import { parsePeriod, type Period } from "../status/periods";
import { isoToSerial } from "../dates/excelDate";
import type { CellStyle, DefinedNamePlan, PlanCell, SheetPlan, ValidationPlan, WorkbookPlan } from "./workbookPlan";
import { emptySheet } from "./workbookPlan";
import { encodeLeadGroups, leadGroups } from "../summary/leadGroups";

export interface WorkbookOptions {
  framework: Framework;
  units: Unit[];
  /** Absent: the coordinator's whole-plan workbook, where every row is judged. */
  unit?: WorkbookUnit;
  /** A period code: `2024-Q1`, `2024-H1`, `2024-Q3` or `2024`. */
  period: string;
  /** ISO date; defaults to the period's cut-off. */
  asOf?: string;
}

/** Where each framework item landed, so reload and validation can find rows by ID. */
export interface WorkbookIndex {
  activityRows: Map<string, number>;
  targetRows: Map<string, number>;
}

const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  atLeast: "≥",
  moreThan: ">",
  atMost: "≤",
  lessThan: "<",
  exactly: "=",
  between: "từ … đến",
};

/** The defined names' references on `Thông tin` (column B, one row each). */
export function infoNameRef(name: InfoName): string {
  const index = INFO_NAMES.findIndex((n) => n.name === name);
  return sheetRef(SHEET.info, absolute(cellAddress(INFO_FIRST_ROW + index, 1)));
}

/**
 * Builds the declarative plan of a unit's tracking workbook from a framework, the units list, the
 * unit and the period; both writers (Office JS and exceljs) turn this same plan into a workbook.
 */
export function buildWorkbookPlan(options: WorkbookOptions): WorkbookPlan & { index: WorkbookIndex } {
  const period = parsePeriod(options.period);
  const asOf = options.asOf ?? period.cutOff;
  const activities = buildActivitiesSheet(options);
  const targets = buildTargetsSheet(options);
  const names: DefinedNamePlan[] = INFO_NAMES.map((n) => ({ name: n.name, ref: infoNameRef(n.name) }));
  const sheets = [
    buildGuideSheet(options.framework),
    buildInfoSheet(options, period, asOf),
    activities.sheet,
    targets.sheet,
    buildUnitsSheet(options.units),
  ];
  for (const sheet of sheets) fitRowHeights(sheet);
  return {
    formatVersion: WORKBOOK_FORMAT_VERSION,
    sheets,
    names,
    index: { activityRows: activities.rows, targetRows: targets.rows },
  };
}

function text(value: string | undefined | null): PlanCell {
  return { value: value ?? "" };
}

function styleRow(sheet: SheetPlan, row: number, columns: number, style: CellStyle): void {
  sheet.styles.push({ range: rangeAddress(row, 0, 1, columns), style });
}

function titleBand(sheet: SheetPlan, columns: number, title: string, subtitle: string): void {
  sheet.blocks.push({ row: 0, col: 0, cells: [[text(title)], [text(subtitle)]] });
  styleRow(sheet, 0, columns, STYLE.title);
  styleRow(sheet, 1, columns, STYLE.subtitle);
  sheet.rowHeights.push({ row: 0, height: 24 }, { row: 1, height: 18 });
}

function headerRow<K extends string>(sheet: SheetPlan, columns: ColumnDef<K>[]): void {
  sheet.blocks.push({ row: HEADER_ROW, col: 0, cells: [columns.map((c) => text(c.header))] });
  styleRow(sheet, HEADER_ROW, columns.length, STYLE.header);
  sheet.rowHeights.push({ row: HEADER_ROW, height: 36 });
  sheet.columns = columns.map((c) => ({ width: c.width, hidden: c.hidden }));
  sheet.freeze = { rows: HEADER_ROW + 1, columns: 1 };
}

function unitLine(options: WorkbookOptions): string {
  return options.unit
    ? `${options.unit.name} (${LEVEL_LABELS[options.unit.level]})`
    : "Toàn tỉnh — tất cả đơn vị / Whole plan";
}

function commonSheetSetup(sheet: SheetPlan, columns: number, lastRow: number): void {
  sheet.styles.unshift({
    range: rangeAddress(0, 0, Math.max(lastRow + 1, FIRST_DATA_ROW), columns),
    style: STYLE.base,
  });
  sheet.autoFilter = { range: rangeAddress(HEADER_ROW, 0, Math.max(1, lastRow - HEADER_ROW + 1), columns) };
  sheet.protection = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false };
  sheet.print = {
    orientation: "landscape",
    paperSize: "A4",
    printTitleRows: `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}`,
    fitToWidth: true,
    margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    centerFooter: "Trang &P/&N",
  };
}

function entryValidation(
  range: string,
  rule: ValidationPlan["rule"],
  prompt: [string, string],
  error: [string, string],
) {
  return {
    range,
    rule,
    allowBlank: true,
    prompt: { title: prompt[0], text: prompt[1] },
    error: { title: error[0], text: error[1], style: "stop" as const },
  };
}

function buildActivitiesSheet(options: WorkbookOptions): { sheet: SheetPlan; rows: Map<string, number> } {
  const { framework, unit, units } = options;
  const sheet = emptySheet(SHEET.activities);
  sheet.tabColor = "#1F4E79";
  const cols = ACTIVITY_COLUMNS;
  const width = cols.length;
  titleBand(
    sheet,
    width,
    `KHUNG NHIỆM VỤ CCHC TRỌNG TÂM NĂM ${framework.year}`,
    `${unitLine(options)} — ${framework.title}`,
  );
  headerRow(sheet, cols);
  const rows = new Map<string, number>();
  const cells: PlanCell[][] = [];
  const sectionRows: number[] = [];
  const activityRows: number[] = [];
  let row = FIRST_DATA_ROW;
  const c = (key: (typeof cols)[number]["key"]) => columnOf(cols, key);
  for (const section of framework.sections) {
    const sectionLine: PlanCell[] = cols.map(() => text(""));
    sectionLine[c("id")] = text(section.id);
    sectionLine[c("section")] = text(section.title);
    sectionLine[c("sectionId")] = text(section.id);
    cells.push(sectionLine);
    sectionRows.push(row);
    row++;
    for (const objective of section.objectives) {
      for (const task of objective.tasks) {
        for (const activity of task.activities) {
          cells.push(activityLine(section, objective, task.text, activity, row, options));
          rows.set(activity.id, row);
          activityRows.push(row);
          row++;
        }
      }
    }
  }
  if (cells.length > 0) sheet.blocks.push({ row: FIRST_DATA_ROW, col: 0, cells });
  const lastRow = row - 1;
  commonSheetSetup(sheet, width, lastRow);
  const dataRows = lastRow - FIRST_DATA_ROW + 1;
  if (dataRows > 0) {
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, 0, dataRows, width), style: STYLE.grid });
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("due"), dataRows, 1), style: STYLE.date });
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("doneDate"), dataRows, 1), style: STYLE.date });
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("status"), dataRows, 1), style: STYLE.computed });
    // One range for the entry columns; section rows below re-lock their cells, so the writers send a few
    // ranges per sheet rather than one per row.
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("state"), dataRows, 4), style: STYLE.entry });
    for (const r of sectionRows) styleRow(sheet, r, width, STYLE.section);
    const stateRange = columnRange(c("state"), dataRows);
    const doneRange = columnRange(c("doneDate"), dataRows);
    const year = framework.year;
    sheet.validations.push(
      entryValidation(
        stateRange,
        { type: "list", values: [...ACTIVITY_STATES] },
        ["Tình trạng / State", "Chọn: Chưa thực hiện, Đang thực hiện hoặc Hoàn thành. / Pick one."],
        ["Giá trị không hợp lệ", "Chỉ chọn trong danh sách. / Pick a value from the list."],
      ),
      entryValidation(
        doneRange,
        {
          type: "date",
          operator: "between",
          min: isoToSerial(`${year - 1}-01-01`),
          max: isoToSerial(`${year + 1}-12-31`),
        },
        ["Ngày hoàn thành / Date done", "Nhập ngày dạng dd/mm/yyyy. / Enter a date as dd/mm/yyyy."],
        [
          "Ngày không hợp lệ",
          `Nhập ngày từ 01/01/${year - 1} đến 31/12/${year + 1}. / Enter a date in ${year - 1}–${year + 1}.`,
        ],
      ),
    );
    sheet.conditionalFormats.push(
      ...rowStatusFormats(rangeAddress(FIRST_DATA_ROW, 0, dataRows, width), c("status"), FIRST_DATA_ROW),
    );
  }
  void unit;
  void units;
  return { sheet, rows };

  function columnRange(col: number, count: number): string {
    return rangeAddress(FIRST_DATA_ROW, col, count, 1);
  }
}

function activityLine(
  section: Section,
  objective: Objective,
  taskText: string,
  activity: Activity,
  row: number,
  options: WorkbookOptions,
): PlanCell[] {
  const cols = ACTIVITY_COLUMNS;
  const c = (key: (typeof cols)[number]["key"]) => columnOf(cols, key);
  const line: PlanCell[] = cols.map(() => text(""));
  line[c("id")] = text(activity.id);
  line[c("section")] = text(section.title);
  line[c("objective")] = text(`${objective.id}. ${objective.text}`);
  line[c("task")] = text(taskText);
  line[c("activity")] = text(activity.text);
  line[c("output")] = text(activity.output);
  line[c("lead")] = text(activity.lead);
  line[c("partners")] = text(activity.partners);
  line[c("deadlineText")] = text(activity.deadline.text);
  line[c("due")] = activity.deadline.due ? { value: isoToSerial(activity.deadline.due) } : text("");
  line[c("funding")] = text(activity.funding);
  line[c("responsibility")] = text(
    responsibilityOf(activity.reporters, activity.partners, options.unit, options.units),
  );
  line[c("state")] = { value: null };
  line[c("doneDate")] = { value: null };
  line[c("evidence")] = { value: null };
  line[c("note")] = { value: null };
  line[c("status")] = { formula: statusFormulas.activity(row) };
  line[c("deadlineKind")] = text(activity.deadline.kind);
  line[c("sectionId")] = text(section.id);
  line[c("leadGroup")] = text(encodeLeadGroups(leadGroups(activity.reporters, activity.lead)));
  return line;
}

function targetValueFor(target: Target, options: WorkbookOptions): number {
  const level = options.unit?.level;
  const byLevel = level && target.levels ? target.levels[level] : undefined;
  return byLevel ?? target.value;
}

function buildTargetsSheet(options: WorkbookOptions): { sheet: SheetPlan; rows: Map<string, number> } {
  const { framework } = options;
  const sheet = emptySheet(SHEET.targets);
  sheet.tabColor = "#385723";
  const cols = TARGET_COLUMNS;
  const width = cols.length;
  const c = (key: (typeof cols)[number]["key"]) => columnOf(cols, key);
  titleBand(sheet, width, `CHỈ TIÊU CCHC NĂM ${framework.year}`, `${unitLine(options)} — ${framework.title}`);
  headerRow(sheet, cols);
  const rows = new Map<string, number>();
  const cells: PlanCell[][] = [];
  const sectionRows: number[] = [];
  const targetRows: number[] = [];
  const percentRows: number[] = [];
  let row = FIRST_DATA_ROW;
  for (const section of framework.sections) {
    const objectivesWithTargets = section.objectives.filter((o) => o.targets.length > 0);
    if (objectivesWithTargets.length === 0) continue;
    const sectionLine: PlanCell[] = cols.map(() => text(""));
    sectionLine[c("id")] = text(section.id);
    sectionLine[c("objective")] = text(section.title);
    sectionLine[c("sectionId")] = text(section.id);
    cells.push(sectionLine);
    sectionRows.push(row);
    row++;
    for (const objective of objectivesWithTargets) {
      const partnerText = objective.tasks.flatMap((t) => t.activities.map((a) => a.partners)).join("; ");
      for (const target of objective.targets) {
        const line: PlanCell[] = cols.map(() => text(""));
        line[c("id")] = text(target.id);
        line[c("objective")] = text(`${objective.id}. ${objective.text}`);
        line[c("text")] = text(target.text);
        line[c("unitLabel")] = text(target.measure === "percent" ? "%" : target.unitLabel);
        line[c("target")] = { value: targetValueFor(target, options) };
        line[c("comparatorText")] = text(
          target.comparator === "between"
            ? `từ ${target.value} đến ${target.max ?? ""}`
            : COMPARATOR_SYMBOL[target.comparator],
        );
        line[c("kind")] = text(KIND_LABELS[target.kind]);
        line[c("responsibility")] = text(responsibilityOf(target.reporters, partnerText, options.unit, options.units));
        line[c("done")] = { value: null };
        line[c("total")] = { value: null };
        line[c("notApplicable")] = { value: null };
        line[c("note")] = { value: null };
        line[c("result")] = { formula: statusFormulas.targetResult(row) };
        line[c("status")] = { formula: statusFormulas.target(row) };
        line[c("comparator")] = text(target.comparator);
        line[c("max")] = target.max === undefined ? text("") : { value: target.max };
        line[c("measure")] = text(target.measure);
        line[c("aggregate")] = text(target.aggregate ?? "single");
        line[c("sectionId")] = text(section.id);
        line[c("leadGroup")] = text(encodeLeadGroups(leadGroups(target.reporters, "")));
        cells.push(line);
        rows.set(target.id, row);
        targetRows.push(row);
        if (target.measure === "percent") percentRows.push(row);
        row++;
      }
    }
  }
  if (cells.length > 0) sheet.blocks.push({ row: FIRST_DATA_ROW, col: 0, cells });
  const lastRow = row - 1;
  commonSheetSetup(sheet, width, lastRow);
  const dataRows = lastRow - FIRST_DATA_ROW + 1;
  if (dataRows > 0) {
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, 0, dataRows, width), style: STYLE.grid });
    for (const key of ["target", "done", "total"] as const) {
      sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c(key), dataRows, 1), style: STYLE.number });
    }
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("result"), dataRows, 1), style: STYLE.result });
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("status"), dataRows, 1), style: STYLE.computed });
    sheet.styles.push({ range: rangeAddress(FIRST_DATA_ROW, c("done"), dataRows, 4), style: STYLE.entry });
    for (const r of sectionRows) styleRow(sheet, r, width, STYLE.section);
    const done = c("done");
    const total = c("total");
    const na = c("notApplicable");
    const kind = c("kind");
    const col = (index: number) => rangeAddress(FIRST_DATA_ROW, index, dataRows, 1);
    const top = (index: number) => `${columnLetters(index)}${FIRST_DATA_ROW + 1}`;
    sheet.validations.push(
      entryValidation(
        col(done),
        {
          type: "custom",
          formula: `=OR(${top(done)}="",AND(ISNUMBER(${top(done)}),${top(done)}>=0,OR(${columnLetters(c("measure"))}${FIRST_DATA_ROW + 1}<>"percent",${top(total)}<>"",${top(done)}<=100)))`,
        },
        [
          "Thực hiện / Achieved",
          "Nhập số ≥ 0: số lượng, tử số (khi có Tổng số) hoặc tỷ lệ % (0–100). / A number ≥ 0: a count, a numerator (with Tổng số) or a percentage (0–100).",
        ],
        [
          "Số không hợp lệ",
          "Nhập số không âm; tỷ lệ % nhập trực tiếp phải từ 0 đến 100. / Enter a non-negative number; a percentage typed directly must be 0–100.",
        ],
      ),
      entryValidation(
        col(total),
        { type: "decimal", operator: "greaterThanOrEqual", min: 0 },
        [
          "Tổng số / Denominator",
          "Mẫu số của tỷ lệ; để trống nếu không phải tỷ lệ. / The denominator; blank if not a ratio.",
        ],
        ["Số không hợp lệ", "Nhập số không âm. / Enter a non-negative number."],
      ),
      entryValidation(
        col(na),
        { type: "list", values: [NOT_APPLICABLE_MARK] },
        [
          "Không phát sinh / Not applicable",
          "Nhập x nếu chỉ tiêu không phát sinh ở đơn vị. / Type x if it does not apply.",
        ],
        ["Giá trị không hợp lệ", "Chỉ nhập x hoặc để trống. / Type x or leave blank."],
      ),
      entryValidation(
        col(kind),
        { type: "list", values: [KIND_LABELS.cumulative, KIND_LABELS.level] },
        ["Cách tính / How measured", "Lũy kế: cộng dồn trong năm; Mức đạt: tỷ lệ phải giữ. / Cumulative or level."],
        ["Giá trị không hợp lệ", "Chọn Lũy kế hoặc Mức đạt. / Pick Lũy kế or Mức đạt."],
      ),
    );
    sheet.conditionalFormats.push(
      ...rowStatusFormats(rangeAddress(FIRST_DATA_ROW, 0, dataRows, width), c("status"), FIRST_DATA_ROW),
    );
  }
  return { sheet, rows };
}

function buildInfoSheet(options: WorkbookOptions, period: Period, asOf: string): SheetPlan {
  const sheet = emptySheet(SHEET.info);
  sheet.tabColor = "#7F6000";
  const { framework, unit } = options;
  const values: Record<InfoName, PlanCell> = {
    DonVi: text(unit?.name ?? ""),
    CapDonVi: text(unit ? LEVEL_LABELS[unit.level] : ""),
    KyBaoCao: text(period.code),
    NgayBaoCao: { value: isoToSerial(asOf) },
    NamKeHoach: { value: framework.year },
    MaKhung: text(framework.id),
    PhienBanKhung: text(framework.version),
    PhienBanDinhDang: text(WORKBOOK_FORMAT_VERSION),
    NgayDauNam: { formula: "=DATE(NamKeHoach,1,1)" },
    NgayCuoiNam: { formula: "=DATE(NamKeHoach,12,31)" },
    DanhGiaMoiDong: { formula: '=TRIM(DonVi)=""' },
  };
  const notes: Record<InfoName, string> = {
    DonVi: "Để trống: bản tổng hợp toàn tỉnh. / Blank: the whole-plan workbook.",
    CapDonVi: Object.values(LEVEL_LABELS).join(" / "),
    KyBaoCao: `${period.label.vi} / ${period.label.en}`,
    NgayBaoCao: "Số liệu tính đến ngày này; dùng để đánh giá tiến độ. / Figures are as of this date.",
    NamKeHoach: "",
    MaKhung: framework.title,
    PhienBanKhung: "Mã băm nội dung khung. / Content hash of the framework.",
    PhienBanDinhDang: "docs/workbook-format.md",
    NgayDauNam: "",
    NgayCuoiNam: "",
    DanhGiaMoiDong: "TRUE khi không có đơn vị: mọi dòng được đánh giá. / TRUE with no unit: every row is judged.",
  };
  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [[text("THÔNG TIN SỔ THEO DÕI / WORKBOOK INFORMATION"), text(""), text("")]],
  });
  sheet.blocks.push({
    row: 1,
    col: 0,
    cells: [
      [text("Mục / Item"), text("Giá trị / Value"), text("Ghi chú / Note")],
      ...INFO_NAMES.map((n) => [text(`${n.label} / ${n.english}`), values[n.name], text(notes[n.name])]),
    ],
  });
  const last = INFO_FIRST_ROW + INFO_NAMES.length - 1;
  sheet.styles.push({ range: rangeAddress(0, 0, last + 1, 3), style: STYLE.base });
  sheet.styles.push({ range: "A1:C1", style: STYLE.title });
  sheet.styles.push({ range: "A2:C2", style: STYLE.header });
  sheet.styles.push({ range: rangeAddress(INFO_FIRST_ROW, 0, INFO_NAMES.length, 3), style: STYLE.grid });
  sheet.styles.push({ range: rangeAddress(INFO_FIRST_ROW, 0, INFO_NAMES.length, 1), style: STYLE.label });
  for (const name of ["NgayBaoCao", "NgayDauNam", "NgayCuoiNam"] as const) {
    const r = INFO_FIRST_ROW + INFO_NAMES.findIndex((n) => n.name === name);
    sheet.styles.push({ range: cellAddress(r, 1), style: { ...STYLE.date, horizontalAlignment: "left" } });
  }
  sheet.columns = [{ width: 36 }, { width: 30 }, { width: 60 }];
  sheet.protection = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: false, allowSort: false };
  sheet.print = { orientation: "portrait", paperSize: "A4", fitToWidth: true };
  return sheet;
}

function buildUnitsSheet(units: Unit[]): SheetPlan {
  const sheet = emptySheet(SHEET.units);
  sheet.tabColor = "#595959";
  const cols = UNIT_COLUMNS;
  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [
      cols.map((col) => text(col.header)),
      ...units.map((u) => [text(u.name), text(LEVEL_LABELS[u.level]), text(u.aliases.join("; "))]),
    ],
  });
  const rowCount = units.length + 1;
  sheet.styles.push({ range: rangeAddress(0, 0, rowCount, cols.length), style: { ...STYLE.base, ...STYLE.grid } });
  sheet.styles.push({ range: rangeAddress(0, 0, 1, cols.length), style: STYLE.header });
  sheet.columns = cols.map((col) => ({ width: col.width }));
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.tables.push({
    name: "DanhMucDonVi",
    range: rangeAddress(0, 0, Math.max(rowCount, 2), cols.length),
    style: "TableStyleLight9",
    showRowStripes: true,
  });
  // No drop-down on Cấp: its labels contain commas, which an inline list cannot hold; readers check levels.
  sheet.print = { orientation: "portrait", paperSize: "A4", fitToWidth: true, printTitleRows: "$1:$1" };
  return sheet;
}
