/** Formula evaluation for the in-memory spreadsheet (development tool; never bundled). */
export { cellInfo, sheetCells } from './cells';
export type { CellInfo } from './cells';
export { autoRecalculate, outcomeOfValue, recalculate } from './evaluate';
export type { RecalcOptions, RecalcReport } from './evaluate';
export { PARSE_ERROR, parseFormula } from './parse';
export type { Arg, Call, Expr, Parsed } from './parse';
export { outcomeOf, writeOutcome } from './spill';
export type { ElementError, Outcome } from './spill';
export { FormulaError, Matrix } from './values';
export type { Scalar, Value } from './values';
