import { tx, wordsFor } from '../shared/i18n';

/** The dialog's words in the language set last (the catalogs hold every language's). */
function words() {
  return {
    month: tx`Reporting month`,
    compared: (previous: string) => tx`Growth over the month before: ${previous}`,
    loading: tx`Loading…`,
    place: tx`Place`,
    partner: tx`Partner`,
    growth: tx`Growth`,
    subscriptions: tx`Subscriptions`,
    status: '',
    pickAria: (partner: string) => tx`Pick ${partner}`,
    tie: tx`tie`,
    tieLegend: tx`“=” marks a tie: equal growth and equal subscriptions share the place.`,
    leftOut: tx`Left out of this month`,
    record: tx`Record winner`,
    recordNamed: (partner: string, month: string) => tx`Record ${partner} as the winner for ${month}`,
    decline: tx`Winner declined`,
    breach: tx`Handling breach`,
    close: tx`Close`,
    pick: tx`Pick the partner on the podium first.`,
    records: tx`Recorded for this month`,
    cancelRow: (row: number) => tx`Cancel row ${row}`,
    confirmCancel: (row: number) => tx`Confirm: cancel row ${row}`,
    declineTitle: (partner: string) => tx`${partner} declines the leads`,
    breachTitle: (partner: string) => tx`Handling breach by ${partner}`,
    lead: tx`Lead`,
    received: tx`Received`,
    sla: tx`SLA`,
    switchFrom: tx`The leads pass on from`,
    passTo: (partner: string, day: string) => tx`Pass the leads to ${partner} from ${day}`,
    declineFrom: (day: string) => tx`Record the decline from ${day}`,
    switchTo: (partner: string, day: string) => tx`Switch the leads to ${partner} from ${day}`,
    breachFrom: (day: string) => tx`Record the breach from ${day}`,
    back: tx`Back`,
    pickDay: tx`Pick the day the leads pass on.`,
  };
}

export type Words = ReturnType<typeof words>;

/** The dialog's words in a language (the server's answers name it). */
export const wordsIn = wordsFor(words);

/** The place as the podium shows it: `2 =` when the place is shared. */
export function placeText(place: number, tied: boolean): string {
  return tied ? `${place} =` : String(place);
}
