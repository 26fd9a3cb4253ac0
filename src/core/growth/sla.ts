import { type Bilingual, joinBi } from '../i18n';
import { GROWTH_PROGRAM } from './rules';

const MS_PER_HOUR = 3_600_000;

/**
 * The lead-handling rule: each step has a deadline counted from receiving the
 * lead (inclusive). Times are instants in milliseconds. A step recorded after
 * `asOf` is not known yet as of that moment and counts as not done.
 */
export function leadSlaStatus(received: number, steps: ReadonlyArray<number | undefined>, asOf: number): Bilingual {
  const { leadSteps, words } = GROWTH_PROGRAM;
  const problems: Bilingual[] = [];
  let allDone = true;
  leadSteps.forEach((step, i) => {
    const deadline = received + step.hours * MS_PER_HOUR;
    const doneAt = steps[i];
    const done = doneAt !== undefined && doneAt <= asOf;
    if (!done) allDone = false;
    if (done && doneAt > deadline) problems.push(labelled(words.late, step.name));
    else if (!done && asOf > deadline) problems.push(labelled(words.overdue, step.name));
  });
  if (problems.length) return joinBi(problems, '; ');
  return allDone ? words.ok : words.onTrack;
}

function labelled(label: Bilingual, step: Bilingual): Bilingual {
  return { en: `${label.en}: ${step.en}`, ru: `${label.ru}: ${step.ru}` };
}
