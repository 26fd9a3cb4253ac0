import type { Text, Lang } from './i18n';
import type { Day } from './values/dates';
import type { RulesTable } from './functions/rulesTable';

/*
 * What if… (SPEC §13): a program's data computed under its current rules and
 * under edited ones, by the same core code its formulas use, compared row by
 * row. Each program with a rules table offers one WhatIfProgram (its pure
 * `compare` in rules/, its data read by its one sheet reader); the dialog's
 * server (src/app) reads the rules sheet and the data, calls `compare`, and
 * writes nothing until Apply.
 */

/** One data row whose result changes. */
export interface WhatIfRow {
  /** What the manager recognises the row by: a partner, a client, a referrer. */
  readonly name: string;
  /** The row's result as the sheet shows it, before and after (`Silver`, `30%`, `45`). */
  readonly before: string;
  readonly after: string;
}

/** One total, before and after, shown as the sheet would show it. */
export interface WhatIfTotal {
  readonly label: Text;
  readonly before: string;
  readonly after: string;
}

/** One bar pair of the chart: a bucket (a tier, a level, a milestone, a referrer) and its count or amount. */
export interface WhatIfBucket {
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

/** What Compare shows (in the language of the call). */
export interface WhatIfComparison {
  /** Data rows computed. */
  readonly rows: number;
  /** Every row whose result changes, in sheet order (the server sends the first 100 and counts the rest). */
  readonly changed: readonly WhatIfRow[];
  readonly totals: readonly WhatIfTotal[];
  /** The chart: what is counted, and the buckets in their natural order (tiers lowest first…). */
  readonly chart: { readonly title: Text; readonly buckets: readonly WhatIfBucket[] };
}

/**
 * A program that What if… can compare. `D` is its data as its sheet reader
 * gives it (plain values), `P` its program as its rules table builds it.
 */
export interface WhatIfProgram<D, P> {
  /** The rules table (its `key` names the program in the dialog: `tiers`, `levels`, `bonus`, `referral`). */
  readonly table: RulesTable<P>;
  /** What the program is called in the dialog's picker. */
  readonly label: Text;
  /** Pure: every data row under `before` and under `after`, compared. `lang` is the language of the call's results. */
  compare(data: D, before: P, after: P, lang: Lang, today: Day): WhatIfComparison;
}
