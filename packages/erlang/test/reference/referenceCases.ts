/**
 * The Erlang reference table, read from the JSON beside this file (see README.md there for its provenance).
 * Field names follow the table: p_wait, sl_ans (answered within t / offered), sl_wait (left the queue, answered or
 * not, within t), sl_excl (answered within t / offered less those abandoning within t), asa_ans (mean wait of
 * answered contacts), ew_all (mean wait of all), occ (occupancy).
 */
import { readFileSync } from "node:fs";

export interface ReferenceFigures {
  readonly p_wait: number;
  readonly p_aband: number;
  readonly sl_ans: number;
  readonly sl_wait: number;
  readonly sl_excl: number;
  readonly asa_ans: number;
  readonly ew_all: number;
  readonly occ: number;
  readonly p_ab_given_wait?: number;
  readonly asa_if_wait?: number;
}

export interface ReferenceCase {
  readonly case: string;
  readonly lam_per_hour: number;
  readonly aht_s: number;
  readonly n: number;
  readonly patience_s: number | null;
  readonly t_s: number;
  readonly erlang_c: ReferenceFigures | null;
  readonly erlang_a: ReferenceFigures | null;
}

export const referenceCases = JSON.parse(
  readFileSync(new URL("./erlang-cases.json", import.meta.url), "utf8"),
) as ReferenceCase[];
