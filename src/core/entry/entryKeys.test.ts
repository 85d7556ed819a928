import { ACTIVITY_COLUMNS, TARGET_COLUMNS } from "../workbook/layout";
import { entryKeys } from "./entryKeys";

describe("entryKeys", () => {
  it.each([
    ["activity", ACTIVITY_COLUMNS],
    ["target", TARGET_COLUMNS],
  ] as const)("lists exactly the layout's entry columns of a %s row, in sheet order", (kind, columns) => {
    expect(entryKeys(kind)).toEqual(columns.filter((c) => c.role === "entry").map((c) => c.key));
  });
});
