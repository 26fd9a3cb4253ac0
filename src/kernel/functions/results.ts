import type { Day } from '../values/dates';
import type { CallContext } from './context';

/** A calendar day as Sheets shows a date: a Date at midnight of that day in the spreadsheet's zone. */
export function dateCell(day: Day, ctx: CallContext): Date {
  return new Date(ctx.zone.startOfDay(day));
}
