/**
 * The in-process Excel host the Excel-layer tests run on: Microsoft's Excel client library
 * (officeLibrary.ts) talking to an interpreter (interpreter.ts) over a plain-data workbook
 * (workbook.ts), with Excel's documented reactions as a cited table (behaviours.ts) and a session
 * that counts requests and injects faults (session.ts).
 */
export { Workbook, type Fault } from "./session";
export { SheetData, TableData, type CellData, type Scalar, type Bounds, type ChartData } from "./workbook";
export { BEHAVIOURS, DEFAULT_OPTIONS, writtenContent, type BehaviourOptions } from "./behaviours";
export { loadOfficeLibrary, currentLibraryName, OFFICE_LIBRARIES } from "./officeLibrary";
