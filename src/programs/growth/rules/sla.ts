import { InputError } from '../../../kernel/errors';
import { type Lang, SEMICOLON, t } from '../../../kernel/i18n';
import { GROWTH_PROGRAM, type LeadRules } from './seed';

const MS_PER_HOUR = 3_600_000;

const BEFORE_RECEIPT = t`is before the lead was received`;

function pastTheLastStep(count: number) {
  return count === 1
    ? t`is given, but the rules table has only 1 step: leave it empty`
    : t`is given, but the rules table has only ${count} steps: leave it empty`;
}

/**
 * The lead-handling rule: each step of `rules` has a deadline counted from
 * receiving the lead (inclusive). Times are instants in milliseconds, one per
 * step argument (three), in the order of the rules' steps. A step recorded
 * after `asOf` is not known yet as of that moment and counts as not done. The
 * text is built in one language only: a column of leads needs only the
 * sheet's.
 */
export function leadSlaStatus(
  received: number,
  steps: ReadonlyArray<number | undefined>,
  asOf: number,
  lang: Lang,
  rules: LeadRules = GROWTH_PROGRAM.leads,
): string {
  const { words } = GROWTH_PROGRAM;
  const ruled = rules.steps;
  for (let i = 0; i < steps.length; i++) {
    const at = steps[i];
    if (at === undefined) continue;
    // A step cannot be done before the lead arrived: a typo, not a fast reply (arguments: received, then each step).
    if (at < received) throw new InputError(BEFORE_RECEIPT, undefined, 1 + i);
    // A time in an argument the table has no step for would otherwise be ignored without a word.
    if (i >= ruled.length) throw new InputError(pastTheLastStep(ruled.length), undefined, 1 + i);
  }
  let problems = '';
  let allDone = true;
  for (let i = 0; i < ruled.length; i++) {
    const step = ruled[i];
    const deadline = received + step.hours * MS_PER_HOUR;
    const doneAt = steps[i];
    const done = doneAt !== undefined && doneAt <= asOf;
    if (!done) allDone = false;
    const label = done && doneAt > deadline ? words.late : !done && asOf > deadline ? words.overdue : undefined;
    if (label) problems += `${problems ? SEMICOLON[lang] : ''}${label[lang]}: ${step.name[lang]}`;
  }
  if (problems) return problems;
  return (allDone ? words.ok : words.onTrack)[lang];
}

/** Whether a LEAD_SLA result in `lang` reports a late or overdue step (what a handling breach is about). */
export function isBreach(status: string, lang: Lang): boolean {
  const { ok, onTrack } = GROWTH_PROGRAM.words;
  return status !== ok[lang] && status !== onTrack[lang];
}
