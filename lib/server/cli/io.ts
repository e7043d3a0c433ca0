/**
 * The command line's reading and printing helpers: files read with a size
 * limit and a clear message, counts in words, and a progress bar on stderr
 * that stays quiet when stderr is not a terminal (a pipe, a log, a test).
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { MAX_PROGRAMME_BYTES } from "@/lib/core/programme/parse-programme";
import { ProgrammeError } from "@/lib/core/programme/programme-error";
import { UsageError } from "./errors";

/** A programme file, or standard input for "-"; refused before a huge file is read into memory. */
export function readProgrammeInput(file: string): string {
  if (file === "-") return readFileSync(0, "utf8");
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (size >= MAX_PROGRAMME_BYTES) {
    throw new ProgrammeError(`the file is ${(size / 1e6).toFixed(1)} MB; files must be smaller than ${MAX_PROGRAMME_BYTES / 1e6} MB`, { file });
  }
  return readFileSync(file, "utf8");
}

/** A markdown file is far smaller than this; anything bigger is not a writeup. */
export const MAX_WRITEUP_BYTES = 5_000_000;

export function readWriteupInput(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new UsageError(`${file} is a folder: name the markdown files in it (${path.join(file, "*.md")})`);
  if (stat.size >= MAX_WRITEUP_BYTES) {
    throw new UsageError(`${file}: the file is ${(stat.size / 1e6).toFixed(1)} MB; a writeup file must be smaller than ${MAX_WRITEUP_BYTES / 1e6} MB`);
  }
  return readFileSync(file, "utf8");
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type Progress = (done: number, total: number) => void;

/**
 * A progress bar for one stage, or undefined when stderr is not a terminal,
 * so piped output and logs carry no bar at all.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream, barsize: 30, barCompleteChar: "#", barIncompleteChar: " ", hideCursor: false, clearOnComplete: false },
    Presets.legacy,
  );
  let started = false;
  return (done, total) => {
    if (!started) {
      bar.start(total, done);
      started = true;
    } else bar.update(done);
    if (done >= total) bar.stop();
  };
}
