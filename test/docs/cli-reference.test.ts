// docs/cli.md and the command lines the docs quote say what the CLI does: every option of every command is
// documented in its section (or in a table of options that names the command), no section documents an option its
// command lacks, a synopsis that shows a value for an option with a default shows that default, and every
// `ccsim ...` line in the README, docs/*.md and the scenarios' calibration blocks uses options its command accepts,
// with values it accepts. The options are read from the program itself (apps/cli/src/program.ts), not from --help.
//
// How docs/cli.md is read:
// - a section is a heading and the text up to the next heading; consecutive headings share the text after them.
//   A section documents the commands its headings name (`ccsim run FILE`); a section naming none, any command;
// - a table whose first header cell is `option (`run`, `compare`)` documents every option of its rows for each
//   command it names; a `default` column gives the option's default;
// - a synopsis is a command line in a heading or in a fenced block: in it `[--flag VALUE]` is optional, a value
//   shown in brackets is the option's default (of alternatives `a|b`, the first), and UPPERCASE words, `<...>` and
//   `...` are placeholders.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../apps/cli/src/program.js";

type Program = ReturnType<typeof createProgram>;
type Command = Program["commands"][number];
type Option = Command["options"][number];

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), "utf8");

/** The options every command takes from commander itself. */
const HELP = new Set(["--help", "-h"]);

/** `--flag` tokens (not `---`, not inside a word). */
const FLAG = /(?<![\w-])--[a-z][a-z0-9-]*/g;

/** A command named after `ccsim `, `pnpm ccsim `, `pnpm -s ccsim ` or `node apps/cli/dist/main.js `. */
const COMMAND_LINE = /(?:(?<![\w@/.-])(?:pnpm (?:-s )?)?ccsim|node apps\/cli\/dist\/main\.js) ([a-z][a-z-]*)\b/g;

const isPlaceholder = (value: string): boolean =>
  /^[A-Z][A-Z0-9_-]*$/.test(value) || /<[^>]*>/.test(value) || value.includes("...") || value.includes("$");

/** The default an option shows in a synopsis, when it has one a reader can type. */
function shownDefault(option: Option): string | undefined {
  const value: unknown = option.defaultValue;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

interface QuotedLine {
  readonly command: string;
  /** The text after the command name, up to the end of the line or code span. */
  readonly rest: string;
  /** Where it is quoted, for messages. */
  readonly where: string;
  /** A synopsis of docs/cli.md (a heading or a fenced block), whose bracketed values are defaults. */
  readonly synopsis: boolean;
}

/** A page's fenced blocks and code spans, each with the line it starts on. */
function codeOf(page: string): { fenced: { text: string; line: number }[]; spans: { text: string; line: number }[] } {
  const fenced: { text: string; line: number }[] = [];
  const prose: string[] = [];
  let fence = false;
  let inBlock = false;
  page.split("\n").forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      inBlock = false;
      prose.push("");
      return;
    }
    if (!fence) {
      prose.push(line);
      return;
    }
    // A line that goes on (after a backslash, or indented under a synopsis) joins the one before.
    const last = fenced.at(-1);
    if (inBlock && last !== undefined && (last.text.endsWith("\\") || /^\s+\S/.test(line)))
      last.text = `${last.text.replace(/\\$/, "")} ${line.trim()}`;
    else fenced.push({ text: line, line: i + 1 });
    inBlock = true;
    prose.push("");
  });
  // Code spans (CommonMark): a run of n backticks up to the next run of exactly n; they may span lines, not paragraphs.
  const spans: { text: string; line: number }[] = [];
  const text = prose.join("\n");
  const opener = /`+/g;
  for (let m = opener.exec(text); m !== null; m = opener.exec(text)) {
    const closer = new RegExp(`(?<!\`)${m[0]}(?!\`)`, "g");
    closer.lastIndex = m.index + m[0].length;
    const end = closer.exec(text);
    if (end === null || text.slice(m.index, end.index).includes("\n\n")) continue;
    spans.push({
      text: text.slice(m.index + m[0].length, end.index).replace(/\s+/g, " "),
      line: text.slice(0, m.index).split("\n").length,
    });
    opener.lastIndex = end.index + end[0].length;
  }
  return { fenced, spans };
}

/** The `ccsim <command> ...` lines quoted in a page: in fenced blocks and code spans. */
function quotedLines(page: string, file: string, commands: ReadonlySet<string>, cliPage = false): QuotedLine[] {
  const { fenced, spans } = codeOf(page);
  const found: QuotedLine[] = [];
  const scan = (text: string, line: number, synopsis: boolean): void => {
    for (const m of text.matchAll(COMMAND_LINE)) {
      if (!commands.has(m[1]!)) continue;
      const rest = text.slice(m.index + m[0].length).split("`")[0]!;
      found.push({ command: m[1]!, rest, where: `${file}:${line}`, synopsis });
    }
  };
  for (const f of fenced) scan(f.text, f.line, cliPage);
  for (const s of spans) {
    // A heading's code span is its command's synopsis.
    const heading = cliPage && page.split("\n")[s.line - 1]!.startsWith("#");
    scan(s.text, s.line, heading);
  }
  return found;
}

