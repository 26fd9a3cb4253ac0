import { InputError } from '../../../kernel/errors';
import type { Lang } from '../../../kernel/i18n';
import type { LeadRules } from './seed';
import { isBreach, leadSlaStatus } from './sla';

/*
 * A handling breach (SPEC §9.3): the partner receiving the leads broke the
 * lead-handling rules, as LEAD_SLA shows on its leads (`late` or `overdue`).
 * The dialog lists those leads before the manager switches the leads to the
 * next place; the decision itself is the manager's (a client the vendor
 * called may tell what no sheet shows), so none is required.
 */

/** A lead as the rule reads it: when it came in and when each step was done. */
export interface LeadTimes {
  received: number;
  steps: ReadonlyArray<number | undefined>;
}

/** A lead LEAD_SLA finds late or overdue, with its status as the sheet's SLA column words it. */
export interface LateLead<L extends LeadTimes> {
  lead: L;
  status: string;
}

/**
 * The leads among `leads` that LEAD_SLA, under `rules` and as of `asOf`,
 * finds late or overdue, in their order. A lead LEAD_SLA refuses (a step
 * before the lead came in, a step past the table's last) throws its
 * InputError, with `item` the lead's index in `leads` and `argument` the
 * step (1 = the first step).
 */
export function lateLeads<L extends LeadTimes>(leads: readonly L[], asOf: number, lang: Lang, rules: LeadRules): LateLead<L>[] {
  const late: LateLead<L>[] = [];
  leads.forEach((lead, index) => {
    let status: string;
    try {
      status = leadSlaStatus(lead.received, lead.steps, asOf, lang, rules);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.text, index, error.argument);
      throw error;
    }
    if (isBreach(status, lang)) late.push({ lead, status });
  });
  return late;
}
