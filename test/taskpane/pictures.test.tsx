/** @jest-environment jsdom */
/**
 * The data behind the pane's pictures and lists: tile layout, map statuses, timeline, gap groups,
 * register order; and the Vergleich chart handed exactly the table's figures. Expected values are
 * written by hand or read from the model's data, never from the code under test.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ENTITIES, dataGaps, landesmittel, parseScenario, registryAt } from "../../src/model";
import { TILE_LAYOUT, neighbour } from "../../src/taskpane/components/map/tileLayout";
import { statusByEntity } from "../../src/taskpane/data/entityStatus";
import { explanationOf, groupGaps } from "../../src/taskpane/data/gapGroups";
import { sortRows } from "../../src/taskpane/data/registerTable";
import { reportedCounts, workingSteps } from "../../src/taskpane/data/timeline";
import { makeI18n } from "../../src/taskpane/i18n";
import { renderPane } from "./render";

jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2017-06-01" }));

const money = (v: Parameters<ReturnType<typeof makeI18n>["format"]["money"]>[0]) =>
  makeI18n("de")
    .format.money(v)
    .replace(/\u00a0/g, " ");

describe("tile layout", () => {
  test("every one of the 54 entities exactly once, each on its own cell of the 9 × 10 grid", () => {
    expect(TILE_LAYOUT.map((p) => p.key).sort()).toEqual(ENTITIES.map((e) => e.key).sort());
    const cells = new Set(TILE_LAYOUT.map((p) => `${p.col},${p.row}`));
    expect(cells.size).toBe(54);
    expect(TILE_LAYOUT.every((p) => p.col >= 0 && p.col < 9 && p.row >= 0 && p.row < 10)).toBe(true);
    expect(new Set(TILE_LAYOUT.map((p) => p.code)).size).toBe(54);
  });

  test("rough geography: west before east, north before south (hand-picked pairs)", () => {
    const at = (key: string) => TILE_LAYOUT.find((p) => p.key === key)!;
    expect(at("05154").col).toBeLessThan(at("05762").col); // Kleve west of Höxter
    expect(at("05770").row).toBeLessThan(at("05970").row); // Minden-Lübbecke north of Siegen-Wittgenstein
    expect(at("05315").row).toBeGreaterThan(at("05913").row); // Köln south of Dortmund
    expect(at("05334002").col).toBe(0); // Aachen at the western edge
  });

  test("arrow keys: nearest tile that way, holes jumped, edges stay", () => {
    const at = (key: string) => TILE_LAYOUT.find((p) => p.key === key)!;
    expect(neighbour(at("05566"), "right").key).toBe("05770"); // Steinfurt → Minden-Lübbecke over the gap
    expect(neighbour(at("05566"), "down").key).toBe("05515"); // Steinfurt → Münster
    expect(neighbour(at("05154"), "left").key).toBe("05154"); // Kleve: west edge
    expect(neighbour(at("05314"), "down").key).toBe("05314"); // Bonn: south edge
  });
});

test("map status: documented, assumed, conflicting start or none, per entity (hand-checked keys)", () => {
  const statuses = statusByEntity(registryAt("2017-06-30"));
  expect(statuses.size).toBe(54);
  expect(statuses.get("05154")).toBe("ohne"); // Kleve, 2018
  expect(statuses.get("05554")).toBe("in_betrieb"); // Borken, documented 28.06.2016
  expect(statuses.get("05558")).toBe("widerspruch"); // Coesfeld
  expect(statuses.get("05111")).toBe("angenommen"); // Düsseldorf, assumed 01.08.2013
});

test("timeline: steps from the model's openings, 54 from Kleve's start; counts with and without a day", () => {
  const steps = workingSteps();
  expect(steps[0]).toEqual({ date: "2012-01-01", count: 0 });
  expect(steps.at(-1)).toEqual({ date: "2018-09-01", count: 54 });
  // Hand-written from the data: Borken 28.06.2016 (51) and Steinfurt 29.06.2016 (52).
  expect(steps).toContainEqual({ date: "2016-06-28", count: 51 });
  expect(steps).toContainEqual({ date: "2016-06-29", count: 52 });
  for (let i = 1; i < steps.length; i++) expect(steps[i].count).not.toBe(steps[i - 1].count);
  const counts = reportedCounts();
  expect(counts.find((c) => c.figureId === "anzahl-2014-fruehjahr")).toMatchObject({
    date: null,
    year: 2014,
  });
  expect(counts.find((c) => c.figureId === "anzahl-2016-06-28")!.reported.toString()).toBe("51");
});

test("gap groups: the entity's name is cut off once, identical explanations share one group", () => {
  const gaps = dataGaps();
  const kleve = gaps.find((g) => g.entityKey === "05154")!;
  const { entity, explanation } = explanationOf(kleve);
  expect(entity?.fullName).toBe("Kreis Kleve");
  expect(kleve.text).toBe(`Kreis Kleve: ${explanation}`);
  const kinds = groupGaps(gaps);
  expect(kinds.reduce((n, k) => n + k.count, 0)).toBe(gaps.length);
  const covered = kinds.flatMap((k) => k.groups).reduce((n, g) => n + (g.gap ? 1 : g.entities.length), 0);
  expect(covered).toBe(gaps.length);
  expect(kinds[0].kind).toBe("widerspruch");
});

test("register order: start ascending with ties by key, and descending", () => {
  const rows = registryAt("2017-06-01");
  const up = sortRows(rows, "start", "ascending").map((r) => r.entity.key);
  expect(up.slice(0, 2)).toEqual(["05914", "05962"]); // 01.12.2012 both
  expect(up.at(-1)).toBe("05154"); // Kleve, 01.09.2018
  expect(sortRows(rows, "key", "descending")[0].entity.key).toBe("05978");
});

test("Vergleich: the chart gets one bar per year and scenario with the table's amount", async () => {
  await renderPane();
  await userEvent.click(screen.getByRole("tab", { name: "Vergleich" }));
  const from = screen.getByRole("spinbutton", { name: "Von Jahr" });
  await userEvent.clear(from);
  await userEvent.type(from, "2026");
  const to = screen.getByRole("spinbutton", { name: "Bis Jahr" });
  await userEvent.clear(to);
  await userEvent.type(to, "2028");
  const chart = await screen.findByRole("list", {
    name: "Landesmittel 2026 bis 2028 je Szenario (Diagramm)",
  });
  const steigerung = parseScenario([["Steigerung pro Jahr", "2,5 %"]]).scenario;
  const expected = [2026, 2027, 2028].flatMap((year) => [
    `${year}, Basis: ${money(landesmittel(year))}`,
    `${year}, Steigerung: ${money(landesmittel(year, "gesamt", steigerung))}`,
  ]);
  expect(
    within(chart)
      .getAllByRole("listitem")
      .map((li) => li.textContent?.replace(/\u00a0/g, " ")),
  ).toEqual(expected);
});
