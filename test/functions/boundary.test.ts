/** The small plain modules at the Excel boundary: error mapping and the content-keyed cache. */
import { FakeCustomFunctionsError } from "./customFunctionsStub";
import { KiError } from "../../src/model";
import { excelCall, toExcelError } from "../../src/functions/errors";
import { ContentCache, contentKey } from "../../src/functions/contentCache";

describe("errors.ts", () => {
  test.each([
    ["nicht_gefunden", "#N/A"],
    ["mehrdeutig", "#N/A"],
    ["keine_regel", "#N/A"],
    ["ungueltig", "#VALUE!"],
  ] as const)("KiError %s -> %s with the model's message", (code, excel) => {
    expect(toExcelError(new KiError(code, "Nachricht"))).toEqual(
      new FakeCustomFunctionsError(excel, "Nachricht"),
    );
  });

  test("anything else is a #VALUE! saying it is our fault, never a thrown exception", () => {
    expect(excelCall(() => (JSON.parse("null") as { valueOf(): unknown }).valueOf())).toEqual(
      new FakeCustomFunctionsError(
        "#VALUE!",
        expect.stringMatching(/^Interner Fehler in KI-Planer: /) as never,
      ),
    );
    expect(
      excelCall(() => {
        throw "kaputt";
      }),
    ).toEqual(new FakeCustomFunctionsError("#VALUE!", "Interner Fehler in KI-Planer: kaputt"));
  });

  test("very long messages are cut, with an ellipsis", () => {
    const result = toExcelError(new KiError("ungueltig", "x".repeat(5000)));
    expect(result.message).toHaveLength(1000);
    expect(result.message?.endsWith("…")).toBe(true);
  });

  test("values pass through unchanged", () => {
    expect(excelCall(() => 42)).toBe(42);
  });
});

describe("contentCache.ts", () => {
  test("keys keep types and cell boundaries apart", () => {
    const keys = [
      [[2016]],
      [["2016"]],
      [[""]],
      [[null]],
      [[undefined]],
      [[true]],
      [["true"]],
      [["a", "b"]],
      [["a\u001fsb"]],
      [["a"], ["b"]],
      [[{ code: "#N/A" }]],
      [["ab", "c"]],
      [["a", "bc"]],
      [["s1:a"]],
      [["e4:#N/A"]],
      [["a\u001e"]],
      [["a"], []],
      [["a"], [""]],
      [[]],
      [[], []],
    ].map((rows) => contentKey(rows as unknown[][]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("computes once per content, also for failures, and stays bounded", () => {
    let calls = 0;
    const cache = new ContentCache<number>((rows) => {
      calls += 1;
      if (rows[0][0] === "bad") throw new KiError("ungueltig", "schlecht");
      return rows.length;
    }, 3);
    expect(cache.get([[1], [2]])).toBe(2);
    expect(cache.get([[1], [2]])).toBe(2);
    expect(() => cache.get([["bad"]])).toThrow("schlecht");
    expect(() => cache.get([["bad"]])).toThrow("schlecht");
    expect(calls).toBe(2);
    for (let i = 0; i < 10; i++) cache.get([[i, "x"]]);
    expect(cache.size).toBe(3);
  });

  test("fresh copies of a range are found cell by cell; any changed cell computes anew", () => {
    let calls = 0;
    const cache = new ContentCache<string>((rows) => `${++calls}:${contentKey(rows)}`, 8);
    const a = () => [
      ["Parameter", "Wert"],
      ["Betrag je KI", 175000],
      ["", null],
    ];
    const first = cache.get(a());
    for (let i = 0; i < 5; i++) expect(cache.get(a())).toBe(first);
    expect(calls).toBe(1);
    // Each differs from a() (and from the ones before it) in one way only.
    const variants: unknown[][][] = [
      [
        ["Parameter", "Wert"],
        ["Betrag je KI", 175000],
        ["", null, null],
      ],
      [
        ["Parameter", "Wert"],
        ["Betrag je KI", "175000"],
        ["", null],
      ],
      [
        ["Parameter", "Wert"],
        ["Betrag je KI", 175000],
        ["", undefined],
      ],
      [
        ["Parameter", "Wert"],
        ["Betrag je KI", 175000],
        [null, null],
      ],
      [
        ["Parameter", "Wert"],
        ["Betrag je KI", 175000],
      ],
    ];
    variants.forEach((rows, i) => expect(cache.get(rows)).toBe(`${i + 2}:${contentKey(rows)}`));
    expect(calls).toBe(6);
    expect(cache.get(a())).toBe(first);
    expect(calls).toBe(6);
  });

  test("the shortcut keeps a copy: changing the array passed in does not change what is found", () => {
    let calls = 0;
    const cache = new ContentCache<number>(() => ++calls);
    const rows = [["Betrag je KI", 175000]];
    expect(cache.get(rows)).toBe(1);
    rows[0][1] = 180000;
    expect(cache.get([["Betrag je KI", 180000]])).toBe(2);
    expect(cache.get([["Betrag je KI", 175000]])).toBe(1);
  });

  test("an evicted range leaves the shortcut too, so the cache stays bounded", () => {
    let calls = 0;
    const cache = new ContentCache<number>(() => ++calls, 1);
    expect(cache.get([["a"]])).toBe(1);
    expect(cache.get([["b"]])).toBe(2); // evicts a
    expect(cache.get([["a"]])).toBe(3);
    expect(cache.size).toBe(1);
  });

  test("the least recently used entry is evicted first", () => {
    let calls = 0;
    const cache = new ContentCache<number>(() => ++calls, 2);
    cache.get([["a"]]);
    cache.get([["b"]]);
    cache.get([["a"]]); // a is now the most recent
    cache.get([["c"]]); // evicts b
    expect(calls).toBe(3);
    cache.get([["a"]]);
    expect(calls).toBe(3);
    cache.get([["b"]]);
    expect(calls).toBe(4);
  });
});
