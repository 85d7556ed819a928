/**
 * Estimates how text lays out in cells, because neither writer can autofit rows: Excel keeps a file's row
 * heights, and wrapped text in a row left at the default height is cut off when printed. The estimate is
 * deliberately generous (a row a little too tall prints fine; a row too short hides words).
 */

/**
 * Characters of Times New Roman (Vietnamese text) that fit on one line of a column `width` characters wide
 * (Excel's unit: the Calibri 11 digit, 7 px), at `fontSize` points.
 */
export function charsPerLine(width: number, fontSize: number): number {
  // One column unit is 7 px; an average Vietnamese character of Times New Roman measures about 0.42 em
  // (LibreOffice's rendering of the report, with Calibri's metrics); 0.46 em leaves room for wider words.
  const pixels = width * 7 - 5;
  const charPixels = ((fontSize * 96) / 72) * 0.46;
  return Math.max(1, Math.floor(pixels / charPixels));
}

/** How wide text is, in average characters: capitals (headings are upper case) count 1.4. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch !== ch.toLowerCase() ? 1.4 : 1;
  return width;
}

/** Splits text into lines at most `max` average characters wide, at spaces (a longer word gets its own line). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      if (line === "") line = word;
      else if (textWidth(line) + 1 + textWidth(word) <= max) line = `${line} ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lines a text takes in a wrapped cell. */
export function lineCount(text: string, width: number, fontSize: number): number {
  if (text === "") return 1;
  return wrapText(text, charsPerLine(width, fontSize)).length;
}

/** Points a row needs to show every cell's wrapped text: the tallest cell wins. */
export function rowHeightFor(cells: { text: string; width: number }[], fontSize: number): number {
  const lines = Math.max(1, ...cells.map((c) => lineCount(c.text, c.width, fontSize)));
  // Times New Roman's line height is about 1.15 em; 4 points of cell padding.
  return Math.ceil(lines * fontSize * 1.2 + 4);
}
