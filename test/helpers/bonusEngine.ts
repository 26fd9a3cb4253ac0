/**
 * Set-up shared by the bonus engine's tests (bonus/engine.test.ts and bonus/log.test.ts beside it):
 * the activity log read as a UTC en_US spreadsheet reads it, and days written as ISO strings.
 */
import { bonusStatement, earnedPoints } from '../../src/programs/bonus/rules/engine';
import { readActivityLog } from '../../src/programs/bonus/rules/log';
import { compileProgram } from '../../src/programs/bonus/rules/program';
import { COURSON_PROGRAM } from '../../src/programs/bonus/rules/seed';
import { type Day, dayFromCivil } from '../../src/kernel/values/dates';
import { TimeZone } from '../../src/kernel/values/zone';

/** A UTC spreadsheet in en_US: how the log's date and number cells are read. */
export const UTC = { zone: new TimeZone('UTC'), decimalComma: false, dayFirst: false };

/** The Courson program (seed 000), as the functions run it when no rules table is given. */
export const COURSON = compileProgram(COURSON_PROGRAM);

/** `2026-01-15` → Day. */
export function d(iso: string): Day {
  const [y, m, dd] = iso.split('-').map(Number);
  return dayFromCivil(y, m, dd);
}

export type Row = [string, string, string, number | string];

export function points(rows: Row[], accessOpened: string, asOf: string, client = 'Acme'): number {
  return earnedPoints(readActivityLog(rows, UTC, COURSON), client, d(accessOpened), d(asOf));
}

export function statement(rows: Row[], accessOpened: string, asOf: string, client = 'Acme') {
  return bonusStatement(readActivityLog(rows, UTC, COURSON), client, d(accessOpened), d(asOf));
}

/** Milestone code → the ISO day it was reached ('' when never), and its points. */
export function milestones(rows: Row[], accessOpened: string, asOf: string): Record<string, [string, number]> {
  const out: Record<string, [string, number]> = {};
  for (const line of statement(rows, accessOpened, asOf)) {
    if (line.kind !== 'milestone') continue;
    out[line.code] = [line.reached === undefined ? '' : iso(line.reached), line.points];
  }
  return out;
}

export function iso(day: Day): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
