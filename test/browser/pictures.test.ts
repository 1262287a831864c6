/**
 * The pane's pictures and scannable lists in real Chromium at 420 px: the NRW tile map (54 tiles,
 * status per tile at three Stichtage, click and keyboard), the play-through, the timeline's points,
 * the money charts against their tables, the Lücken view's height and the register's sorting and
 * filtering. Expected values come from the model's data read here, or are written by hand; never from
 * the pane's own components.
 */
import type Decimal from "decimal.js";
import type { Page } from "playwright-core";
import {
  ENTITIES,
  REPORTED_FIGURES,
  dataGaps,
  landesmittel,
  parseScenario,
  reconcile,
  registryAt,
} from "../../src/model";
import { openPage, screenshot, startServer, type PaneSession } from "./harness";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const plain = (text: string) => text.replace(/\s+/g, " ").trim();
const euro = (value: Decimal) =>
  plain(new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(value.toNumber()));

async function open(): Promise<PaneSession> {
  const session = await openPage(`${server.url}/taskpane.html`);
  await session.page.getByRole("tablist").waitFor();
  return session;
}

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`[role=tab][aria-selected=true]`, { hasText: name }).waitFor();
  // Views other than Register load on demand: wait until the open panel shows more than "loading".
  await page.waitForFunction(() => {
    const panel = document.querySelector("[role=tabpanel]:not([hidden])");
    return panel !== null && panel.childElementCount > 0 && !panel.querySelector(":scope > [role=status]");
  });
}

async function setStichtag(page: Page, text: string) {
  const field = page.getByRole("textbox", { name: /Stichtag/ });
  await field.fill(text);
  await field.press("Enter");
}

/**
 * The status the map must show, derived here from the registry rows: a working centre with a
 * documented start, an assumed one, a conflicting one, or none working.
 */
function expectedStatuses(iso: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entity of ENTITIES) {
    const working = registryAt(iso).find((row) => row.entity.key === entity.key && row.active);
    out[entity.key] = !working
      ? "ohne"
      : working.startStatus === "angenommen"
        ? "angenommen"
        : working.startStatus === "widersprüchlich"
          ? "widerspruch"
          : "in_betrieb";
  }
  return out;
}

/** The status class (ki-tile-<status>) of every tile, by entity key. */
async function tileClasses(page: Page): Promise<Record<string, string>> {
  return page
    .locator("[role=group] button[data-key]")
    .evaluateAll((tiles) =>
      Object.fromEntries(
        tiles.map((tile) => [
          tile.getAttribute("data-key"),
          [...tile.classList].find((c) => c.startsWith("ki-tile-"))?.slice("ki-tile-".length),
        ]),
      ),
    );
}

