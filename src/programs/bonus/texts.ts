import { perLang, plural, same, t, type Text } from '../../kernel/i18n';
import { formatAmount } from '../../kernel/values/numbers';
import { excerpt } from '../../kernel/values/text';
import type { Redeemed } from './api';

/* The Redeem points dialog's server messages, in every language (SPEC §2.8). */

const points = (n: number): Text => t`${perLang((lang) => formatAmount(n, lang))} ${plural(n, 'point', 'points')}`;
const quoted = (text: string): Text => t`"${excerpt(text, 60)}"`;

export const TEXT = {
  badRequest: t`The request has no valid request id. Reopen the dialog and try again; nothing was written.`,
  unknownClient: (name: string) =>
    name.trim() === ''
      ? t`Pick a client. Nothing was written.`
      : t`There is no client ${quoted(name)} on the Clients sheet. Pick a client from the list; nothing was written.`,
  unknownReward: (text: string) =>
    text.trim() === ''
      ? t`Pick a reward. Nothing was written.`
      : t`${quoted(text)} is not a reward in the catalog. Pick a reward from the list; nothing was written.`,
  badQuantity: (value: unknown) => {
    const shown = value === undefined || value === null || value === '' ? null : excerpt(String(value), 30);
    return t`The quantity${shown === null ? '' : ` (${shown})`} must be a whole number of 1 or more. Nothing was written.`;
  },
  tooFew: (client: string, balance: number, quantity: number, reward: string, cost: number) => {
    const missing = cost - balance;
    return t`${client} has ${points(balance)}, but ${quantity} × ${reward} costs ${points(cost)}: ${points(missing)} missing. Nothing was written.`;
  },
  noAccessDate: (client: string, row: number, value: string | undefined) =>
    value === undefined
      ? t`${client} has no access date (Clients sheet, row ${row}), so its points cannot be computed. Enter the date first.`
      : t`The access date of ${client} (Clients sheet, row ${row}) is not a date: ${value}. Correct it first.`,
  listedTwice: (client: string, rows: number[]) =>
    t`${client} is listed more than once on the Clients sheet (rows ${rows.join(', ')}). Keep one row per client first.`,
  reportDateNotADate: (sheet: string, cell: string, value: Text) =>
    t`The report date on the "${sheet}" sheet (${cell}) is not a date: ${value}. The figures below are as of today only; correct the cell to see them as of the report date too.`,
  rulesCell: (sheet: string, cell: string, header: string, value: string, problem: Text) =>
    t`The "${sheet}" sheet, cell ${cell}${header ? ` (${header})` : ''}: ${value} ${problem}. The points and the catalog follow that sheet: correct the cell first; nothing was written.`,
  rulesTable: (sheet: string, problem: Text) =>
    t`The "${sheet}" sheet ${problem}. The points and the catalog follow that sheet: correct it first; nothing was written.`,
  done: (r: Omit<Redeemed, 'ok' | 'message'>) => {
    const already = r.repeated ? t` (already recorded: nothing new was written)` : same('');
    return t`Redeemed ${r.quantity} × ${r.reward} (${points(r.points)}) for ${r.client}${already}. Balance: ${points(r.balance)}.`;
  },
};
