/**
 * Writes the files of one result as a set: all of them or none. They are written into a temporary folder (see
 * `temporaryFolder`) and then renamed into place, the main file last, so that a reader never sees a finished-looking
 * report with half its charts, or a new result.json beside an old months.csv. An error or a signal while writing
 * removes the temporary folder; every filesystem error is a UserError (one line, exit code 2).
 *
 * Destinations are checked before simulating (`checkDestination`), so a typo in --out does not cost a run.
 */
import { accessSync, constants, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "./UserError.js";

export interface ResultFile {
  /** Path relative to the target folder; may have one subfolder (report charts). */
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** Why a write failed, in words: the system's codes (EACCES, EROFS) mean nothing to most users. */
const WHY: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "a read-only file system",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENOENT: "nothing can be created there",
  ENAMETOOLONG: "the path is too long",
};

export const whyNotWritten = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? String(error) : (WHY[code] ?? code);
};

/** What is at `path`: nothing, a folder, a file, or a link pointing nowhere. */
function kindOf(path: string): "absent" | "dir" | "file" | "dangling" {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return "absent";
  }
  try {
    return statSync(path).isDirectory() ? "dir" : "file";
  } catch {
    return link.isSymbolicLink() ? "dangling" : "file";
  }
}

/**
 * Refuses a destination that cannot take the result: an empty path, a file where a folder is needed, a dangling
 * link, a missing parent, or a folder this process cannot write. `dir` is the folder the files go into; it may
 * not exist yet, but its parent must.
 */
export function checkDestination(dir: string, option = "--out"): void {
  if (dir.trim() === "") throw new UserError(`${option}: empty path`);
  const kind = kindOf(dir);
  if (kind === "file") throw new UserError(`${option} ${dir}: exists and is not a folder`);
  if (kind === "dangling") throw new UserError(`${option} ${dir}: is a link to nothing`);
  const parent = dirname(resolve(dir));
  if (kindOf(parent) !== "dir") throw new UserError(`${option} ${dir}: the folder ${parent} does not exist`);
  // A probe folder beside the target: the only reliable test of "can create here" (permissions, read-only
  // mounts, /proc and other special filesystems, where a recursive mkdir used to spin).
  const probe = temporaryFolder(dir, kind === "dir");
  try {
    mkdirSync(probe);
    if (kind === "dir") accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UserError(
      `${option} ${dir}: cannot write there (${whyNotWritten(error)}); give a folder you can write to`,
    );
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * Refuses a destination that cannot take one file written beside its siblings (the workbook): an empty path, a
 * folder, a dangling link, a folder that does not exist (nothing creates it) or one this process cannot write.
 */
export function checkFileDestination(file: string, option: string): void {
  if (file.trim() === "") throw new UserError(`${option}: empty path`);
  const kind = kindOf(file);
  if (kind === "dir") throw new UserError(`${option} ${file}: is a folder; give a file name, such as plan.xlsx`);
  if (kind === "dangling") throw new UserError(`${option} ${file}: is a link to nothing`);
  const folder = dirname(resolve(file));
  if (kindOf(folder) !== "dir") throw new UserError(`${option} ${file}: the folder ${folder} does not exist`);
  checkDestination(folder, option);
}

/**
 * A hidden folder on the same filesystem as the files' final place, so every rename is atomic: inside `dir` when
 * it exists (beside the files it replaces; its parent may be another mount, such as the parent of /tmp), else
 * beside `dir`, which it then becomes. Unique to this process.
 */
function temporaryFolder(dir: string, exists: boolean): string {
  const full = resolve(dir);
  return exists
    ? join(full, `.ccsim-${process.pid}.tmp`)
    : join(dirname(full), `.${basename(full)}.ccsim-${process.pid}.tmp`);
}

/**
 * Writes `files` into `dir` as a set. A `dir` that does not exist is created by one rename of the finished
 * temporary folder. Into an existing folder the files (and subfolders, replaced whole) are renamed one by one
 * after all were written, the last entry of `files` last; files of the folder not in the set are left alone.
 */
export function writeResultSet(dir: string, files: readonly ResultFile[]): void {
  checkDestination(dir);
  const exists = kindOf(dir) === "dir";
  const temporary = temporaryFolder(dir, exists);
  const cleanUp = (): void => rmSync(temporary, { recursive: true, force: true });
  // Writing is synchronous, so a signal is handled only once the set is complete (or removed): a listener keeps
  // the default action from killing the process between two files, and it stays until the event loop has run,
  // so a Ctrl-C pressed while writing still stops the program, after the set.
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    console.error(`interrupted (${signal}); the result files were written completely or not at all`);
    process.exit(130);
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, onSignal);
  try {
    mkdirSync(temporary);
    for (const f of files) {
      const path = join(temporary, f.name);
      if (dirname(f.name) !== ".") mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
    if (exists) moveInto(temporary, dir, files);
    else renameSync(temporary, dir);
  } catch (error) {
    cleanUp();
    throw new UserError(`cannot write ${dir} (${whyNotWritten(error)}); nothing was written`);
  } finally {
    cleanUp();
    setImmediate(() => {
      for (const s of signals) process.off(s, onSignal);
    });
  }
}

/** Renames the top-level entries of `from` into `to`, the folders first and the set's main (last) file last. */
function moveInto(from: string, to: string, files: readonly ResultFile[]): void {
  const topOf = (f: ResultFile): string => f.name.split("/")[0] ?? f.name;
  const top = [...new Set(files.map(topOf))];
  const last = files[files.length - 1];
  if (last === undefined) return;
  const main = topOf(last);
  const order = [...top.filter((t) => t !== main), main];
  for (const entry of order) {
    const target = join(to, entry);
    if (kindOf(join(from, entry)) === "dir" && kindOf(target) !== "absent") {
      // A folder cannot be renamed over a non-empty one: move the old one aside, then drop it.
      const old = `${target}.ccsim-${process.pid}.old`;
      renameSync(target, old);
      renameSync(join(from, entry), target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(join(from, entry), target);
    }
  }
}
