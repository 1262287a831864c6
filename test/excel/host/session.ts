/**
 * The session Microsoft's library talks to: `Excel.run(session, batch)` accepts any object with
 * `_resolveRequestUrlAndHeaderInfo()` and `_createRequestExecutorOrNull()` (the hook Script Lab uses
 * too). Its executor receives each serialized request and answers it through the interpreter. This is
 * where requests are counted (the closing `_RemoveReference` request included) with their payload
 * bytes, where faults are injected, and where a test can act as a user between two requests.
 */
import { DEFAULT_OPTIONS, type BehaviourOptions } from "./behaviours";
import { Interpreter, type RequestBody } from "./interpreter";
import { loadOfficeLibrary, type OfficeLibrary } from "./officeLibrary";
import { WorkbookData } from "./workbook";

export interface Fault {
  /** 1-based request number within one Excel.run. */
  request: number;
  /** Action index within that request (clamped to the last action); the actions before it run. */
  action: number;
  /** An Excel.ErrorCodes code, e.g. "GeneralException", "AccessDenied", "InsertDeleteConflict". */
  code: string;
}

/** The in-memory workbook with a runner for setExcelRunner; everything in it is plain data. */
export class Workbook extends WorkbookData {
  /** Requests sent by Office.js since the counters were reset (all runs). */
  requests = 0;
  /** Payload bytes of those requests (the JSON body as sent). */
  requestBytes = 0;
  runs = 0;
  /** Actions per request of the last run (for choosing fault positions). */
  lastRunActions: number[] = [];
  /** Makes one request of each following run fail (cleared by setting null). */
  fault: Fault | null = null;
  /** Called before each request with its number within the run (a user typing meanwhile). */
  onRequest: ((n: number) => void) | null = null;
  readonly library: OfficeLibrary;

  constructor(
    readonly options: BehaviourOptions = { ...DEFAULT_OPTIONS },
    library: OfficeLibrary = loadOfficeLibrary(),
  ) {
    super();
    this.library = library;
  }

  /** Runner for setExcelRunner: one real Excel.run of Microsoft's library against this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const interpreter = new Interpreter(this, this.options);
    let n = 0;
    const actions: number[] = [];
    this.lastRunActions = actions;
    const session = {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "", headers: {} }),
      _createRequestExecutorOrNull: () => ({
        executeAsync: (_custom: unknown, _flags: unknown, message: { Body: RequestBody }) => {
          n++;
          this.requests++;
          this.requestBytes += Buffer.byteLength(JSON.stringify(message.Body), "utf8");
          actions.push(message.Body.Actions.length);
          this.onRequest?.(n);
          const fault = this.fault;
          const failAt =
            fault !== null && fault.request === n
              ? { index: Math.min(fault.action, message.Body.Actions.length - 1), code: fault.code }
              : null;
          const answer = interpreter.execute(message.Body, failAt);
          return Promise.resolve({
            ErrorCode: "",
            HttpStatusCode: 200,
            Headers: {},
            Body: { Results: answer.Results, Error: answer.Error, TraceIds: [] },
          });
        },
      }),
    };
    const excel = this.library.Excel as unknown as {
      run: (s: unknown, b: (c: Excel.RequestContext) => Promise<T>) => Promise<T>;
    };
    return excel.run(session, batch);
  };
}
