import { InputError } from '../../../kernel/errors';
import { type Lang, bi } from '../../../kernel/i18n';
import { GROWTH_PROGRAM } from './seed';

const MS_PER_HOUR = 3_600_000;

const BEFORE_RECEIPT = bi('is before the lead was received', 'раньше, чем получен лид');

/**
 * The lead-handling rule: each step has a deadline counted from receiving the
 * lead (inclusive). Times are instants in milliseconds. A step recorded after
 * `asOf` is not known yet as of that moment and counts as not done. The text
 * is built in one language only: a column of leads needs only the sheet's.
 */
export function leadSlaStatus(received: number, steps: ReadonlyArray<number | undefined>, asOf: number, lang: Lang): string {
  const { leadSteps, words } = GROWTH_PROGRAM;
  // A step cannot be done before the lead arrived: a typo, not a fast reply (arguments: received, then each step).
  for (let i = 0; i < steps.length; i++) {
    const at = steps[i];
    if (at !== undefined && at < received) throw new InputError(BEFORE_RECEIPT, undefined, 1 + i);
  }
  let problems = '';
  let allDone = true;
  for (let i = 0; i < leadSteps.length; i++) {
    const step = leadSteps[i];
    const deadline = received + step.hours * MS_PER_HOUR;
    const doneAt = steps[i];
    const done = doneAt !== undefined && doneAt <= asOf;
    if (!done) allDone = false;
    const label = done && doneAt > deadline ? words.late : !done && asOf > deadline ? words.overdue : undefined;
    if (label) problems += `${problems ? '; ' : ''}${label[lang]}: ${step.name[lang]}`;
  }
  if (problems) return problems;
  return (allDone ? words.ok : words.onTrack)[lang];
}
