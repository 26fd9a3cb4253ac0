/** Formula evaluation for the in-memory spreadsheet (development tool; never bundled). */
export { cellInfo, sheetCells } from './cells';
export type { CellInfo } from './cells';
export { autoRecalculate, recalculate } from './evaluate';
export type { RecalcOptions, RecalcReport } from './evaluate';
export { PARSE_ERROR, parseFormula } from './parse';
export type { Arg, Call, Parsed } from './parse';
export { outcomeOf, writeOutcome } from './spill';
export type { Outcome } from './spill';