test("map: 54 tiles, each with the model's status at three Stichtage, named for assistive technology", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Überblick");
    const map = page.getByRole("group", { name: /^Karte der 54 Kreise/ });
    await map.waitFor();
    expect(await map.getByRole("button").count()).toBe(54);
    // Hand-written spot checks first, so a wrong derivation above would not pass unnoticed.
    const at2015 = expectedStatuses("2015-06-30");
    expect(at2015["05154"]).toBe("ohne"); // Kleve: from 2018
    expect(at2015["05112"]).toBe("in_betrieb"); // Duisburg: documented 01.08.2013
    expect(at2015["05315"]).toBe("widerspruch"); // Köln: sources disagree
    expect(at2015["05558"]).toBe("ohne"); // Coesfeld: opened 12.02.2016
    for (const [text, iso] of [
      ["30.06.2015", "2015-06-30"],
      ["30.06.2017", "2017-06-30"],
      ["31.12.2019", "2019-12-31"],
    ]) {
      await setStichtag(page, text);
      await page.getByRole("group", { name: new RegExp(`am ${text.replace(/\./g, "\\.")};`) }).waitFor();
      expect(await tileClasses(page)).toEqual(expectedStatuses(iso));
    }
    expect(Object.values(expectedStatuses("2019-12-31"))).not.toContain("ohne");
    await expect(page.getByRole("button", { name: "Kreis Kleve: noch kein KI" }).count()).resolves.toBe(0);
    await setStichtag(page, "30.06.2017");
    await page.getByRole("button", { name: "Kreis Kleve: noch kein KI" }).waitFor();
    await page.getByRole("button", { name: "Stadt Köln: Start widersprüchlich" }).waitFor();
    // The legend counts the tiles of each status.
    const legend = plain(await page.getByRole("list", { name: "Legende" }).innerText());
    const counts = Object.values(expectedStatuses("2017-06-30"));
    expect(legend).toContain(`noch kein KI: ${counts.filter((s) => s === "ohne").length}`);
    expect(legend).toContain(`Start nur angenommen: ${counts.filter((s) => s === "angenommen").length}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "ueberblick", { fullPage: false });
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("map: hover names a tile, a click opens that entity's register row", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Überblick");
    await setStichtag(page, "30.06.2017");
    const borken = page.getByRole("button", { name: "Kreis Borken: KI in Betrieb" });
    await borken.hover();
    await page.locator("[data-map-info]", { hasText: "Kreis Borken (05554): KI in Betrieb" }).waitFor();
    await borken.click();
    const row = page.locator('tr[data-key="05554"]');
    await row.and(page.locator("[aria-current=true]")).waitFor();
    expect(await page.getByRole("tab", { name: "Register" }).getAttribute("aria-selected")).toBe("true");
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
    // Its details are open: the documented opening day of seed:000.
    expect(plain(await page.locator('tr[data-details-for="05554"]').innerText())).toContain("28.06.2016");
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("map: one tab stop, arrow keys move to the neighbouring tile, Enter opens the row", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Überblick");
    await setStichtag(page, "30.06.2017");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    // Only the current tile is in the tab order.
    expect(await page.locator('[role=group] button[tabindex="0"]').count()).toBe(1);
    await page.locator('[role=group] button[tabindex="0"]').focus();
    expect(await focused()).toBe("05566"); // Steinfurt, the northernmost tile
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("05515"); // Münster, below it
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe("05558"); // Coesfeld, west of Münster
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("05570"); // Warendorf, east of Münster
    await page.locator("[data-map-info]", { hasText: "Kreis Warendorf (05570)" }).waitFor();
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("05566"); // nothing above Warendorf: the nearest tile up, Steinfurt
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("05566"); // the edge: stays
    expect(await page.locator('[role=group] button[tabindex="0"]').getAttribute("data-key")).toBe("05566");
    await page.keyboard.press("Enter");
    await page.locator('tr[data-key="05566"][aria-current=true]').waitFor();
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("map: statuses differ without colour too, also in forced-colors (high-contrast) mode", async () => {
  const session = await open();
  const { page } = session;
  try {
    await page.emulateMedia({ forcedColors: "active" });
    await openTab(page, "Überblick");
    await setStichtag(page, "30.06.2017");
    const looks = await page.locator("[role=group] button[data-key]").evaluateAll((tiles) => {
      const out: Record<string, string> = {};
      for (const tile of tiles) {
        const style = getComputedStyle(tile);
        out[tile.getAttribute("data-status")!] = `${style.borderTopStyle} ${tile.textContent?.slice(-1)}`;
      }
      return out;
    });
    expect(Object.keys(looks).sort()).toEqual(["angenommen", "in_betrieb", "ohne", "widerspruch"]);
    expect(new Set(Object.values(looks)).size).toBe(4);
    expect(looks.ohne).toMatch(/^dashed /);
    expect(looks.widerspruch).toMatch(/^double /);
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("map: the play-through shows 2012 to 2019 and stops by itself", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Überblick");
    await page.getByRole("button", { name: "Jahre 2012–2019 abspielen" }).click();
    await page.getByRole("button", { name: "Anhalten" }).waitFor();
    const field = page.getByRole("textbox", { name: /Stichtag/ });
    await page.getByRole("heading", { name: "NRW am 31.12.2012 (schematische Karte)" }).waitFor();
    expect(await tileClasses(page)).toEqual(expectedStatuses("2012-12-31"));
    await page
      .getByRole("heading", { name: "NRW am 31.12.2019 (schematische Karte)" })
      .waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "Jahre 2012–2019 abspielen" }).waitFor();
    expect(await field.inputValue()).toBe("31.12.2019");
    expect(await tileClasses(page)).toEqual(expectedStatuses("2019-12-31"));
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("timeline: one marked point per dated reported count, at its value, with its source", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Überblick");
    const chart = page.getByRole("img", { name: /^Arbeitende KI 2012 bis 2019/ });
    await chart.waitFor();
    // Straight from the reported figures: every count with a day (and its alternative days).
    const expected = REPORTED_FIGURES.filter((f) => f.unit === "Anzahl").flatMap((f) =>
      [f.date, ...(f.alternativeDates ?? [])]
        .filter((d): d is string => d !== undefined)
        .map((date) => ({ date, count: f.value.toString(), sources: f.sources })),
    );
    expect(expected.length).toBeGreaterThan(10);
    const points = await chart.locator("circle[data-figure]").evaluateAll((circles) =>
      circles.map((c) => ({
        date: c.getAttribute("data-date")!,
        count: c.getAttribute("data-count")!,
        cy: Number(c.getAttribute("cy")),
        title: c.querySelector("title")?.textContent ?? "",
      })),
    );
    const key = (p: { date: string; count: string }) => `${p.date} ${p.count}`;
    expect(points.map(key).sort()).toEqual(expected.map(key).sort());
    // Hand-written: Borken's opening made 51 on 28.06.2016 (seed:000).
    const borken = points.find((p) => p.date === "2016-06-28")!;
    expect(borken.count).toBe("51");
    expect(borken.title).toContain("seed:000");
    // Higher counts sit higher (smaller y).
    const byCount = [...points].sort((a, b) => Number(a.count) - Number(b.count));
    for (let i = 1; i < byCount.length; i++) expect(byCount[i].cy).toBeLessThanOrEqual(byCount[i - 1].cy);
    for (const e of expected) {
      const p = points.find((q) => q.date === e.date && q.count === e.count)!;
      for (const id of e.sources) expect(p.title).toContain(id);
    }
    // The step line ends at all 54 after Kleve's start (01.09.2018, assumed).
    const steps = (await chart.locator("path[data-steps]").getAttribute("data-steps"))!.split(" ");
    expect(steps[steps.length - 1]).toBe("2018-09-01:54");
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("Vergleich: the chart's bars carry exactly the table's Landesmittel", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Vergleich");
    await page.getByRole("spinbutton", { name: "Von Jahr" }).fill("2026");
    await page.getByRole("spinbutton", { name: "Bis Jahr" }).fill("2030");
    await page.getByRole("table", { name: "Landesmittel 2026 bis 2030 je Szenario" }).waitFor();
    const chart = page.locator('[data-chart="Landesmittel 2026 bis 2030 je Szenario (Diagramm)"]');
    await chart.locator("rect[aria-label]").first().waitFor();
    const labels = (
      await chart
        .locator("[aria-label]")
        .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""))
    ).map(plain);
    const steigerung = parseScenario([["Steigerung pro Jahr", "2,5 %"]]).scenario;
    let bars = 0;
    for (let year = 2026; year <= 2030; year++) {
      const base = landesmittel(year);
      const other = landesmittel(year, "gesamt", steigerung);
      const baseText = plain(
        await page.locator(`tr[data-year="${year}"][data-scenario="Basis"] td`).nth(2).innerText(),
      );
      expect(baseText).toContain(euro(base));
      expect(labels).toContain(`${year}, Basis: ${euro(base)}`);
      expect(labels).toContain(`${year}, Steigerung: ${euro(other)}`);
      bars += 2;
    }
    expect(labels.filter((l) => /^\d{4}, (Basis|Steigerung): /.test(l))).toHaveLength(bars);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "vergleich-diagramm", { fullPage: false });
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("Abgleich: the chart sets each reported amount beside the model's", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Abgleich");
    const chart = page.locator("[data-chart^='Gemeldete Beträge und Modell']");
    await chart.locator("rect[aria-label]").first().waitFor();
    const labels = (
      await chart
        .locator("[aria-label]")
        .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""))
    ).map(plain);
    const pairs = reconcile().filter((r) => r.unit === "EUR" && r.model !== null);
    expect(pairs.length).toBeGreaterThan(3);
    for (const row of pairs) {
      expect(labels).toContain(`${row.id}, Gemeldet: ${euro(row.reported)}`);
      expect(labels).toContain(`${row.id}, Modell: ${euro(row.model!)}`);
    }
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("Lücken at 420 px: at most about two screens collapsed, and every gap reachable by opening", async () => {
  const session = await open();
  const { page } = session;
  try {
    await openTab(page, "Lücken");
    await setStichtag(page, "01.01.2016");
    await page.getByRole("list", { name: /^Ohne KI am 01\.01\.2016: / }).waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2 * page.viewportSize()!.height);
    // The heading is its own line: nothing runs into it.
    const heading = page.getByRole("heading", { name: /^Ohne KI am 01\.01\.2016/ });
    expect(await heading.evaluate((el) => getComputedStyle(el).display)).toBe("block");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "luecken-kompakt", { fullPage: false });

    const gaps = dataGaps();
    const closed = page.locator("[data-section^=gap-] h3 button[aria-expanded=false]");
    const groupsOfKinds = await closed.count();
    expect(groupsOfKinds).toBe(new Set(gaps.map((g) => g.kind)).size);
    for (let i = 0; i < groupsOfKinds; i++) await closed.first().click();
    await closed.first().waitFor({ state: "detached" });
    const entityLinks = await page.locator("[data-gap-entity]").count();
    const single = await page.locator("[data-gap-group=single]").count();
    expect(entityLinks + single).toBe(gaps.length);
    // Identical explanations are shown once: fewer groups than entity gaps.
    const groups = await page.locator("[data-gap-group=entities]").count();
    expect(groups).toBeLessThan(gaps.filter((g) => g.entityKey).length);

    await page.getByRole("searchbox", { name: /Filtern/ }).fill("Kleve");
    await page.locator('[data-gap-entity="05154"]').first().waitFor();
    expect(await page.locator("[data-gap-entity]:not([data-gap-entity='05154'])").count()).toBe(0);
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("Register: sorts by name, key, start and status, filters by Regierungsbezirk and status", async () => {
  const session = await open();
  const { page } = session;
  try {
    await setStichtag(page, "01.06.2017");
    await page
      .getByText("53 von 54 Kreisen und kreisfreien Städten haben am 01.06.2017 ein KI in Betrieb.")
      .waitFor();
    const keys = () =>
      page.locator("tr[data-key]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
    const rows = registryAt("2017-06-01");
    expect(await keys()).toEqual(rows.map((r) => r.entity.key).sort());

    const header = (column: string) => page.locator(`th[data-column="${column}"]`);
    await header("name").getByRole("button").click();
    await page.locator('th[data-column="name"][aria-sort=ascending]').waitFor();
    const byName = [...rows]
      .sort((a, b) => a.entity.name.localeCompare(b.entity.name, "de-DE"))
      .map((r) => r.entity.key);
    expect(await keys()).toEqual(byName);
    await header("name").getByRole("button").click();
    await page.locator('th[data-column="name"][aria-sort=descending]').waitFor();
    expect(await keys()).toEqual([...byName].reverse());

    await header("start").getByRole("button").click();
    await page.locator('th[data-column="start"][aria-sort=ascending]').waitFor();
    const starts = await page.locator("tr[data-key] td:nth-child(3)").allInnerTexts();
    const iso = starts.map((s) => s.trim().split(".").reverse().join("-"));
    expect(iso).toEqual([...iso].sort());
    // Hand-written: the earliest assumed start is Hagen's and Märkischer Kreis' 01.12.2012.
    expect(starts[0].trim()).toBe("01.12.2012");

    await header("status").getByRole("button").click();
    await page.locator('th[data-column="status"][aria-sort=ascending]').waitFor();
    const statuses = await page
      .locator("tr[data-key]")
      .evaluateAll((r) => r.map((x) => x.getAttribute("data-status")));
    const order = ["in_betrieb", "angenommen", "widerspruch", "ohne"];
    expect(statuses.map((s) => order.indexOf(s!))).toEqual(
      [...statuses.map((s) => order.indexOf(s!))].sort((a, b) => a - b),
    );

    await page.getByRole("combobox", { name: "Regierungsbezirk" }).selectOption("Detmold");
    await page.getByText("Angezeigt: 7 von 54 Zeilen").waitFor();
    expect((await keys()).every((k) => k!.startsWith("057"))).toBe(true);
    await page.getByRole("combobox", { name: "Regierungsbezirk" }).selectOption("");
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "noch kein KI" });
    await page.getByText("Angezeigt: 1 von 54 Zeilen").waitFor();
    expect(await keys()).toEqual(["05154"]);

    // Details on demand.
    await page.getByRole("button", { name: "Details: Kreis Kleve" }).click();
    await page.locator('tr[data-details-for="05154"]').waitFor();
    expect(
      await page.getByRole("button", { name: "Details: Kreis Kleve" }).getAttribute("aria-expanded"),
    ).toBe("true");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "register-tabelle", { fullPage: false });
    session.expectClean();
  } finally {
    await session.close();
  }
});
