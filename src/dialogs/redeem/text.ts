import { amountText, dayText, pluralWord, tx, wordsFor } from '../shared/i18n';

/** Every word the Redeem points dialog shows, in the language set last (the catalogs hold the others). */
function words() {
  return {
    loading: tx`Loading…`,
    client: tx`Client`,
    pickClient: tx`— pick a client —`,
    noClients: tx`The Clients sheet lists no clients yet.`,
    earned: tx`Earned`,
    spent: tx`Spent`,
    balance: tx.in('redeem')`Balance`,
    asOf: (day: string) => tx`as of ${day}`,
    asOfReportToo: (day: string) => tx`as of ${day}, also the Clients sheet's report date`,
    today: tx`Today`,
    reportDate: tx`Report date`,
    dates: (today: string, report: string) => tx`Today: ${today} · report date: ${report}`,
    balances: (today: number, day: string, report: number) => tx`Balance today: ${amountText(today)} · on the report date ${day}: ${amountText(report)}`,
    reportNote: tx`The Clients sheet shows its figures as of its report date; redeeming takes today's balance.`,
    refresh: tx`Refresh`,
    refreshing: tx`Refreshing…`,
    refreshed: tx`Re-read from the sheets.`,
    clientGone: (name: string) => tx`${name} is no longer on the Clients sheet.`,
    rewardOption: (name: string, code: string, points: number) => (name ? tx`${name} (${code}) — ${amountText(points)}` : tx`${code} — ${amountText(points)}`),
    catalog: tx`Catalog`,
    points: tx`Points`,
    reward: tx`Reward`,
    pickReward: tx`— pick a reward —`,
    quantity: tx`Quantity`,
    cost: (n: number) => tx`Cost: ${amountText(n)} ${pluralWord(n, 'point', 'points')}`,
    after: (n: number) => tx`balance after: ${amountText(n)}`,
    missing: (n: number) => tx`${amountText(n)} ${pluralWord(n, 'point', 'points')} missing`,
    badQuantity: tx`The quantity must be a whole number of 1 or more.`,
    needClient: tx`Pick a client first.`,
    needReward: tx`Pick a reward first.`,
    confirm: tx`Redeem`,
    working: tx`Redeeming…`,
    close: tx`Close`,
  };
}

export type Words = ReturnType<typeof words>;

/** The dialog's words in a language (the server's answers name it). */
export const wordsIn = wordsFor(words);

/** A number as the user reads it: `1,250`, `1 250`, `1.250`. */
export const formatPoints = (n: number): string => amountText(n);

/** An ISO day (`2026-11-22`) as the user writes dates. */
export const formatDay = (iso: string): string => dayText(iso);
