// Each demand-file layout against hand-written samples: the values read, local time across the daylight-saving
// switches of Europe/Berlin (29 March and 25 October 2026), and bad rows reported with file, line and column.
import { describe, expect, it } from "vitest";
import {
  decodeText,
  deriveDemand,
  DemandImportError,
  MAX_IMPORT_ISSUES,
  parseDemandFile,
  type DemandFileOptions,
  type ImportIssue,
} from "../src/demandImport/index.js";

const berlin = (format: DemandFileOptions["format"], extra: Partial<DemandFileOptions> = {}): DemandFileOptions => ({
  format,
  timeZone: "Europe/Berlin",
  intervalMinutes: 15,
  ...extra,
});

function issuesOf(text: string, options: DemandFileOptions): ImportIssue[] {
  try {
    parseDemandFile(text, "f.csv", options);
  } catch (error) {
    if (error instanceof DemandImportError) return [...error.issues];
    throw error;
  }
  throw new Error("expected the file to be refused");
}

const where = (issues: ImportIssue[]) => issues.map((i) => `${i.line}:${i.column}`);

describe("canonical (ccsim) long format", () => {
  const header = "interval_start,interval_minutes,queue,channel,offered,handled,abandoned,aht_sec";
  it("reads offsets on both sides of the spring switch as the same local clock", () => {
    const text = [
      header,
      "2026-03-28T09:00:00+01:00,30,Q,voice,10,9,1,300",
      "2026-03-29T09:00:00+02:00,30,Q,voice,20,18,2,200",
      "2026-03-29T07:30:00Z,30,Q,chat,4,4,0,600",
    ].join("\n");
    const { records, intervalMinutes } = parseDemandFile(text, "f.csv", berlin("ccsim"));
    expect(intervalMinutes).toBe(30);
    expect(records.map((r) => [r.date, r.minute, r.channel, r.offered, r.handleSec])).toEqual([
      ["2026-03-28", 540, "voice", 10, 2700],
      ["2026-03-29", 540, "voice", 20, 3600],
      ["2026-03-29", 570, "chat", 4, 2400],
    ]);
  });

  it("reports every bad cell with its line and column", () => {
    const text = [
      header,
      "2026-03-02T09:00:00Z,20,Q,voice,10,9,1,300",
      "2026-03-02T09:30:00Z,30,Q,voice,-3,9,1,300",
      "2026-03-02 10:00,30,Q,voice,5,5,0,300",
      "2026-03-02T10:30:00Z,30,Q,voice,5,7,0,3,5",
    ].join("\n");
    const issues = issuesOf(text, berlin("ccsim"));
    expect(where(issues)).toEqual(["2:2", "3:5", "4:1", "5:6"]);
    expect(issues[2]!.message).toContain("no time zone");
  });

  it("names the missing columns of the header", () => {
    const issues = issuesOf("start,calls\n2026-03-02T09:00:00Z,3\n", berlin("ccsim"));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('"interval_start"'),
      expect.stringContaining('"interval_minutes"'),
      expect.stringContaining('"offered"'),
    ]);
  });
});

