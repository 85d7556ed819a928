/**
 * The appendix as read from the grid, before the prose in it is interpreted: the structure
 * (sections → objectives → tasks → activities) with source numbers, texts and the cells each
 * activity shares with its row. readAppendix builds it; assembleFramework turns it into a Framework.
 */
import type { Message } from "../messages/message";
import type { ParseWarning, SourceLocation } from "./types";

/** The columns an activity takes from its row rather than from its own text. */
export type AttributeRole = "output" | "lead" | "partners" | "deadline" | "funding";
export const ATTRIBUTE_ROLES: readonly AttributeRole[] = ["output", "lead", "partners", "deadline", "funding"];

/**
 * A row of the table together with the lines that continue it after a page break: the activities
 * numbered in it share its output, lead, partners, deadline and funding.
 */
export interface RowGroupDraft {
  cells: Record<AttributeRole, string>;
  /** Where each attribute's text came from: the row itself, or the row above (an empty, merged cell). */
  inherited: AttributeRole[];
  /** Source lines of the row and its continuations. */
  lines: number[];
  /** Where each cell's text starts (for an inherited cell, in the row above), so messages can name it. */
  locations: Partial<Record<AttributeRole, SourceLocation>>;
}

export interface ActivityDraft {
  /** Position in the source, counting every activity of the table: keeps source order within a row. */
  sequence: number;
  number: string;
  /** True when the source gave no number and one was made in order. */
  generated: boolean;
  /** True when the task had no activity of its own and this one stands for it. */
  fromTask: boolean;
  text: string;
  group: RowGroupDraft;
  location: SourceLocation;
}

export interface TaskDraft {
  number: string;
  generated: boolean;
  text: string;
  activities: ActivityDraft[];
  location: SourceLocation;
}

export interface ObjectiveDraft {
  number: string;
  generated: boolean;
  /** The ordinal that becomes the ID: `1.4` → 4. */
  ordinal: number;
  text: string;
  tasks: TaskDraft[];
  location: SourceLocation;
}

export interface SectionDraft {
  /** `I` … `VI`, `VII.A`: the ID before de-duplication. */
  code: string;
  title: string;
  /** For a lettered part (VII.A), the title of the numbered section it belongs to. */
  parentTitle?: string;
  objectives: ObjectiveDraft[];
  location: SourceLocation;
}

/** A row, or part of one, that did not become part of the framework, and why. */
export interface SkippedRow {
  location: SourceLocation;
  reason: Message;
  text: string;
}

export interface AppendixDraft {
  sections: SectionDraft[];
  warnings: ParseWarning[];
  skipped: SkippedRow[];
  /** Index in grid.rows of the header row: rows above it are the plan's text or the sheet's title. */
  headerRowIndex: number;
}