/** A command line's words after the command, each marked optional when in brackets, up to a pipe, `>` or `#`. */
function words(rest: string): { text: string; optional: boolean }[] {
  const found: { text: string; optional: boolean }[] = [];
  let depth = 0;
  for (const raw of rest.split(/\s+/)) {
    let text = raw;
    while (text.startsWith("[")) {
      depth++;
      text = text.slice(1);
    }
    const optional = depth > 0;
    const closing = /\]+(\.\.\.)?$/.exec(text)?.[0] ?? "";
    text = text.slice(0, text.length - closing.length);
    // Outside brackets a pipe, a redirection or a comment ends the command; inside them a pipe separates alternatives.
    if (depth === 0 && /^(\|\|?|&&|;|#.*|\d?>.*)$/.test(text)) break;
    depth = Math.max(0, depth - closing.replace(/\./g, "").length);
    if (text !== "" && text !== "|") found.push({ text, optional });
  }
  return found;
}

/** What is wrong with one quoted command line: options the command lacks, values it refuses, defaults misstated. */
function lineProblems(program: Program, quoted: QuotedLine): string[] {
  const command = program.commands.find((c) => c.name() === quoted.command)!;
  const problems: string[] = [];
  const say = (message: string): number => problems.push(`${quoted.where} \`ccsim ${quoted.command}\`: ${message}`);
  const tokens = words(quoted.rest);
  for (let i = 0; i < tokens.length; i++) {
    const { text, optional } = tokens[i]!;
    if (!text.startsWith("-") || text === "-") continue; // an argument
    const equals = text.indexOf("=");
    const flag = equals < 0 ? text : text.slice(0, equals);
    if (HELP.has(flag)) continue;
    const option = command.options.find((o) => o.long === flag || o.short === flag);
    if (option === undefined) {
      say(`no option ${flag}`);
      continue;
    }
    if (!option.required && !option.optional) continue; // a switch
    // The value: --flag=value, the next word, or (variadic) every word up to the next option.
    const values = equals < 0 ? [] : [text.slice(equals + 1)];
    while (equals < 0 && i + 1 < tokens.length && !tokens[i + 1]!.text.startsWith("-")) {
      values.push(tokens[++i]!.text);
      if (option.variadic !== true) break;
    }
    for (const value of values) {
      const alternatives = value.split("|");
      for (const alternative of alternatives.filter((a) => !isPlaceholder(a))) {
        try {
          if (option.argChoices !== undefined && !option.argChoices.includes(alternative))
            throw new Error(`expected one of ${option.argChoices.join(", ")}`);
          option.parseArg?.(alternative, option.defaultValue);
        } catch (error) {
          say(`${flag} ${alternative}: ${(error as Error).message}`);
        }
      }
      const shown = shownDefault(option);
      const first = alternatives[0]!;
      if (quoted.synopsis && optional && shown !== undefined && !isPlaceholder(first) && first !== shown)
        say(`${flag} ${value}: a value in brackets is the default, and the default is ${shown}`);
    }
  }
  return problems;
}

interface Section {
  /** The commands its headings name; empty: any command. */
  readonly commands: readonly string[];
  /** Its text with tables of options taken out. */
  readonly text: string;
  readonly line: number;
}

interface OptionTable {
  readonly commands: readonly string[];
  readonly rows: readonly { readonly flags: readonly string[]; readonly text: string; readonly default?: string }[];
  readonly line: number;
}

/** docs/cli.md cut into sections and tables of options (see the head of this file). */
function readReference(page: string, commands: ReadonlySet<string>): { sections: Section[]; tables: OptionTable[] } {
  const named = (text: string): string[] =>
    [...text.matchAll(COMMAND_LINE)].map((m) => m[1]!).filter((c) => commands.has(c));
  const sections: Section[] = [];
  const tables: OptionTable[] = [];
  const lines = page.split("\n");
  let heads: string[] = [];
  let body: string[] = [];
  let start = 1;
  let fence = false;
  const close = (): void => {
    if (heads.length > 0 || body.some((l) => l.trim() !== ""))
      sections.push({
        commands: [...new Set(heads.flatMap(named))],
        text: [...heads, ...body].join("\n"),
        line: start,
      });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) fence = !fence;
    if (!fence && /^#{1,6} /.test(line)) {
      // Headings with only blank lines between them share the text after the last one.
      if (body.some((l) => l.trim() !== "")) {
        close();
        heads = [];
        body = [];
        start = i + 1;
      }
      heads.push(line);
      continue;
    }
    const header = /^\|\s*option \(([^)]*)\)\s*\|/.exec(line);
    if (!fence && header !== null) {
      const cells = (row: string): string[] =>
        row
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((c) => c.trim());
      const defaultColumn = cells(line).indexOf("default");
      const rows: { flags: string[]; text: string; default?: string }[] = [];
      let j = i + 2;
      for (; j < lines.length && lines[j]!.startsWith("|"); j++) {
        const row = cells(lines[j]!);
        rows.push({
          flags: row[0]!.match(FLAG) ?? [],
          text: row.join(" | "),
          ...(defaultColumn < 0 ? {} : { default: row[defaultColumn] ?? "" }),
        });
      }
      tables.push({ commands: [...header[1]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!), rows, line: i + 1 });
      body.push(...lines.slice(i, j).map(() => ""));
      i = j - 1;
      continue;
    }
    body.push(line);
  }
  close();
  return { sections, tables };
}

