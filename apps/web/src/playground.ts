/**
 * The playground controller: holds the state (scenario, starting point, levers, settings), keeps it in the URL,
 * and runs baseline against the trainer's variant on the worker pool whenever it changes, drawing each round.
 */
import { interventionDates, locale, monthsCsv, withShownNames, type Locale } from "@ccsim/report";
import { formatProblem } from "@ccsim/runner";
import type { ResultDocument, Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { clearCharts, drawCharts, drawGlossary } from "./chartsView.js";
import { drawControls } from "./controlsView.js";
import { saveText, sha256, trainerYaml } from "./downloads.js";
import { findEntry, scenarioOf, type LibraryEntry } from "./library.js";
import { loadFirstLook } from "./firstLookLoader.js";
import { dropFirstPaint, forgetFirstPaint, holdsFirstPaint, supersedeFirstPaint } from "./paintedResults.js";
import { drawHeader } from "./pageHeader.js";
import { progressiveRun } from "./progressiveRun.js";
import { drawCaseCard, drawChanges, drawHeadlines, drawWarnings } from "./resultsView.js";
import { RunStatus } from "./runStatus.js";
import { planRun } from "./runRequest.js";
import { effectiveValue, savedVariant, shownVariantName, startingSet } from "./trainerVariant.js";
import { leverEdit, ownSettings, savedActions, sameRunState } from "./stateChanges.js";
import { checkState, encodeHash, type PlaygroundState } from "./urlState.js";
import { webText, type WebText } from "./webText.js";
import type { WorkerPool } from "./WorkerPool.js";

const $ = (id: string): HTMLElement => document.getElementById(id)!;

export class Playground {
  private state: PlaygroundState | undefined;
  private entry: LibraryEntry | undefined;
  private scenario: Scenario | undefined;
  private lastDoc: ResultDocument | undefined;
  private lastFromBuild = false; // lastDoc's round is the first look computed at build time (firstLook.ts)
  /** Proficient agents the run started with: what an `auto` starting headcount resolved to (see leverControl). */
  private resolvedStart: number | undefined;
  private panelBehind = false; // the panel shows an older resolvedStart: redrawn after the next charts
  private generation = 0;
  private drawing: Promise<void> = Promise.resolve();
  private readonly status = new RunStatus($("run-status"), () => this.text);

  constructor(private readonly pool: WorkerPool) {}

  private get loc(): Locale {
    return locale(this.state?.lang ?? "en", this.scenario?.currency ?? "RUB");
  }

  private get text(): WebText {
    return webText(this.state?.lang);
  }

  /** A change of language or presenter mode: the same run, drawn again in the new form (no new simulation). */
  view(next: Pick<PlaygroundState, "lang" | "present">): void {
    if (this.state === undefined || this.scenario === undefined) return;
    const { lang: _l, present: _p, ...rest } = this.state;
    this.state = {
      ...rest,
      ...(next.lang === undefined || next.lang === "en" ? {} : { lang: next.lang }),
      ...(next.present === true ? { present: true } : {}),
    };
    history.replaceState(null, "", `#${encodeHash(this.state, this.scenario)}`);
    this.applyView();
    this.redrawControls();
    if (this.lastDoc !== undefined) void this.show(this.lastDoc, () => true);
  }

  /** The page's language and presenter mode from the state. */
  private applyView(): void {
    drawHeader(this.state?.lang, this.state?.present === true);
  }

  /** Opens a decoded, checked state: a new scenario clears the old results. */
  open(state: PlaygroundState): void {
    const entry = findEntry(state.scenarioId)!;
    const scenario = scenarioOf(entry);
    if (Either.isLeft(scenario)) return;
    // The first look painted before the app loaded (firstPaint.ts) stays until this run's first round replaces it.
    if (this.entry?.id !== entry.id && !holdsFirstPaint(entry.id)) this.clearResults();
    this.entry = entry;
    this.scenario = scenario.right;
    // Language and presenter mode alone do not change the results: redraw, do not run again.
    const sameRun = this.state !== undefined && this.lastDoc !== undefined && sameRunState(this.state, state);
    // A new state for a link opened earlier (the address edited): a paint of the first link is not this one's.
    if (this.state !== undefined && !sameRunState(this.state, state)) supersedeFirstPaint(this.text.stale);
    this.state = state;
    this.applyView();
    this.redrawControls();
    if (sameRun && this.lastDoc !== undefined) void this.show(this.lastDoc, () => true);
    else void this.run();
  }

  /** Back to the library: the running replications stop being waited for (those in flight finish into the cache). */
  close(): void {
    this.generation++;
    this.pool.dropQueued();
    dropFirstPaint();
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
    // A paint that listed the link's changes (firstPaint.ts) no longer shows the settings being run.
    supersedeFirstPaint(this.text.stale);
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
    const openGroups = new Set(
      [...panel.querySelectorAll<HTMLElement>("details.group[open]")].map((n) => n.dataset["group"] ?? ""),
    );
    this.drawChanges();
    drawControls(
      panel,
      this.scenario!,
      state,
      {
        onLever: (path, value) => this.change(leverEdit(this.scenario!, state, path, value)),
        onReset: (path) =>
          this.change({ ...state, edits: Object.fromEntries(Object.entries(state.edits).filter(([p]) => p !== path)) }),
        onFrom: (from) => this.change({ ...state, from }),
        onSettings: (settings) => this.change({ ...state, settings: ownSettings(this.scenario!, settings) }),
        ...savedActions(state, (next) => this.change(next)),
        onRun: () => void this.run(),
        onCancel: () => this.cancel(),
        onDownloadYaml: () => saveText(`${state.scenarioId}-playground.yaml`, this.yaml(), "application/yaml"),
        onDownloadCsv: () =>
          this.lastDoc !== undefined &&
          saveText(`${state.scenarioId}-results.csv`, monthsCsv(this.lastDoc), "text/csv"),
        onCopyLink: () =>
          void navigator.clipboard?.writeText(location.href).then(
            () => this.status.note("Link copied."),
            () => this.status.note(`Copy this link: ${location.href}`),
          ),
      },
      openGroups,
      this.text,
      this.resolvedStart,
    );
    for (const path of open) panel.querySelector(`[data-lever="${path}"] details`)?.setAttribute("open", "");
    panel.scrollTop = scrollTop;
  }

  /** The trainer's changes from the scenario, levers or not, each resettable (a link can set any parameter). */
  private drawChanges(): void {
    const state = this.state!;
    const scenario = this.scenario!;
    const start = startingSet(scenario, state.from) ?? {};
    drawChanges(
      $("changes"),
      state.edits,
      (p) => effectiveValue(scenario, start, {}, p),
      this.text,
      (path) =>
        this.change({
          ...state,
          edits: path === undefined ? {} : Object.fromEntries(Object.entries(state.edits).filter(([p]) => p !== path)),
        }),
    );
  }

  private yaml(): string {
    const planned = planRun(this.entry!, this.scenario!, this.state!);
    return trainerYaml(
      this.entry!,
      this.state!,
      planned.variantSet,
      location.href,
      (this.state!.saved ?? []).map((v) => savedVariant(this.scenario!, v)),
    );
  }

  private cancel(): void {
    this.generation++;
    this.pool.cancelAll();
    this.status.cancelled();
    // A paint whose note promised the live run keeps the results, but not the promise.
    if (holdsFirstPaint()) supersedeFirstPaint(this.text.paintCancelled);
    // Results dimmed as "Updating" stay from the previous settings: nothing is updating them any more.
    else if ($("results").dataset["stale"] === "true") $("stale-note").textContent = this.text.staleCancelled;
  }

  private async run(): Promise<void> {
    const mine = ++this.generation;
    this.pool.dropQueued();
    const state = this.state!;
    // What is on screen is from the previous settings until the first round of this run replaces it.
    if (this.lastDoc !== undefined) {
      $("results").dataset["stale"] = "true";
      $("stale-note").textContent = this.text.stale;
    }
    this.status.started(
      state.settings.fidelity ?? this.scenario!.fidelity,
      state.settings.replications ?? this.scenario!.replications,
    );
    // The scenario's first look (its first round, computed at build time) is in the pool before the run asks.
    loadFirstLook(this.pool, state.scenarioId);
    performance.mark("ccsim-first-look-ready");
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
    performance.mark("ccsim-provenance");
    if (mine !== this.generation) return;
    const current = (): boolean => mine === this.generation;
    try {
      const problems = await progressiveRun(
        this.pool,
        { ...planned, provenance },
        {
          superseded: () => !current(),
          onPrepared: (variants) => {
            // The trainer's variant is the last one run (the baseline alone when nothing differs).
            const start = variants.at(-1)?.params.workforce.initialAgents;
            // Shown once the round's charts are drawn: rebuilding the panel now would delay the first charts.
            if (current() && start !== this.resolvedStart) {
              this.resolvedStart = start;
              this.panelBehind = true;
            }
          },
          onProgress: (done, total) => this.status.progress(done, total),
          onResult: (doc, _k, fromBuild) => this.show(doc, current, fromBuild),
        },
      );
      if (problems.length > 0) this.status.rejected(problems.map(formatProblem));
      else if (current()) await this.drawing.then(() => current() && this.status.done(scenario.replications));
    } catch (error) {
      if (current()) this.status.failed(error);
    }
  }

  /** Draws a round's result; rounds that arrive while charts are being drawn are coalesced to the latest. */
  private show(doc: ResultDocument, current: () => boolean, fromBuild = this.lastFromBuild): Promise<void> {
    if (this.lastDoc === undefined || doc.provenance.replications === 1)
      performance.mark(`ccsim-result-${doc.provenance.replications}`);
    this.lastDoc = doc;
    this.lastFromBuild = fromBuild;
    this.drawing = this.drawing.then(async () => {
      if (!current() || this.lastDoc !== doc) return;
      const loc = this.loc;
      delete $("results").dataset["stale"];
      $("stale-note").textContent = "";
      // Variant names in the page's language (shownNames.ts); the cache and the downloads keep the names as run.
      const shown = withShownNames(doc, shownVariantName(this.scenario!, loc, this.text.yourVariant));
      const planned = this.state!.settings.replications ?? this.scenario!.replications;
      drawHeadlines($("headlines"), shown, loc, this.text, fromBuild, planned);
      drawCaseCard($("case-card"), shown, loc, this.text);
      drawWarnings($("warnings"), shown, loc);
      drawGlossary($("glossary-section"), this.text);
      await drawCharts(
        $("charts"),
        shown,
        this.scenario!.targets,
        (drawn, total) => this.status.chartDrawn(drawn, total, doc.provenance.replications),
        {
          locale: loc,
          markers: interventionDates(planRun(this.entry!, this.scenario!, this.state!).scenario),
          text: this.text,
        },
      );
      forgetFirstPaint();
      if (this.panelBehind && current()) {
        this.panelBehind = false;
        this.redrawControls();
      }
    });
    return this.drawing;
  }

  private clearResults(): void {
    this.lastDoc = undefined;
    forgetFirstPaint();
    clearCharts($("charts"));
    $("headlines").replaceChildren();
    $("case-card").replaceChildren();
    $("warnings").replaceChildren();
  }
}
