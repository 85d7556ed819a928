/**
 * The "Hợp nhất" use case with no file or Office code: read each file through an injected reader, turn
 * it into a submission (or a rejection), then consolidate. The CLI passes file paths read lazily; the
 * task pane passes the files picked in the browser. Progress is reported after every file and the run
 * can be cancelled between files with an AbortSignal; one bad file never stops the batch.
 */
import { bilingual, formatMessage } from "../messages/message";
import * as msg from "../messages/consolidation";
import { consolidateSubmissions, type ConsolidateOptions } from "./consolidateSubmissions";
import type { ConsolidationResult } from "./consolidationResult";
import type { Rejection, Submission, SubmissionFile, SubmissionReader } from "./submission";
import { toSubmission } from "./toSubmission";

export interface ConsolidationProgress {
  phase: "reading" | "consolidating" | "done";
  /** Files handled so far, and in all. */
  done: number;
  total: number;
  /** The file just handled (reading phase). */
  file?: string;
  /** Whether that file was usable, or its rejection reason. */
  outcome?: "read" | Rejection["reason"];
}

export interface ConsolidateRunOptions extends ConsolidateOptions {
  /** Reads one file's bytes into a snapshot of its entry sheets (src/xlsx/readSubmission in Node). */
  read: SubmissionReader;
  onProgress?: (progress: ConsolidationProgress) => void;
  /** Cancels between files: the promise then rejects with ConsolidationCancelledError. */
  signal?: AbortSignal;
  /** Milliseconds of work after which the loop yields to the event loop (keeps a task pane responsive); default 50. */
  yieldEveryMs?: number;
}

/** Thrown when the signal aborts the run; `message` is bilingual. */
export class ConsolidationCancelledError extends Error {
  constructor() {
    super(bilingual(msg.cancelled));
    this.name = "ConsolidationCancelledError";
  }
}

function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "unknown error";
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads and consolidates a batch of returned workbooks. Files are handled one at a time, so memory stays
 * flat however many there are; a file that fails in any way becomes a rejection with its reason.
 */
export async function consolidate(
  files: SubmissionFile[],
  options: ConsolidateRunOptions,
): Promise<ConsolidationResult> {
  const { read, onProgress, signal } = options;
  const yieldEvery = options.yieldEveryMs ?? 50;
  const submissions: Submission[] = [];
  const rejections: Rejection[] = [];
  let lastYield = performance.now();
  const check = () => {
    if (signal?.aborted) throw new ConsolidationCancelledError();
  };
  for (let i = 0; i < files.length; i++) {
    check();
    const file = files[i];
    const info = { name: file.name, lastModified: file.lastModified };
    let outcome: ConsolidationProgress["outcome"];
    try {
      const bytes = typeof file.bytes === "function" ? await file.bytes() : file.bytes;
      const reading = await read(bytes, file.name);
      if (!reading.ok) {
        rejections.push({
          file: file.name,
          lastModified: file.lastModified,
          reason: reading.reason,
          message: reading.message,
          unit: null,
          level: null,
          period: null,
        });
        outcome = reading.reason;
      } else {
        const result = toSubmission(info, reading.snapshot, options);
        if (result.ok) {
          submissions.push(result.submission);
          outcome = "read";
        } else {
          rejections.push(result.rejection);
          outcome = result.rejection.reason;
        }
      }
    } catch (error) {
      rejections.push({
        file: file.name,
        lastModified: file.lastModified,
        reason: "corrupted",
        message: formatMessage(msg.rejectReadFailed, { file: file.name, detail: detailOf(error) }),
        unit: null,
        level: null,
        period: null,
      });
      outcome = "corrupted";
    }
    onProgress?.({ phase: "reading", done: i + 1, total: files.length, file: file.name, outcome });
    if (performance.now() - lastYield > yieldEvery) {
      await nextTick();
      lastYield = performance.now();
    }
  }
  check();
  onProgress?.({ phase: "consolidating", done: files.length, total: files.length });
  const result = consolidateSubmissions(submissions, rejections, options);
  onProgress?.({ phase: "done", done: files.length, total: files.length });
  return result;
}
