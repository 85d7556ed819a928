/**
 * Collects the findings of one validation run and builds their messages, so every check names its place
 * the same way: `Sheet!A1 (ID)`.
 */
import { formatMessage, type Message } from "../messages/message";
import { finding, type Finding, type FindingCode } from "./finding";

type Params = Record<string, string | number>;

/** `Chỉ tiêu!I12 (I.4)`: the sheet and cell, with the item's ID when there is one. */
export function placeOf(sheet: string, address: string | null, id: string | null): string {
  const place = address === null ? sheet : `${sheet}!${address}`;
  return id === null ? place : `${place} (${id})`;
}

/** Where findings go; `add` fills `{where}` and any other placeholders, with per-language extras. */
export class FindingSink {
  readonly findings: Finding[] = [];

  /**
   * Adds a finding at a cell. `params` fill both languages; `vi`/`en` fill only theirs (figures written
   * the way each language reads them).
   */
  add(
    code: FindingCode,
    template: Message,
    at: { sheet: string; address: string | null; id: string | null },
    params: Params = {},
    perLanguage: { vi?: Params; en?: Params } = {},
  ): void {
    const common = { where: placeOf(at.sheet, at.address, at.id), ...params };
    const message: Message = {
      vi: formatMessage(template, { ...common, ...perLanguage.vi }).vi,
      en: formatMessage(template, { ...common, ...perLanguage.en }).en,
    };
    this.findings.push(finding(code, message, at.sheet, at.address, at.id));
  }

  /** Adds findings made elsewhere (the reader's structural problems). */
  push(...findings: Finding[]): void {
    this.findings.push(...findings);
  }
}
