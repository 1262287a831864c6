import { openPage, startServer } from "./harness";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

test("the built pane loads outside Excel with office.js from this origin and no errors", async () => {
  const session = await openPage(`${server.url}/taskpane.html`);
  try {
    await session.page.waitForSelector("#root *");
    const host = await session.page.evaluate(() => Office.onReady().then((info) => info.host));
    expect(host).toBeNull();
    session.expectClean();
  } finally {
    await session.close();
  }
});

test("the Content-Security-Policy blocks requests to other origins", async () => {
  const session = await openPage(`${server.url}/taskpane.html`);
  try {
    const outcome = await session.page.evaluate(() =>
      fetch("https://example.org/").then(
        () => "fetched",
        () => "blocked",
      ),
    );
    expect(outcome).toBe("blocked");
    expect(session.problems.join("\n")).toMatch(/Content Security Policy/);
  } finally {
    await session.close();
  }
});