/** Text with every quoted `ccsim ...` line of another command than `keep` cut out. */
function withoutOtherCommands(text: string, keep: readonly string[]): string {
  return text.replace(new RegExp(`${COMMAND_LINE.source}[^\`\\n]*`, "g"), (line: string, command: string) =>
    keep.includes(command) ? line : "",
  );
}

/** Everything wrong with docs/cli.md against the program; empty when they agree. */
function referenceProblems(program: Program, page: string): string[] {
  const commands = new Map(program.commands.map((c) => [c.name(), c]));
  const { sections, tables } = readReference(page, new Set(commands.keys()));
  const flagsOf = (name: string): Set<string> => new Set(commands.get(name)!.options.map((o) => o.long!));
  const problems: string[] = [];
  // Every command has a section.
  for (const name of commands.keys())
    if (!sections.some((s) => s.commands.includes(name)))
      problems.push(`ccsim ${name}: no section of docs/cli.md names it`);
  // Every option is documented: in a section of its command, or in a table that names it.
  for (const [name, command] of commands) {
    const documented = new Set([
      ...sections
        .filter((s) => s.commands.includes(name))
        .flatMap((s) => withoutOtherCommands(s.text, [name]).match(FLAG) ?? []),
      ...tables.filter((t) => t.commands.includes(name)).flatMap((t) => t.rows.flatMap((r) => r.flags)),
    ]);
    for (const option of command.options)
      if (!documented.has(option.long!)) problems.push(`ccsim ${name} ${option.long}: not documented in docs/cli.md`);
  }
  // No section or table documents an option its commands lack.
  for (const section of sections) {
    const text = withoutOtherCommands(section.text, []);
    for (const flag of new Set(text.match(FLAG) ?? [])) {
      const owners = section.commands.length === 0 ? [...commands.keys()] : section.commands;
      if (!owners.some((c) => flagsOf(c).has(flag)) && !HELP.has(flag))
        problems.push(
          `docs/cli.md:${section.line} ${flag}: ${section.commands.length === 0 ? "no command has it" : `not an option of ${owners.map((c) => `ccsim ${c}`).join(" or ")}`}`,
        );
    }
  }
  for (const table of tables) {
    for (const name of table.commands)
      if (!commands.has(name))
        problems.push(`docs/cli.md:${table.line} a table of options for ${name}: no such command`);
    for (const row of table.rows)
      for (const name of table.commands.filter((c) => commands.has(c))) {
        for (const flag of new Set(withoutOtherCommands(row.text, []).match(FLAG) ?? []))
          if (!flagsOf(name).has(flag))
            problems.push(`docs/cli.md:${table.line} ${flag}: not an option of ccsim ${name}`);
        // The default column gives the program's default.
        for (const flag of row.flags) {
          const option = commands.get(name)!.options.find((o) => o.long === flag);
          const shown = option === undefined ? undefined : shownDefault(option);
          if (shown !== undefined && row.default !== undefined && !row.default.includes(shown))
            problems.push(
              `docs/cli.md:${table.line} ${flag}: the default of ccsim ${name} is ${shown}, the table says ${row.default}`,
            );
        }
      }
  }
  // Every default a reader can type is shown: in a synopsis of its command, or in a table's default column.
  const synopses = quotedLines(page, "docs/cli.md", new Set(commands.keys()), true).filter((q) => q.synopsis);
  for (const [name, command] of commands)
    for (const option of command.options) {
      const shown = shownDefault(option);
      if (shown === undefined) continue;
      const inTable = tables.some(
        (t) =>
          t.commands.includes(name) && t.rows.some((r) => r.flags.includes(option.long!) && r.default !== undefined),
      );
      const inSynopsis = synopses.some(
        (q) =>
          q.command === name &&
          new RegExp(`\\[${option.long}[ =]${shown.replace(/\./g, "\\.")}(?![\\w.])`).test(q.rest),
      );
      if (!inTable && !inSynopsis)
        problems.push(
          `ccsim ${name} ${option.long}: docs/cli.md shows its default (${shown}) neither in a synopsis nor in a table`,
        );
    }
  return problems;
}

