/**
 * The run's status line and progress bar, and the timings a trainer (and the browser test) can read: performance
 * marks `ccsim-run-start`, `ccsim-first-charts` and `ccsim-run-done`, and the same as data attributes.
 */
import { el } from "./dom.js";
import type { WebText } from "./webText.js";

export class RunStatus {
  private startedAt = 0;
  private firstDrawn = false;

  constructor(
    private readonly node: HTMLElement,
    private readonly text: () => WebText,
  ) {}

  started(fidelity: string, replications: number): void {
    this.startedAt = performance.now();
    this.firstDrawn = false;
    for (const key of ["firstChartsMs", "firstChartsPageMs", "firstChartsReplications", "allChartsMs", "totalMs"])
      delete this.node.dataset[key];
    performance.clearMarks();
    performance.mark("ccsim-run-start");
    this.set("running", this.text().running(replications, fidelity), 0);
  }

  progress(done: number, total: number): void {
    if (this.node.dataset["state"] !== "running") return;
    this.set("running", this.text().progress(done, total), done / total);
  }

  /**
   * A chart of a round with `replications` per variant is on screen. The first row (two charts) is "first charts";
   * the whole first round drawn is "all charts".
   */
  chartDrawn(drawn: number, total: number, replications: number): void {
    const ms = String(Math.round(performance.now() - this.startedAt));
    if (!this.firstDrawn && drawn >= Math.min(2, total)) {
      this.firstDrawn = true;
      performance.mark("ccsim-first-charts");
      this.node.dataset["firstChartsMs"] = ms;
      this.node.dataset["firstChartsReplications"] = String(replications);
      // From the page's navigation, not the run's start: what a cold link's reader waits (bundle load included).
      this.node.dataset["firstChartsPageMs"] = String(Math.round(performance.now()));
    }
    if (drawn === total && this.node.dataset["allChartsMs"] === undefined) {
      performance.mark("ccsim-all-charts");
      this.node.dataset["allChartsMs"] = ms;
    }
  }

  done(replications: number): void {
    performance.mark("ccsim-run-done");
    const ms = performance.now() - this.startedAt;
    this.node.dataset["totalMs"] = String(Math.round(ms));
    this.set("done", this.text().done(replications, (ms / 1000).toFixed(1)), 1);
  }

  cancelled(): void {
    this.set("cancelled", this.text().cancelled, undefined);
  }

  rejected(problems: readonly string[]): void {
    this.node.dataset["state"] = "rejected";
    this.node.replaceChildren(
      el("strong", {}, this.text().rejected),
      el("ul", {}, ...problems.map((p) => el("li", {}, this.text().problem(p)))),
    );
  }

  failed(error: unknown): void {
    this.set("failed", `The run failed: ${error instanceof Error ? error.message : String(error)}`, undefined);
  }

  note(text: string): void {
    this.node.querySelector(".status-note")?.remove();
    this.node.append(el("span", { class: "status-note" }, ` ${text}`));
  }

  private set(state: string, text: string, fraction: number | undefined): void {
    this.node.dataset["state"] = state;
    const bar = fraction === undefined ? [] : [el("progress", { max: "1", value: String(fraction) })];
    this.node.replaceChildren(el("span", {}, text), ...bar);
  }
}
