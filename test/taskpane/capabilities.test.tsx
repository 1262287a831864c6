/** @jest-environment jsdom */
/**
 * An Excel without custom functions (issue 9, item 4): host.ts decides it from
 * Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.1"), and the pane says at
 * start, in German or English, what still works (the views and their sheets) and what does not (the
 * KI.* formulas). Office is stubbed as in host.test.ts; the Excel layer is mocked as in
 * actions.test.tsx, since only the start of the pane is under test.
 */
import { screen, within } from "@testing-library/react";
import { capabilitiesOf, FULL_CAPABILITIES } from "../../src/taskpane/host";
import { renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  listScenarios: jest.fn(async () => []),
  readStoredState: jest.fn(async () => ({ notices: [], tables: {}, paneSettings: {} })),
}));

const globals = globalThis as { Office?: unknown };
afterEach(() => {
  delete globals.Office;
});

/** Office with a requirements check answering `supported` for CustomFunctionsRuntime. */
function stubOffice(supported: boolean): jest.Mock {
  const isSetSupported = jest.fn((name: string, version?: string) =>
    name === "CustomFunctionsRuntime" ? supported && version === "1.1" : true,
  );
  globals.Office = { context: { requirements: { isSetSupported } } };
  return isSetSupported;
}

describe("capabilitiesOf (host.ts)", () => {
  test("in Excel, custom functions are there exactly when CustomFunctionsRuntime 1.1 is supported", () => {
    const check = stubOffice(true);
    expect(capabilitiesOf("excel")).toEqual({ customFunctions: true });
    expect(check).toHaveBeenCalledWith("CustomFunctionsRuntime", "1.1");
    stubOffice(false);
    expect(capabilitiesOf("excel")).toEqual({ customFunctions: false });
  });

  test("the preview does not ask Office (there is no Excel to ask)", () => {
    const check = stubOffice(false);
    expect(capabilitiesOf("preview")).toEqual(FULL_CAPABILITIES);
    expect(check).not.toHaveBeenCalled();
  });

  test("an Office that cannot be asked gives no warning", () => {
    globals.Office = { context: {} };
    expect(capabilitiesOf("excel")).toEqual(FULL_CAPABILITIES);
    globals.Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not ready");
          },
        },
      },
    };
    expect(capabilitiesOf("excel")).toEqual(FULL_CAPABILITIES);
    delete globals.Office;
    expect(capabilitiesOf("excel")).toEqual(FULL_CAPABILITIES);
  });
});

const TEXTS = {
  de: {
    title: "KI-Funktionen sind in dieser Excel-Version nicht verfügbar",
    works:
      /Was geht: alle Ansichten dieses Aufgabenbereichs, und er schreibt die Blätter Register, Regeln und Szenarien/,
    fails:
      /Was nicht geht: Formeln mit KI\.-Funktionen wie =KI\.LANDESMITTEL\(2016\) rechnen nicht \(Excel zeigt #NAME\?\)/,
    remedy: /Abhilfe: Microsoft 365 oder Excel im Web\./,
    comparison: /„KI-Vergleich“/,
    firstTab: "Register",
  },
  en: {
    title: "KI functions are not available in this version of Excel",
    works: /What works: every view of this pane, and it writes the register, rules and scenario sheets/,
    fails:
      /What does not: formulas with KI functions such as =KI\.LANDESMITTEL\(2016\) do not calculate \(Excel shows #NAME\?\)/,
    remedy: /Remedy: Microsoft 365 or Excel on the web\./,
    comparison: /“KI-Vergleich”/,
    firstTab: "Register",
  },
} as const;

describe.each(["de", "en"] as const)("the start message (%s)", (language) => {
  const text = TEXTS[language];

  test("Excel without custom functions: says what works and what does not, and the pane is usable", async () => {
    stubOffice(false);
    await renderPane({ mode: "excel", language, capabilities: capabilitiesOf("excel") });
    const title = screen.getByText(text.title);
    const notice = title.closest<HTMLElement>(".fui-MessageBar");
    expect(notice).not.toBeNull();
    const box = within(notice!);
    expect(box.getByText(text.works)).toBeTruthy();
    expect(box.getByText(text.fails)).toBeTruthy();
    expect(box.getByText(text.remedy)).toBeTruthy();
    expect(box.getByText(text.comparison)).toBeTruthy();
    // The views are there as always.
    expect(screen.getByRole("tab", { name: text.firstTab })).toBeTruthy();
  });

  test("Excel with custom functions: no such message", async () => {
    stubOffice(true);
    await renderPane({ mode: "excel", language, capabilities: capabilitiesOf("excel") });
    expect(screen.queryByText(text.title)).toBeNull();
    expect(screen.getByRole("tab", { name: text.firstTab })).toBeTruthy();
  });
});

test("the preview shows no custom-functions message, whatever Office would answer", async () => {
  stubOffice(false);
  await renderPane({ mode: "preview", capabilities: capabilitiesOf("preview") });
  expect(screen.queryByText(TEXTS.de.title)).toBeNull();
});
