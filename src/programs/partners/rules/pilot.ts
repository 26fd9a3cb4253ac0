import type { Day } from '../../../kernel/values/dates';
import type { Text } from '../../../kernel/i18n';
import type { TierProgram } from './seed';

/**
 * PILOT_STATUS: a test-licence pilot runs `days` calendar days counting
 * `start` as day 1, so its last day is start + days − 1; the report is due
 * within `reportWithinDays` after that last day (inclusive). A report dated
 * after `asOf` is not known yet as of that day and is ignored.
 */
export function pilotStatus(start: Day, days: number, reportDate: Day | undefined, asOf: Day, program: TierProgram): Text {
  const { reportWithinDays, statuses } = program.pilot;
  const lastDay = start + days - 1;
  const reportDue = lastDay + reportWithinDays;
  if (reportDate !== undefined && reportDate <= asOf) return reportDate <= reportDue ? statuses.reported : statuses.reportedLate;
  if (asOf <= lastDay) return statuses.running;
  return asOf <= reportDue ? statuses.reportDue : statuses.reportOverdue;
}
