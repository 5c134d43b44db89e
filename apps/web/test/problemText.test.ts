// The schema's located problems on the Russian page: every template the playground can show has its Russian form,
// checked on real problems from the schema (a new English template would show up here as untranslated).
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { findEntry, scenarioOf } from "../src/library.js";
import { expectedRu, problemText } from "../src/problemText.js";
import { checkState, decodeHash, savedNameProblem } from "../src/urlState.js";

const mts = Either.getOrThrow(scenarioOf(findEntry("mts-virtual-contact-centre")!));

/** English words of the schema's templates: none may be left in a Russian message (paths and values aside). */
const ENGLISH =
  /\b(expected|found|unknown|missing|did you mean|is not|appears|characters|the link|variant|must|shorter|later|add up)\b/;

const linkProblems = (hash: string): string[] => {
  const decoded = decodeHash(hash);
  return decoded.kind === "error" ? [...decoded.problems] : [];
};

describe("schema problems in Russian", () => {
  const cases: Record<string, string[]> = {
    "number out of range": checkState(mts, "baseline", { "pay.salaryPerMonth": -5 }, {}),
    "word not allowed": checkState(mts, "baseline", { "pay.scheme": "bonus" }, {}),
    "text for a number": checkState(mts, "baseline", { "training.trainingWeeks": "four" }, {}),
    "a mapping for a flag": checkState(mts, "baseline", { "training.online": { a: 1 } }, {}),
    "unknown path": checkState(mts, "baseline", { "pay.salaryPerMonh": 50000 }, {}),
    "no such variant": checkState(mts, "remote", {}, {}),
    "cross-field check": checkState(mts, "baseline", { "recruiting.hiringMode": "remote" }, {}),
    // Checks across fields a link can trip: opening hours, warm-up, class sizes, skill shares, eNPS cut points.
    "opening hours": checkState(mts, "baseline", { "calendar.closeHour": 6 }, {}),
    "warm-up": checkState(mts, "baseline", { "calendar.horizonMonths": 12, "calendar.warmupMonths": 12 }, {}),
    "class sizes": checkState(mts, "baseline", { "training.minClassSize": 30, "training.maxClassSize": 10 }, {}),
    "skill shares": checkState(mts, "baseline", { "operations.skills.voiceOnly": 0.6 }, {}),
    "eNPS cut points": checkState(mts, "baseline", { "motivation.enpsDetractorsAtNeutral": 0.7 }, {}),
    "unreadable value": linkProblems("#scenario=mts-virtual-contact-centre&pay.salaryPerMonth=[1,"),
    "no scenario": linkProblems("#pay.scheme=fixed"),
    "unknown scenario": linkProblems("#scenario=nowhere"),
  };

  it.each(Object.entries(cases))("%s", (_name, problems) => {
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const ru = problemText(problem, "ru");
      expect(ru, problem).not.toBe(problem);
      expect(ru.replace(/«[^»]*»|"[^"]*"|[\w.]+\.[\w.]+/g, ""), `${problem} -> ${ru}`).not.toMatch(ENGLISH);
      expect(ru).toMatch(/[а-я]/);
    }
    // English stays as the schema wrote it.
    for (const problem of problems) expect(problemText(problem, "en")).toBe(problem);
  });

  it("gives the percentage hint in Russian", () => {
    expect(problemText("expected a number from 0 to 1, found 80 (a percentage? 80% is 0.8)", "ru")).toBe(
      "ожидается число от 0 до 1, получено 80 (это проценты? 80% — это 0.8)",
    );
  });

  it("names the places a misplaced key belongs in Russian, however many", () => {
    expect(
      problemText(
        'unknown key "handleTimeSec" here: it belongs at demand.voice.handleTimeSec or demand.chat.handleTimeSec',
        "ru",
      ),
    ).toBe(
      "ключ «handleTimeSec» не на своём месте: он относится к demand.voice.handleTimeSec или demand.chat.handleTimeSec",
    );
  });

  it("gives the saved-variant name problems in Russian", () => {
    const saved = [{ name: "7 weeks", from: "baseline", edits: {} }];
    for (const name of ["", "baseline", "your variant", "7 weeks"]) {
      const problem = savedNameProblem(name, saved);
      expect(problem).toBeDefined();
      expect(problemText(problem!, "ru")).toMatch(/[а-я]/);
    }
  });

  it("reads the schema's number expectations in Russian", () => {
    expect(expectedRu("a positive number of seconds up to 7,200")).toBe(
      "положительное число секунд не больше 7\u00a0200",
    );
    expect(expectedRu("a whole number of weeks from 1 to 26")).toBe("целое число недель от 1 до 26");
    expect(expectedRu("a number from 0 to below 1")).toBe("число от 0 до 1 (не включая)");
    expect(expectedRu('one of "fixed", "piece-rate"')).toBe('одно из значений "fixed", "piece-rate"');
  });
});
