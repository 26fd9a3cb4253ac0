/**
 * An error a service reports, as Apps Script's `Exception`. The runtime turns
 * it into an Error of the caller's realm (so `error instanceof Error` holds in
 * the add-on's vm context) with the same message and the name `Exception`.
 */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** The messages Apps Script gives, kept in one place so tests can name them. */
export const MESSAGES = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  signature: (types: string, method: string) => `The parameters (${types}) don't match the method signature for ${method}.`,
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  noPermission: (method: string) => `You do not have permission to call ${method}`,
  missingScope: (method: string, scopes: readonly string[]) => `You do not have permission to call ${method}. Required permissions: ${scopes.join(', ')}`,
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  validation: (a1: string) => `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
} as const;