/** Everything wrong with the command lines quoted in one page. */
function quotedLineProblems(program: Program, page: string, file: string): string[] {
  const commands = new Set(program.commands.map((c) => c.name()));
  return quotedLines(page, file, commands, file === "docs/cli.md").flatMap((q) => lineProblems(program, q));
}

/** The pages whose command lines are checked: the README, docs/*.md, and the scenarios' calibration commands. */
function pages(): { file: string; text: string }[] {
  const scenarioFiles = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) return scenarioFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
  return [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ]
    .map((file) => ({ file, text: read(file) }))
    .concat(
      // `command: ccsim calibrate ...` is what a reader runs to redo a fit: quoted as a code span.
      scenarioFiles("scenarios").map((file) => ({
        file,
        text: read(file).replace(/^(\s*command: )"?(ccsim [^"\n]*)"?$/gm, "$1`$2`"),
      })),
    );
}

describe("docs/cli.md", () => {
  const program = createProgram();

  it("documents every option of every command, and no option a command lacks, with its default", () => {
    expect(referenceProblems(program, read("docs/cli.md"))).toEqual([]);
  });

  it("finds an undocumented option, a documented one the command lacks and a wrong default", () => {
    const page = [
      "## `ccsim erlang`",
      "```",
      "ccsim erlang --calls-per-hour 600 --aht-sec 270 --agents 50 [--threshold-sec 30] [--json] [--bogus]",
      "```",
      "`--patience-sec` is the mean patience; `--max-abandon` caps abandonment.",
    ].join("\n");
    const problems = referenceProblems(program, page);
    expect(problems).toContain("docs/cli.md:1 --max-abandon: not an option of ccsim erlang");
    expect(problems).toContain("ccsim staff --target-sl: not documented in docs/cli.md");
    expect(problems).toContain(
      "ccsim erlang --threshold-sec: docs/cli.md shows its default (20) neither in a synopsis nor in a table",
    );
    expect(quotedLineProblems(program, page, "docs/cli.md")).toEqual([
      "docs/cli.md:3 `ccsim erlang`: --threshold-sec 30: a value in brackets is the default, and the default is 20",
      "docs/cli.md:3 `ccsim erlang`: no option --bogus",
    ]);
  });
});

describe("command lines quoted in README.md, docs/*.md and the scenarios' calibration blocks", () => {
  const program = createProgram();

  it.each(pages())("$file uses only options its commands accept, with values they accept", ({ file, text }) => {
    expect(quotedLineProblems(program, text, file)).toEqual([]);
  });

  it("finds an unknown option and a refused value, in a code span, a fenced block and a continued line", () => {
    const page = [
      "Run `ccsim run x.yaml --format xml` or `pnpm ccsim compare x.yaml --out DIR --replication 0`.",
      "```sh",
      "pnpm ccsim sensitivity x.yaml --method morris \\",
      "  --kpi enps tnps --samples 4 --no-such-flag | head",
      "```",
    ].join("\n");
    expect(quotedLineProblems(program, page, "page.md")).toEqual([
      "page.md:3 `ccsim sensitivity`: no option --no-such-flag",
      "page.md:1 `ccsim run`: --format xml: expected table, json or csv.",
      "page.md:1 `ccsim compare`: --replication 0: expected a whole number >= 1.",
    ]);
  });
});

// The docs are checked against the source; the built CLI must be the same program: pnpm build current, and main.js
// running what createProgram() builds.
it("the built CLI has the program's commands and options", () => {
  const node = (...args: string[]): string => {
    const r = spawnSync(process.execPath, args, { encoding: "utf8", cwd: root });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  const program = createProgram();
  const listed = [...node("apps/cli/dist/main.js", "--help").matchAll(/^ {2}([a-z][a-z-]*) /gm)].map((m) => m[1]);
  expect(listed).toEqual([...program.commands.map((c) => c.name()), "help"]);
  const built = node(
    "--input-type=module",
    "-e",
    'const { createProgram } = await import("./apps/cli/dist/program.js"); console.log(JSON.stringify(createProgram().commands.map((c) => [c.name(), c.options.map((o) => o.long)])));',
  );
  expect(JSON.parse(built)).toEqual(program.commands.map((c) => [c.name(), c.options.map((o) => o.long)]));
});
