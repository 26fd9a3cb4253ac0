import { CellError, InputError } from '../../../kernel/errors';
import { perLang, t, type Text } from '../../../kernel/i18n';
import { valueThen } from '../../../kernel/functions/errors';
import { describeValue } from '../../../kernel/functions/cells';
import type { Day } from '../../../kernel/values/dates';
import type { SheetReading } from '../../../kernel/values/locale';
import { formatAmount } from '../../../kernel/values/numbers';
import type { WhatIfBucket, WhatIfProgram, WhatIfRow, WhatIfTotal } from '../../../kernel/whatIf';
import { BonusEngine } from './engine';
import { readActivityLog } from './log';
import { compileProgram, normalizeCode } from './program';
import type { BonusProgram } from './seed';
import { BONUS_RULES } from './table';

/*
 * What if… for the bonus program (SPEC §13): every client of the Clients
 * sheet under the current rules and under the edited ones, by the engine the
 * formulas use, as of the Clients sheet's report date (today without one):
 * the clients whose points change, the points earned in total, per milestone
 * and for actions, and a chart of the points per milestone before and after.
 */

/** The bonus sheets as What if… reads them (sheets.ts readWhatIfData). */
export interface BonusData {
  /** The Clients sheet's clients that have an access date, in sheet order. */
  readonly clients: readonly { readonly name: string; readonly accessOpened: Day }[];
  /** The Clients sheet's report date, when its cell holds one: what the sheet's points are as of. */
  readonly reportDate: Day | undefined;
  /** The Activity sheet: its name, its headers as spelled (Date, Client, Code, Value) and its rows in that order; rows[i] is sheet row i + 2. */
  readonly activity: { readonly sheet: string; readonly headers: readonly string[]; readonly rows: readonly unknown[][] };
  /** How its cells are read: the spreadsheet's notation and time zone. */
  readonly reading: SheetReading;
}

/** What one program gives over every client. */
interface Tally {
  readonly points: Float64Array;
  readonly total: number;
  /** Points per milestone, by normalised code. */
  readonly milestones: Map<string, number>;
  readonly actions: number;
}

const WHICH = { before: t`under the current rules`, after: t`under the edited rules` };

function tally(data: BonusData, program: BonusProgram, asOf: Day, which: keyof typeof WHICH): Tally {
  const compiled = compileProgram(program);
  const engine = new BonusEngine(logOf(data, compiled, which));
  const perMilestone = new Float64Array(compiled.milestoneCount);
  const points = new Float64Array(data.clients.length);
  let total = 0;
  data.clients.forEach((client, i) => {
    points[i] = engine.earned(client.name, client.accessOpened, asOf, perMilestone);
    total += points[i];
  });
  const milestones = new Map<string, number>();
  let fromMilestones = 0;
  program.milestones.forEach((m, i) => {
    milestones.set(normalizeCode(m.code), perMilestone[i]);
    fromMilestones += perMilestone[i];
  });
  return { points, total, milestones, actions: total - fromMilestones };
}

/** The log under one program; a row it refuses is an error naming the Activity sheet's cell and the rules it was read under. */
function logOf(data: BonusData, program: ReturnType<typeof compileProgram>, which: keyof typeof WHICH) {
  try {
    return readActivityLog(data.activity.rows, data.reading, program);
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    const { sheet, headers } = data.activity;
    const value = perLang((lang) => valueThen(describeValue(error.cell, lang), error.text)[lang]);
    throw new InputError(t`The "${sheet}" sheet, row ${(error.item ?? 0) + 2}, column ${headers[error.column] ?? ''}: ${value} (${WHICH[which]})`);
  }
}

export const BONUS_WHAT_IF: WhatIfProgram<BonusData, BonusProgram> = {
  table: BONUS_RULES,
  label: t`Bonus points`,
  compare(data, before, after, lang, today) {
    const asOf = data.reportDate ?? today;
    const was = tally(data, before, asOf, 'before');
    const now = tally(data, after, asOf, 'after');
    const changed: WhatIfRow[] = [];
    data.clients.forEach((client, i) => {
      if (was.points[i] !== now.points[i]) changed.push({ name: client.name, before: String(was.points[i]), after: String(now.points[i]) });
    });

    // Every milestone of either program: the current table's order, then the ones the edit adds.
    const codes = new Map<string, string>();
    for (const m of [...before.milestones, ...after.milestones]) if (!codes.has(normalizeCode(m.code))) codes.set(normalizeCode(m.code), m.code);
    const amount = (n: number | undefined) => (n === undefined ? '—' : formatAmount(n, lang));
    const totals: WhatIfTotal[] = [{ label: t`Points earned, in total`, before: amount(was.total), after: amount(now.total) }];
    const buckets: WhatIfBucket[] = [];
    for (const [key, code] of codes) {
      totals.push({ label: t`milestone ${code}`, before: amount(was.milestones.get(key)), after: amount(now.milestones.get(key)) });
      buckets.push({ label: code, before: was.milestones.get(key) ?? 0, after: now.milestones.get(key) ?? 0 });
    }
    const actions: Text = t`actions`;
    totals.push({ label: actions, before: amount(was.actions), after: amount(now.actions) });
    buckets.push({ label: actions[lang], before: was.actions, after: now.actions });
    return {
      rows: data.clients.length,
      changed,
      totals,
      chart: { title: t`Points earned per milestone and for actions`, buckets },
    };
  },
};
