import { InputError } from '../../../kernel/errors';
import { type ReadTable, type RulesTable, rulesCellError } from '../../../kernel/functions/rulesTable';
import { text, wholeNumber } from '../../../kernel/functions/readers';
import { same, t } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import { GROWTH_PROGRAM, type LeadRules, type LeadStep, MAX_LEAD_STEPS } from './seed';

/*
 * The lead-handling rules table (SPEC §12.5): one row per step, in order, at
 * most three; `Step` names the step in LEAD_SLA's results as written,
 * `Within hours` is its deadline in whole hours from receiving the lead, never
 * falling down the table. Every function of the growth family takes it as
 * its last argument `rules`; GROWTH_PCT, GROWTH_RANK and CONTEST_TOP only read
 * and check it (a bad table is an error everywhere), LEAD_SLA applies it, and
 * the contest dialog lists a breach's late and overdue leads by it.
 */

const FUNCTIONS = ['GROWTH_PCT', 'GROWTH_RANK', 'CONTEST_TOP', 'LEAD_SLA'];

function build(table: ReadTable): LeadRules {
  if (!table.rows.length) {
    throw new InputError(t`has no steps: give one to three rows under its headers`);
  }
  const steps: LeadStep[] = [];
  const names = new Set<string>();
  table.rows.forEach((r, i) => {
    const name = r.values.name as string;
    const hours = r.values.hours as number;
    if (i === MAX_LEAD_STEPS) {
      throw rulesCellError(
        table,
        r.row,
        'name',
        t`is a fourth step; the lead-handling table holds at most ${MAX_LEAD_STEPS} (LEAD_SLA takes three step times)`,
      );
    }
    const key = normalizeWord(name);
    if (names.has(key)) throw rulesCellError(table, r.row, 'name', t`names a step twice; each step needs its own name`);
    names.add(key);
    const before = steps[i - 1];
    if (before && hours < before.hours) {
      throw rulesCellError(table, r.row, 'hours', t`is fewer hours than the step above (${before.hours}); deadlines never fall down the table`);
    }
    steps.push({ name: same(name), hours });
  });
  return { steps };
}

export const LEAD_TABLE: RulesTable<LeadRules> = {
  key: 'leads',
  title: t`Lead handling`,
  sheetName: t`Rules: leads`,
  users: [...FUNCTIONS, 'Growth contest dialog'],
  intro:
    'One row per step, in order, at most three. LEAD_SLA takes the step times in the order of these rows; step arguments past the last step must be empty. GROWTH_PCT, GROWTH_RANK and CONTEST_TOP only check the table.',
  columns: [
    {
      key: 'name',
      names: t`Step`,
      aliases: ['Step name', 'Название шага'],
      required: true,
      reader: text,
      doc: 'Unique; LEAD_SLA results use it as written (`late: STEP`)',
      width: 220,
    },
    {
      key: 'hours',
      names: t`Within hours`,
      aliases: ['Hours', 'Deadline hours', 'В течение часов', 'Часов'],
      required: true,
      reader: wholeNumber(1),
      doc: 'Deadline in whole hours (> 0) from receipt, inclusive; never fewer than the step above',
      format: 'integer',
      width: 120,
    },
  ],
  seed: GROWTH_PROGRAM.leads,
  seedRows: GROWTH_PROGRAM.leads.steps.map((step) => ({ name: step.name, hours: step.hours })),
  build,
  example: {
    table: [
      ['Step', 'Within hours'],
      ['call back', 2],
      ['send offer', 48],
    ],
    fn: 'LEAD_SLA',
    args: ['2026-03-02 09:00', '2026-03-02 12:00', '', '', '2026-03-05 10:00'],
    result: 'late: call back; overdue: send offer',
    formula: "=LEAD_SLA(A2, B2, C2, , $H$1, 'Rules: leads'!A1:B3)",
    explanation:
      'Received 2 March 09:00: "call back" was due by 11:00, done at 12:00 (late); "send offer" was due by 4 March 09:00, not done by 5 March 10:00 (overdue). Two steps: the third step argument stays empty.',
  },
};