describe("Genesys Cloud WFM historical import", () => {
  const header =
    "Interval Start UTC Date,Queue,Media Type,Skill Set,Language,Offered,Interactions Handled,Total Handle Time (Seconds)";
  it("converts UTC to Berlin time (07:00Z is 08:00 before the switch, 09:00 after) and keeps total handle time", () => {
    const text = [
      header,
      "2026-03-28T07:00:00Z,Sales,Voice,a|||b,German,10,8,2400",
      "2026-03-29T07:00:00.000Z,Sales,Voice,,,12,12,3000",
      "2026-03-29T07:15:00Z,Sales,Email,,,99,99,99",
      "2026-03-29T07:15:00Z,Sales,Chat,,,3,3,900",
      '2026-03-29T07:30:00Z,"Sales, North",Voice,,,2,2,400',
    ].join("\r\n");
    const { records } = parseDemandFile(text, "f.csv", berlin("genesys"));
    expect(records.map((r) => [r.queue, r.channel, r.date, r.minute, r.offered, r.handled, r.handleSec])).toEqual([
      ["Sales", "voice", "2026-03-28", 480, 10, 8, 2400],
      ["Sales", "voice", "2026-03-29", 540, 12, 12, 3000],
      ["Sales", "chat", "2026-03-29", 555, 3, 3, 900],
      ["Sales, North", "voice", "2026-03-29", 570, 2, 2, 400],
    ]);
  });

  // An export split by the optional Skill Set and Language columns has several rows per queue and interval; they
  // were refused as duplicates ("interval 2026-03-02 08:00 of queue "Sales" appears 2 times").
  it("sums the rows of one interval that differ in skill set or language; the same one twice is a duplicate", () => {
    const text = [
      header,
      "2026-03-02T07:00:00Z,Sales,Voice,Billing,German,10,9,2700",
      "2026-03-02T07:00:00Z,Sales,Voice,Billing,English,5,5,1500",
      "2026-03-02T07:00:00Z,Sales,Voice,Tech,German,1,1,300",
    ];
    const { records } = parseDemandFile(text.join("\n"), "f.csv", berlin("genesys"));
    expect(records.map((r) => r.offered)).toEqual([10, 5, 1]);
    expect(deriveDemand(records, 15).offered).toBe(16);
    const twice = issuesOf([...text, text[1]!].join("\n"), berlin("genesys"));
    expect(twice.map((i) => [i.line, i.message])).toEqual([
      [5, 'interval 2026-03-02 08:00 of queue "Sales" (Billing, German) appears 2 times'],
    ]);
  });

  it("keeps only the named queue", () => {
    const text = [header, "2026-03-02T07:00:00Z,A,Voice,,,1,1,100", "2026-03-02T07:00:00Z,B,Voice,,,2,2,100"].join(
      "\n",
    );
    expect(parseDemandFile(text, "f.csv", berlin("genesys", { queue: "B" })).records.map((r) => r.offered)).toEqual([
      2,
    ]);
    // The file's queues were taken from each row's first cell, which in this layout is the time: "queues in the
    // file: 2026-03-02T07:00:00Z...".
    expect(issuesOf(text, berlin("genesys", { queue: "Sales" }))[0]!.message).toBe(
      'no rows of queue "Sales" (queues in the file: "A", "B")',
    );
  });

  it("refuses local times, off-grid starts, duplicates and decimal commas, each at its cell", () => {
    const text = [
      header,
      "2026-03-02T07:00:00,Sales,Voice,,,1,1,100",
      "2026-03-02T07:10:00Z,Sales,Voice,,,1,1,100",
      "2026-03-02T07:15:00Z,Sales,Voice,,,1,1,100",
      "2026-03-02T07:15:00Z,Sales,Voice,,,1,1,100",
      '2026-03-02T07:30:00Z,Sales,Voice,,,1,1,"100,5"',
    ].join("\n");
    const issues = issuesOf(text, berlin("genesys"));
    expect(where(issues)).toEqual(["2:1", "3:1", "5:1", "6:8"]);
    expect(issues[3]!.message).toContain("decimals with a point");
  });

  // Opened in Excel and saved where the comma is the decimal mark, the export comes back separated by `;` (with a
  // byte-order mark and CRLF); it was refused with a "missing column" line for each of the six columns.
  it("reads the export as Excel saves it with `;` where the comma is the decimal mark", () => {
    const rows = ["2026-03-28T07:00:00Z,Sales,Voice,,,10,8,2400", "2026-03-29T07:00:00Z,Sales,Voice,,,12,12,3000"];
    const comma = parseDemandFile([header, ...rows].join("\n"), "f.csv", berlin("genesys")).records;
    const excel = `\uFEFF${[header, ...rows].map((l) => l.replace(/,/g, ";")).join("\r\n")}\r\n`;
    expect(parseDemandFile(excel, "f.csv", berlin("genesys")).records).toEqual(comma);
    const decimal = `${header.replace(/,/g, ";")}\n2026-03-28T07:00:00Z;Sales;Voice;;;10;8;2400,5\n`;
    expect(parseDemandFile(decimal, "f.csv", berlin("genesys")).records[0]!.handleSec).toBe(2400.5);
  });

  // Excel's "Unicode Text" save is UTF-16 with tabs; read as UTF-8 its every cell was refused with NUL bytes in the
  // message. A workbook given for its CSV was "not readable as delimited text: a quote is found on field 0 ...".
  it("reads Excel's UTF-16 text, and refuses a workbook or other binary file in one line", () => {
    const rows = ["2026-03-28T07:00:00Z,Sales,Voice,,,10,8,2400", "2026-03-29T07:00:00Z,Sales,Voice,,,12,12,3000"];
    const comma = parseDemandFile([header, ...rows].join("\n"), "f.csv", berlin("genesys")).records;
    const tabs = [header, ...rows].map((l) => l.replace(/,/g, "\t")).join("\r\n");
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(tabs, "utf16le"))]);
    expect(parseDemandFile(decodeText(utf16), "f.txt", berlin("genesys")).records).toEqual(comma);
    const workbook = issuesOf("PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000b", berlin("genesys"));
    expect(workbook).toHaveLength(1);
    expect(workbook[0]!.message).toMatch(/^this is an Excel workbook .*save the sheet as CSV/);
    const binary = issuesOf("\u0000\u0001\u0002,x\n1,2\n", berlin("calabrio"));
    expect(binary.map((i) => i.message)).toEqual([expect.stringMatching(/^this is not a text file/)]);
  });

  // Read with the wrong format, every row was refused for the wrong reason: 100 lines of "expected 6 or 7 fields"
  // (calabrio) or "date ... is not a date mmddyyyy" (nice).
  it("names the layout of a file read with the wrong format, in one line", () => {
    const text = [header, "2026-03-28T07:00:00Z,Sales,Voice,,,10,8,2400"].join("\n");
    for (const format of ["calabrio", "nice", "ccsim"] as const) {
      const issues = issuesOf(text, berlin(format));
      expect(issues.map((i) => [i.line, i.column, i.message])).toEqual([
        [1, 0, `the first line is the header of the genesys layout, not ${format}: read the file with format genesys`],
      ]);
    }
    const nice = issuesOf("#fields:date|period|ctName|callsOffered\n03022026|08:00|Billing|4\n", berlin("genesys"));
    expect(nice[0]!.message).toMatch(/header of the nice layout, not genesys/);
  });

  it("reports an unclosed quote as unreadable at its line", () => {
    const issues = issuesOf(`${header}\n2026-03-02T07:00:00Z,"Sales,Voice,,,1,1,100\n`, berlin("genesys"));
    expect(issues[0]!.message).toMatch(/not readable/);
  });

  it(`stops listing after ${MAX_IMPORT_ISSUES} problems and says how many more there are`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ISSUES + 50 }, () => "2026-03-02T07:00:00Z,Sales,Voice,,,x,1,100");
    try {
      parseDemandFile([header, ...rows].join("\n"), "f.csv", berlin("genesys"));
      expect.unreachable();
    } catch (error) {
      expect((error as DemandImportError).issues).toHaveLength(MAX_IMPORT_ISSUES);
      expect((error as DemandImportError).more).toBe(50);
    }
  });
});

