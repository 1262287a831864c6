/** @jest-environment jsdom */
import { languageTagOf, paneModeOf } from "../../src/taskpane/host";

describe("host detection", () => {
  test("Excel drives the workbook; no host, another host or no info means preview", () => {
    expect(paneModeOf({ host: "Excel" as unknown as Office.HostType })).toBe("excel");
    expect(paneModeOf({ host: null })).toBe("preview");
    expect(paneModeOf({ host: "Word" as unknown as Office.HostType })).toBe("preview");
    expect(paneModeOf(undefined)).toBe("preview");
  });

  describe("language", () => {
    const globals = globalThis as { Office?: unknown };
    afterEach(() => {
      delete globals.Office;
      jest.restoreAllMocks();
    });

    test("in Excel, Office's display language wins over the browser's", () => {
      jest.spyOn(navigator, "language", "get").mockReturnValue("de-DE");
      globals.Office = { context: { displayLanguage: "en-GB" } };
      expect(languageTagOf("excel")).toBe("en-GB");
    });

    test("in Excel without a display language, and in preview, the browser's language is used", () => {
      jest.spyOn(navigator, "language", "get").mockReturnValue("fr-FR");
      globals.Office = { context: {} };
      expect(languageTagOf("excel")).toBe("fr-FR");
      globals.Office = { context: { displayLanguage: "en-US" } };
      expect(languageTagOf("preview")).toBe("fr-FR");
    });
  });
});
