/**
 * The playground controller: holds the state (scenario, starting point, levers, settings), keeps it in the URL,
 * and runs baseline against the trainer's variant on the worker pool whenever it changes, drawing each round.
 */
import { monthsCsv } from "@ccsim/report";
import { formatProblem } from "@ccsim/runner";
import type { ResultDocument, Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { clearCharts, drawCharts } from "./chartsView.js";
import { drawControls } from "./controlsView.js";
import { saveText, sha256, trainerYaml } from "./downloads.js";
import { findEntry, scenarioOf, type LibraryEntry } from "./library.js";
import { progressiveRun, queueFirstRound } from "./progressiveRun.js";
import { drawCaseCard, drawHeadlines } from "./resultsView.js";
import { RunStatus } from "./runStatus.js";
import { planRun } from "./runRequest.js";
import { checkState, encodeHash, type PlaygroundState } from "./urlState.js";
import type { WorkerPool } from "./WorkerPool.js";

const $ = (id: string): HTMLElement => document.getElementById(id)!;

export class Playground {
  private state: PlaygroundState | undefined;
  private entry: LibraryEntry | undefined;
  private scenario: Scenario | undefined;
  private lastDoc: ResultDocument | undefined;
  private generation = 0;
  private drawing: Promise<void> = Promise.resolve();
  private readonly status = new RunStatus($("run-status"));

  constructor(private readonly pool: WorkerPool) {}

  /** Opens a decoded, checked state: a new scenario clears the old results. */
  open(state: PlaygroundState): void {
    const entry = findEntry(state.scenarioId)!;
    const scenario = scenarioOf(entry);
    if (Either.isLeft(scenario)) return;
    if (this.entry?.id !== entry.id) this.clearResults();
    this.entry = entry;
    this.scenario = scenario.right;
    this.state = state;
    this.redrawControls();
    void this.run();
  }

  /** Back to the library: the running replications stop being waited for (those in flight finish into the cache). */
  close(): void {
    this.generation++;
    this.pool.dropQueued();
  }

  /** A change from the controls: checked by the scenario schema first; a rejected change is shown and not run. */
  private change(next: PlaygroundState): void {
    const problems = checkState(this.scenario!, next.from, next.edits, next.settings);
    if (problems.length > 0) {
      this.status.rejected(problems);
      this.redrawControls();
      return;
    }
    this.state = next;
    history.replaceState(null, "", `#${encodeHash(next, this.scenario!)}`);
    this.redrawControls();
    void this.run();
  }

  private redrawControls(): void {
    const state = this.state!;
    const panel = $("controls");
    // The panel is rebuilt from the state: keep where the trainer was in it and the notes they had opened.
    const scrollTop = panel.scrollTop;
    const open = [...panel.querySelectorAll<HTMLElement>("[data-lever]:has(details[open])")].map(
      (n) => n.dataset["lever"],
    );
    drawControls(panel, this.scenario!, state, {
      onLever: (path, value) => this.change({ ...state, edits: { ...state.edits, [path]: value } }),
      onReset: (path) =>
        this.change({ ...state, edits: Object.fromEntries(Object.entries(state.edits).filter(([p]) => p !== path)) }),
      onFrom: (from) => this.change({ ...state, from }),
      onSettings: (settings) => this.change({ ...state, settings: ownSettings(this.scenario!, settings) }),
      onRun: () => void this.run(),
      onCancel: () => this.cancel(),
      onDownloadYaml: () => saveText(`${state.scenarioId}-playground.yaml`, this.yaml(), "application/yaml"),
      onDownloadCsv: () =>
        this.lastDoc !== undefined && saveText(`${state.scenarioId}-results.csv`, monthsCsv(this.lastDoc), "text/csv"),
      onCopyLink: () =>
        void navigator.clipboard?.writeText(location.href).then(
          () => this.status.note("Link copied."),
          () => this.status.note(`Copy this link: ${location.href}`),
        ),
    });
    for (const path of open) panel.querySelector(`[data-lever="${path}"] details`)?.setAttribute("open", "");
    panel.scrollTop = scrollTop;
  }

  private yaml(): string {
    return trainerYaml(
      this.entry!,
      this.state!,
      planRun(this.entry!, this.scenario!, this.state!).variantSet,
      location.href,
    );
  }

  private cancel(): void {
    this.generation++;
    this.pool.cancelAll();
    this.status.cancelled();
  }

  /**
   * Queues the first replication of each variant of a state before anyone asks (the featured case while the
   * trainer reads the library), so picking it shows charts as soon as they are drawn. It also warms the workers' JIT.
   */
  prefetch(state: PlaygroundState): void {
    const entry = findEntry(state.scenarioId);
    const scenario = entry === undefined ? undefined : scenarioOf(entry);
    if (entry === undefined || scenario === undefined || Either.isLeft(scenario)) return;
    void queueFirstRound(this.pool, planRun(entry, scenario.right, state));
  }

  private async run(): Promise<void> {
    const mine = ++this.generation;
    this.pool.dropQueued();
    const state = this.state!;
    this.status.started(
      state.settings.fidelity ?? this.scenario!.fidelity,
      state.settings.replications ?? this.scenario!.replications,
    );
    const planned = planRun(this.entry!, this.scenario!, state);
    const { scenario } = planned;
    const provenance = {
      ccsimVersion: __CCSIM_VERSION__,
      gitCommit: __CCSIM_COMMIT__,
      scenarioFile: `${state.scenarioId}-playground.yaml`,
      scenarioSha256: await sha256(this.yaml()),
      seed: scenario.seed,
      fidelity: scenario.fidelity,
      command: `ccsim compare ${state.scenarioId}-playground.yaml`,
    };
    if (mine !== this.generation) return;
    const current = (): boolean => mine === this.generation;
    try {
      const problems = await progressiveRun(
        this.pool,
        { ...planned, provenance },
        {
          superseded: () => !current(),
          onProgress: (done, total) => this.status.progress(done, total),
          onResult: (doc) => this.show(doc, current),
        },
      );
      if (problems.length > 0) this.status.rejected(problems.map(formatProblem));
      else if (current()) await this.drawing.then(() => current() && this.status.done(scenario.replications));
    } catch (error) {
      if (current()) this.status.failed(error);
    }
  }

  /** Draws a round's result; rounds that arrive while charts are being drawn are coalesced to the latest. */
  private show(doc: ResultDocument, current: () => boolean): Promise<void> {
    if (this.lastDoc === undefined || doc.provenance.replications === 1)
      performance.mark(`ccsim-result-${doc.provenance.replications}`);
    this.lastDoc = doc;
    this.drawing = this.drawing.then(async () => {
      if (!current() || this.lastDoc !== doc) return;
      drawHeadlines($("headlines"), doc);
      drawCaseCard($("case-card"), doc);
      await drawCharts($("charts"), doc, this.scenario!.targets, (drawn, total) =>
        this.status.chartDrawn(drawn, total, doc.provenance.replications),
      );
    });
    return this.drawing;
  }

  private clearResults(): void {
    this.lastDoc = undefined;
    clearCharts($("charts"));
    $("headlines").replaceChildren();
    $("case-card").replaceChildren();
  }
}

/** The settings that differ from the scenario's own (the others stay out of the URL). */
function ownSettings(scenario: Scenario, settings: PlaygroundState["settings"]): PlaygroundState["settings"] {
  return {
    ...(settings.fidelity === undefined || settings.fidelity === scenario.fidelity
      ? {}
      : { fidelity: settings.fidelity }),
    ...(settings.replications === undefined || settings.replications === scenario.replications
      ? {}
      : { replications: settings.replications }),
  };
}
