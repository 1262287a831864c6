import { findChromium, openPage, startServer } from "./harness";

describe("browser harness", () => {
  test("finds Chromium from CHROMIUM_PATH, the usual places, or says how to install one", () => {
    expect(findChromium({ CHROMIUM_PATH: "/opt/x/chrome" }, (file) => file === "/opt/x/chrome")).toBe(
      "/opt/x/chrome",
    );
    expect(findChromium({}, (file) => file === "/usr/bin/chromium")).toBe("/usr/bin/chromium");
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
    expect(() => findChromium({ CHROMIUM_PATH: "/nope" }, () => false)).toThrow(/does not exist/);
  });

  test("records page errors and non-local requests so a test can fail on them", async () => {
    const server = await startServer();
    const session = await openPage(`${server.url}/taskpane.html`);
    try {
      await session.page.evaluate(() => {
        setTimeout(() => {
          throw new Error("deliberate");
        });
      });
      await session.page.waitForTimeout(300);
      // The pane's CSP blocks fetches itself, so the router is shown a navigation instead.
      await session.page.goto("https://example.org/x").catch(() => undefined);
      const problems = session.problems.join("\n");
      expect(problems).toMatch(/page error: deliberate/);
      expect(problems).toMatch(/non-local address: https:\/\/example.org\/x/);
    } finally {
      await session.close();
      await server.close();
    }
  });
});
