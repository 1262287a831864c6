import fc from "fast-check";
import {
  excelSerialToIso,
  isoToExcelSerial,
  KiError,
  parseDateInput,
  parseGermanDate,
  yearEnd,
} from "../../src/model";
import { assertYear, isValidYear } from "../../src/model/dates";

// Expected serials from Excel's 1900 date system (days since 1899-12-30 from 1900-03-01 on).
const SERIALS: Array<[string, number]> = [
  ["1900-01-01", 1],
  ["1900-02-28", 59],
  ["1900-03-01", 61],
  ["1970-01-01", 25569],
  ["2012-06-25", 41085],
  ["2013-08-01", 41487],
  ["2016-06-28", 42549],
  ["2016-12-31", 42735],
  ["2018-09-01", 43344],
  ["9999-12-31", 2958465],
];

describe("Excel serial numbers", () => {
  test.each(SERIALS)("%s <-> %i", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  test("a time of day is ignored", () => {
    expect(excelSerialToIso(43344.75)).toBe("2018-09-01");
  });

  test.each([0, -1, Number.NaN, 2958466, Number.POSITIVE_INFINITY])("serial %p is refused", (serial) => {
    expect(() => excelSerialToIso(serial)).toThrow(KiError);
  });

  test.each(["1899-12-31", "2018-02-30", "2018-9-1", "heute"])("date %p is refused", (iso) => {
    expect(() => isoToExcelSerial(iso)).toThrow(expect.objectContaining({ code: "ungueltig" }));
  });

  // Excel's fictitious 29.02.1900 (Lotus 1-2-3): serial 60 names no real day, so it is refused on
  // input with a message about what was typed, and no date maps to it on output.
  test.each<unknown>([60, 60.5, "60"])("serial %p (the non-existent 29.02.1900) is refused", (serial) => {
    const call = () => (typeof serial === "number" ? excelSerialToIso(serial) : parseDateInput(serial));
    expect(call).toThrow(
      expect.objectContaining({
        code: "ungueltig",
        message: expect.stringMatching(
          /^60(,5)? ist in Excel der 29\.02\.1900, den es nicht gab.*bitte.*eingeben/,
        ),
      }),
    );
    expect(call).not.toThrow(/'1900-02-29'/);
  });

  test("no date maps to serial 60", () => {
    expect(() => isoToExcelSerial("1900-02-29")).toThrow(expect.objectContaining({ code: "ungueltig" }));
  });

  test("every serial round-trips", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (serial) => {
          expect(isoToExcelSerial(excelSerialToIso(serial))).toBe(serial);
        },
      ),
    );
  });
});

describe("German dates", () => {
  test.each([
    ["01.09.2018", "2018-09-01"],
    ["1.9.2018", "2018-09-01"],
    [" 28.06.2016 ", "2016-06-28"],
    ["29.02.2016", "2016-02-29"],
  ])("parseGermanDate(%p) = %s", (text, iso) => {
    expect(parseGermanDate(text)).toBe(iso);
  });

  test.each(["31.02.2018", "01.09.18", "2018-09-01", "", "1.13.2018"])(
    "parseGermanDate(%p) is refused",
    (text) => {
      expect(() => parseGermanDate(text)).toThrow(expect.objectContaining({ code: "ungueltig" }));
    },
  );

  test.each<[unknown, string]>([
    [43344, "2018-09-01"],
    ["2018-09-01", "2018-09-01"],
    ["01.09.2018", "2018-09-01"],
    ["09.2018", "2018-09-01"],
    ["11/2014", "2014-11-01"],
    ["43344", "2018-09-01"],
  ])("parseDateInput(%p) = %s", (value, iso) => {
    expect(parseDateInput(value)).toBe(iso);
  });

  test.each<unknown>([true, null, "13.2018", "gestern", 0])("parseDateInput(%p) is refused", (value) => {
    expect(() => parseDateInput(value)).toThrow(KiError);
  });

  test("yearEnd", () => {
    expect(yearEnd(2016)).toBe("2016-12-31");
    expect(yearEnd(2030)).toBe("2030-12-31");
  });
});

describe("valid years: one range for every layer (1900 to 2999, what KI.* accept)", () => {
  test.each([
    [1899, false],
    [1900, true],
    [2999, true],
    [3000, false],
    [2026.5, false],
    [Number.NaN, false],
  ])("%p -> %p", (year, valid) => {
    expect(isValidYear(year)).toBe(valid);
    if (valid) expect(assertYear(year)).toBe(year);
    else
      expect(() => assertYear(year)).toThrow(
        /kein gültiges Jahr \(erwartet eine ganze Zahl von 1900 bis 2999/,
      );
  });
});
