/**
 * The host itself: Microsoft's pinned libraries are there and load, every behaviour row has a source,
 * and what the host does to written strings follows those rows (checked with literal expectations).
 */
import * as fs from "fs";
import * as path from "path";
import {
  BEHAVIOURS,
  OFFICE_LIBRARIES,
  Workbook,
  currentLibraryName,
  loadOfficeLibrary,
  writtenContent,
} from "./host";

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

test("the pinned office-js version is the one installed, and both Excel libraries are in it", () => {
  expect(pkg.dependencies["@microsoft/office-js"]).toMatch(/^\d+\.\d+\.\d+$/);
  for (const name of ["win32", "web"] as const) {
    const lib = loadOfficeLibrary(name);
    expect(lib.version).toBe(pkg.dependencies["@microsoft/office-js"]);
    expect(lib.file).toBe(OFFICE_LIBRARIES[name]);
    expect(typeof lib.Excel.run).toBe("function");
    expect(typeof lib.OfficeExtension.ClientRequestContext).toBe("function");
  }
});

test(`this run uses Microsoft's ${currentLibraryName()} library`, () => {
  expect(new Workbook().library.name).toBe(currentLibraryName());
});

test("every behaviour row names its source", () => {
  expect(BEHAVIOURS.length).toBeGreaterThanOrEqual(10);
  for (const b of BEHAVIOURS) {
    expect(b.source).toMatch(
      /^https:\/\/(learn\.microsoft\.com|support\.microsoft\.com|github\.com\/OfficeDev)\//,
    );
    expect(["documented", "not documented"]).toContain(b.status);
  }
  expect(new Set(BEHAVIOURS.map((b) => b.id)).size).toBe(BEHAVIOURS.length);
});

describe("strings written through values (rows values-formula-prefix, values-conversion, text-format-keeps-text)", () => {
  test.each([
    ["=A", { value: "", formula: "=A" }],
    ["+A", { value: "", formula: "=+A" }],
    ["-A", { value: "", formula: "=-A" }],
    ["1-2", { value: "1-2" }],
    ["TRUE", { value: true }],
    ["1,5", { value: 1.5 }],
    ["170.000", { value: 170 }],
    ["01.02.2026", { value: 46054 }],
  ])("%s into a General cell", (text, expected) => {
    expect(writtenContent(text, "General")).toEqual(expected);
  });

  test.each(["=A", "+A", "-A", "1-2", "TRUE", "01.02.", "1,5"])("%s into a text cell stays text", (text) => {
    expect(writtenContent(text, "@")).toEqual({ value: text });
  });
});

test("a request runs in queue order through Microsoft's library: a load queued before a write sees the old value", async () => {
  const book = new Workbook();
  const sheet = book.addSheet("A");
  sheet.cell(0, 0).value = "alt";
  const seen = await book.run(async (context) => {
    const range = context.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, 1, 1);
    range.load("values");
    range.values = [["neu"]];
    await context.sync();
    return range.values[0][0];
  });
  expect(seen).toBe("alt");
  expect(sheet.get(0, 0)?.value).toBe("neu");
  expect(book.requests).toBe(2); // the batch, and Office.js's closing request releasing the range
});

test("reading a property that was not loaded throws Microsoft's PropertyNotLoaded", async () => {
  const book = new Workbook();
  book.addSheet("A");
  await expect(
    book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      await context.sync();
      return sheet.name;
    }),
  ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
});

test("docs/Excel-Verhalten.md lists every behaviour of the host with its status", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/Excel-Verhalten.md"), "utf8");
  for (const b of BEHAVIOURS) {
    const row = doc.split("\n").find((line) => line.startsWith(`| \`${b.id}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${b.status} |`);
  }
});
