import { countSheetCells } from "./countSheetCells";

describe("countSheetCells", () => {
  it.each([
    ['<row r="1"><c r="A1"/><c r="B1" t="s"><v>0</v></c><c><v>2</v></c></row>', 3],
    ['<x:row><x:c r="A1"><x:v>1</x:v></x:c></x:row>', 1],
    [
      '<cols><col min="1" max="2"/></cols><conditionalFormatting><cfRule type="expression"/></conditionalFormatting>',
      0,
    ],
    ['<c\nr="A1"/><c\tr="A2"/>', 2],
  ])("counts %s as %i cells", (xml, expected) => {
    expect(countSheetCells(Buffer.from(xml))).toBe(expected);
  });

  it("stops one past the limit", () => {
    expect(countSheetCells(Buffer.from("<c/>".repeat(100)), 10)).toBe(11);
  });
});
