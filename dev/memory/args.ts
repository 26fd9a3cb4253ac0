/** Argument checks with Apps Script's "The parameters (…) don't match the method signature for …" message. */
import { MESSAGES, ServiceError } from './errors';
import { typeName } from './values';

export function signatureError(args: readonly unknown[], method: string): ServiceError {
  return new ServiceError(MESSAGES.signature(args.map(typeName).join(','), method));
}

/** Every argument a whole number (Apps Script refuses text and fractions where it wants an integer). */
export function integers(args: readonly unknown[], method: string): number[] {
  for (const a of args) if (typeof a !== 'number' || !Number.isInteger(a)) throw signatureError(args, method);
  return args as number[];
}

/** A 2D array whose rows have `numCols` cells, with the range-size messages of Range.setValues. */
export function checkGrid(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data)) throw signatureError([data], method);
  for (const row of data) if (!Array.isArray(row)) throw signatureError([data], method);
  if (data.length !== numRows) throw new ServiceError(MESSAGES.rowsMismatch(data.length, numRows));
  for (const row of data as unknown[][]) if (row.length !== numCols) throw new ServiceError(MESSAGES.columnsMismatch(row.length, numCols));
  return data as unknown[][];
}
