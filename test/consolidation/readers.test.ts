/**
 * The fast reader against exceljs's full reader on real returned workbooks (written by the product's
 * .xlsx writer, entries of every kind typed in): the same snapshot of the entry sheets, hence the same
 * submission. The LibreOffice-saved case is in libreoffice.test.ts.
 */
import { toSubmission } from "../../src/core/consolidation/toSubmission";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { SHEET } from "../../src/core/workbook/layout";
import { ENTRY_SHEETS, readSubmission } from "../../src/xlsx/readSubmission";
import { snapshotDifferences } from "../../src/xlsx/testing/compareSnapshots";
import { HYPERLINK_NOTE, RETURNS, returned } from "./returnedWorkbooks";

jest.setTimeout(60_000);

const context = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };

async function agree(bytes: Uint8Array, sheets: readonly string[] = ENTRY_SHEETS) {
  const fast = await readSubmission(bytes, "f.xlsx", { sheets });
  const reference = await readSubmission(bytes, "f.xlsx", { sheets, engine: "exceljs" });
  if (!fast.ok || !reference.ok) throw new Error("unreadable");
  return { fast: fast.snapshot, reference: reference.snapshot };
}

describe("fast reader and exceljs agree", () => {
  it.each(Object.entries(RETURNS))("on %s's return, entry sheets and units list", async (_name, spec) => {
    const bytes = await returned(spec);
    const { fast, reference } = await agree(bytes, [...ENTRY_SHEETS, SHEET.units]);
    expect(fast.sheets.map((s) => s.name)).toEqual([SHEET.info, SHEET.activities, SHEET.targets, SHEET.units]);
    expect(snapshotDifferences(fast, reference)).toEqual([]);
  });

  it("on entries of every kind, and the submissions made from them are the same", async () => {
    const bytes = await returned(RETURNS.noiVu, "2024-H1", [
      { sheet: "targets", id: "II.1", key: "done", cell: { value: "94%" } },
      { sheet: "targets", id: "II.2", key: "done", cell: { formula: "=10+5" } },
      { sheet: "targets", id: "II.3", key: "notApplicable", cell: { value: true } },
      { sheet: "targets", id: "V.1", key: "done", cell: { value: 0.945 } },
      { sheet: "targets", id: "V.2", key: "note", cell: { value: "+84 912 345 678" } },
      { sheet: "activities", id: "I:3.1", key: "state", cell: { value: "Hoàn thành" } },
      { sheet: "activities", id: "I:3.1", key: "doneDate", cell: { value: "15/3/2024" } },
      { sheet: "activities", id: "I:3.2", key: "note", cell: { value: "@SUM(A1)" } },
    ]);
    const { fast, reference } = await agree(bytes);
    expect(snapshotDifferences(fast, reference)).toEqual([]);
    const a = toSubmission({ name: "f.xlsx", lastModified: 1 }, fast, context);
    const b = toSubmission({ name: "f.xlsx", lastModified: 1 }, reference, context);
    expect(a).toEqual(b);
    if (!a.ok) throw new Error("rejected");
    expect(a.submission.targets.get("I.4")?.note).toBe(HYPERLINK_NOTE);
    // Warnings only: text that reads as a number stays text (the rules call it invalid), nothing is left out.
    expect(a.submission.excluded).toEqual([]);
    expect(a.submission.targets.get("II.1")?.done).toBe("94%");
    expect(a.submission.targets.get("II.3")?.notApplicable).toBe(true);
  });
});
