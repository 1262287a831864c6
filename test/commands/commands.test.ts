/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";

type Callback = () => void;
const associate = jest.fn();
const displayDialogAsync = jest.fn((_url: string, _options: object, callback: Callback) => callback());

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    actions: { associate },
    context: { ui: { displayDialogAsync } },
  };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = () => require("../../src/commands/commands") as typeof import("../../src/commands/commands");

const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const manifestFunctions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
  (match) => match[1],
);

test("every ExecuteFunction of the manifest is registered as soon as the bundle loads", () => {
  load();
  expect(manifestFunctions).toEqual(["showHelp"]);
  expect(associate.mock.calls.map((call) => call[0]).sort()).toEqual([...manifestFunctions].sort());
});

test("Hilfe opens the help page beside the pane in a dialog and completes the command", () => {
  const { helpUrl, showHelp } = load();
  expect(helpUrl("https://localhost:3000/taskpane.html?x=1")).toBe("https://localhost:3000/hilfe.html");
  const completed = jest.fn();
  showHelp({ completed } as unknown as Office.AddinCommands.Event);
  expect(displayDialogAsync).toHaveBeenCalledWith(
    "http://localhost/hilfe.html",
    expect.objectContaining({ displayInIframe: true }),
    expect.any(Function),
  );
  expect(completed).toHaveBeenCalledTimes(1);
});
