import type { Table } from './table';

/*
 * Request ids live in the rows a dialog writes (SPEC §9): every row a dialog
 * appends or changes carries the id of the request that wrote it, in its
 * Request ID column, and a repeated id (a double click, a call retried after
 * a lost answer) is recognised by finding that row again, under the document
 * lock, in the rows the call reads anyway: no extra read, and no store that
 * grows anywhere else (a document property holds at most 9 KB per value and
 * 500 KB in all, counted in bytes).
 */

/** A request id as the dialogs send it: a non-empty text of at most 100 characters. */
export function requestIdOf(value: unknown): string | undefined {
  const id = typeof value === 'string' ? value.trim() : '';
  return id === '' || id.length > 100 ? undefined : id;
}

/** Whether a Request ID cell holds this id (a manager's sheet may hold it as a number: `2024`). */
function holds(cell: unknown, id: string): boolean {
  if (cell === id) return true;
  if (typeof cell === 'string') return cell.trim() === id;
  return typeof cell === 'number' && String(cell) === id;
}

/** Indexes (into table.rows) of the rows whose Request ID is `id`, in sheet order; empty when none. */
export function rowsWithRequestId(table: Table, id: string): number[] {
  const at = table.columns.requestId;
  if (at === undefined) return [];
  const found: number[] = [];
  table.rows.forEach((row, i) => {
    if (holds(row[at], id)) found.push(i);
  });
  return found;
}