describe("Calabrio forecast file", () => {
  it("reads local times, task time plus after-task work as handle time, and the repeated autumn hour twice", () => {
    const text = [
      "Support,20261025 01:45,20261025 02:00,10,240,60,4",
      "Support,20261025 02:00,20261025 02:15,8,240,60",
      "Support,20261025 02:00,20261025 02:15,6,240,60",
      "Support,20261025 23:45,20261026 00:00,2,200,0",
    ].join("\n");
    const { records } = parseDemandFile(text, "f.csv", berlin("calabrio"));
    expect(records.map((r) => [r.date, r.minute, r.offered, r.handleSec])).toEqual([
      ["2026-10-25", 105, 10, 3000],
      ["2026-10-25", 120, 8, 2400],
      ["2026-10-25", 120, 6, 1800],
      ["2026-10-25", 1425, 2, 400],
    ]);
  });

  it("refuses a time the spring switch skips, a third 02:00 in autumn, 20-minute intervals and short rows", () => {
    const text = [
      "Support,20260329 02:15,20260329 02:30,5,240,60",
      "Support,20261025 02:00,20261025 02:15,8,240,60",
      "Support,20261025 02:00,20261025 02:15,8,240,60",
      "Support,20261025 02:00,20261025 02:15,8,240,60",
      "Support,20261025 03:00,20261025 03:20,8,240,60",
      "Support,20261025 03:30,20261025 03:45,8",
      "Support;20261025 03:30",
    ].join("\n");
    const issues = issuesOf(text, berlin("calabrio"));
    expect(where(issues)).toEqual(["1:2", "4:2", "5:3", "6:0", "7:0"]);
    expect(issues[0]!.message).toContain("does not exist in Europe/Berlin");
  });
});

