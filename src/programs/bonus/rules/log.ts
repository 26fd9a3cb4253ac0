import { t } from '../../../kernel/i18n';
import type { Notation, SheetReading } from '../../../kernel/values/locale';
import { isEmpty } from '../../../kernel/functions/cells';
import { numberOf } from '../../../kernel/values/cellValues';
import { DayReader } from '../../../kernel/values/days';
import { CellError, ClientIds, ROW_TEXT, rangeRows } from './rows';
import { type CompiledProgram, normalizeCode } from './program';

/** A whole number (also for numbers from another realm). */
const isInteger = Number.isInteger;

/**
 * The activity log, `Date | Client | Code | Value` (more columns are
 * ignored), read once into parallel arrays: one entry per kept row, in the
 * range's order.
 *
 * - A first row whose Date cell is not a date is a header and is skipped.
 * - A row whose four cells are all empty is skipped anywhere (open ranges like A2:D).
 * - Any other row must be complete: a date, a client, a known code (metric or
 *   action, case-insensitive), and for a metric its value (a number of 0 or
 *   more); an action's value is its count (a whole number of 0 or more, empty = 1).
 * A row that breaks these throws a CellError naming its row and cell.
 */
export interface ActivityLog {
  readonly program: CompiledProgram;
  readonly length: number;
  readonly days: Int32Array;
  /** Client ids, see `clients`. */
  readonly clients: Int32Array;
  /** Code ids: metrics below `program.metricCount`, then actions. */
  readonly codes: Uint16Array;
  /** The metric's value, or the action's count. */
  readonly values: Float64Array;
  /** The rows of the range that hold no entry (a header, empty rows), ascending: see `rowOf`. */
  readonly skipped: readonly number[];
  readonly clientIds: ClientIds;
}

export const ACTIVITY_COLUMNS = t`Date | Client | Code | Value`;

/** Reads the log for `program`: its codes are the ones the program's metrics and actions name. */
export function readActivityLog(range: unknown, sheet: SheetReading, program: CompiledProgram): ActivityLog {
  const rows = rangeRows(range, 4, ACTIVITY_COLUMNS);
  const n = rows.length;
  const days = new Int32Array(n);
  const clients = new Int32Array(n);
  const codes = new Uint16Array(n);
  const values = new Float64Array(n);
  const skipped: number[] = [];
  const dayReader = new DayReader(sheet);
  const clientIds = new ClientIds();
  const codeIds = new Map<string, number>();
  const metricCount = program.metricCount;

  let kept = 0;
  let lastClientCell: unknown;
  let lastClient = -1;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const dateCell = row[0];
    const clientCell = row[1];
    const codeCell = row[2];
    const valueCell = row[3];

    const day = dayReader.read(dateCell);
    if (day !== day) {
      if (i === 0 || (isEmpty(dateCell) && isEmpty(clientCell) && isEmpty(codeCell) && isEmpty(valueCell))) {
        skipped.push(i);
        continue;
      }
      throw new CellError(isEmpty(dateCell) ? ROW_TEXT.emptyDate : ROW_TEXT.notADate, i, 0, dateCell);
    }

    // Logs often list one client's rows together: skip the lookup when the name repeats.
    let client = lastClient;
    if (clientCell !== lastClientCell) {
      client = clientIds.idOf(clientCell);
      lastClientCell = clientCell;
      lastClient = client;
    }
    if (client < 0) throw new CellError(isEmpty(clientCell) ? ROW_TEXT.emptyClient : ROW_TEXT.notAClient, i, 1, clientCell);

    let code = typeof codeCell === 'string' ? codeIds.get(codeCell) : undefined;
    if (code === undefined) {
      code = codeOf(program, codeCell, i);
      if (typeof codeCell === 'string') codeIds.set(codeCell, code);
    }

    let value: number;
    if (code < metricCount) {
      value = typeof valueCell === 'number' ? valueCell : numberOf(valueCell, sheet);
      if (!(value >= 0) || value - value !== 0) throw new CellError(metricValueError(program, code, valueCell, sheet), i, 3, valueCell);
    } else {
      value = typeof valueCell === 'number' ? valueCell : isEmpty(valueCell) ? 1 : numberOf(valueCell, sheet);
      if (!isInteger(value) || value < 0) throw new CellError(countError(program, code), i, 3, valueCell);
    }

    days[kept] = day;
    clients[kept] = client;
    codes[kept] = code;
    values[kept] = value;
    kept++;
  }

  return {
    program,
    length: kept,
    days: days.subarray(0, kept),
    clients: clients.subarray(0, kept),
    codes: codes.subarray(0, kept),
    values: values.subarray(0, kept),
    skipped,
    clientIds,
  };
}

function codeOf(program: CompiledProgram, cell: unknown, row: number): number {
  if (isEmpty(cell)) throw new CellError(EMPTY_CODE, row, 2, cell);
  const id = typeof cell === 'string' ? program.codeIds.get(normalizeCode(cell)) : undefined;
  if (id === undefined) {
    const { metrics, actions } = program.codeList;
    throw new CellError(t`is not a known code; metrics: ${metrics}; actions: ${actions}`, row, 2, cell);
  }
  return id;
}

function metricValueError(program: CompiledProgram, code: number, cell: unknown, notation: Notation) {
  const metric = program.rules.metrics[code].code;
  if (isEmpty(cell)) {
    return t`is empty, but the metric ${metric} needs its value in the Value column`;
  }
  const n = numberOf(cell, notation);
  if (n < 0) return t`is negative, but the metric ${metric} cannot be`;
  return t`is not a number (the value of the metric ${metric})`;
}

function countError(program: CompiledProgram, code: number) {
  const action = program.rules.actions[code - program.metricCount].code;
  return t`is not a whole number of 0 or more (the count of ${action} actions; empty means 1)`;
}

const EMPTY_CODE = t`is empty, but the Code column needs a metric or action code`;

/** The row of the range (0-based, header included) that a log entry came from. */
export function rowOf(log: ActivityLog, entry: number): number {
  // The j-th skipped row has `skipped[j] − j` entries before it: count the skipped rows with at most `entry` before them.
  const skipped = log.skipped;
  let low = 0;
  let high = skipped.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (skipped[mid] - mid <= entry) low = mid + 1;
    else high = mid;
  }
  return entry + low;
}
