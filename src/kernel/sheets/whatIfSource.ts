import type { WhatIfProgram } from '../whatIf';
import type { DialogCall } from './dialogCall';

/**
 * A program as the What if… dialog's server uses it: its pure comparison and
 * the reading of its data sheets (through the program's one sheet reader,
 * one getValues per sheet). The app lists one per program with a rules table.
 */
export interface WhatIfSource<D, P> {
  readonly program: WhatIfProgram<D, P>;
  /** Reads the program's data; a missing sheet or an unreadable cell refuses (SheetMissing, Refused). */
  readData(call: DialogCall): D;
}