describe("NICE IEX pipe-delimited export", () => {
  it("reads the #fields header, mmddyyyy dates and average handle time", () => {
    const text = [
      "#fields:date|period|TZ|ctID|ctName|callsOffered|callsHandled|aht|callsAbandoned",
      "03022026|08:00|CET|12|Billing|40|38|250|2",
      "03022026|8:30|CET|12|Billing|30|30|200|0",
    ].join("\n");
    const { records } = parseDemandFile(text, "f.txt", berlin("nice", { intervalMinutes: 30 }));
    expect(records.map((r) => [r.queue, r.date, r.minute, r.offered, r.handled, r.abandoned, r.handleSec])).toEqual([
      ["Billing", "2026-03-02", 480, 40, 38, 2, 9500],
      ["Billing", "2026-03-02", 510, 30, 30, 0, 6000],
    ]);
  });

  it("assumes the documented field order without a header and reports bad dates and periods", () => {
    const text = [
      "03022026|08:00|Billing|40|38|250|2",
      "13022026|08:15|Billing|1|1|1|0",
      "03022026|8h30|Billing|1|1|1|0",
    ].join("\n");
    expect(where(issuesOf(text, berlin("nice")))).toEqual(["2:1", "3:2"]);
  });
});

describe("column mapping", () => {
  it("reads any CSV whose columns are named in the mapping; local times are taken as written", () => {
    const text = "Start;Calls;Answered;AHT\n2026-03-02 08:00;12;11;180\n";
    const { records } = parseDemandFile(
      text,
      "f.csv",
      berlin("columns", { columns: { intervalStart: "Start", offered: "Calls", handled: "Answered", ahtSec: "AHT" } }),
    );
    expect(records.map((r) => [r.date, r.minute, r.offered, r.handleSec])).toEqual([["2026-03-02", 480, 12, 1980]]);
  });

  it("reads decimal commas in a file separated by `;`, and refuses thousands separators", () => {
    const mapping = { intervalStart: "Start", offered: "Calls", handled: "Answered", ahtSec: "AHT" };
    const text = "Start;Calls;Answered;AHT\n2026-03-02 08:00;12;10;180,5\n2026-03-02 08:15;2;2;,5\n";
    const { records } = parseDemandFile(text, "f.csv", berlin("columns", { columns: mapping }));
    expect(records.map((r) => r.handleSec)).toEqual([1805, 1]);
    const issues = issuesOf(
      "Start;Calls;Answered;AHT\n2026-03-02 08:00;1.200,0;10;180\n",
      berlin("columns", { columns: mapping }),
    );
    expect(where(issues)).toEqual(["2:2"]);
    expect(issues[0]!.message).toContain("without thousands separators");
  });

  it("says which mapped column is missing from the header", () => {
    const issues = issuesOf(
      "Start,Calls\n2026-03-02 08:00,1\n",
      berlin("columns", { columns: { intervalStart: "Start", offered: "Calls", handled: "Answered" } }),
    );
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('"Answered"')]);
  });
});

it("refuses an unknown time zone", () => {
  expect(issuesOf("x", { format: "calabrio", timeZone: "Europe/Atlantis", intervalMinutes: 15 })[0]!.message).toContain(
    "unknown time zone",
  );
});
