import type { Refusal } from '../../kernel/sheets/refusal';
import { type Lang, same, type Text } from '../../kernel/i18n';
import { readCall, writeCall } from '../../kernel/sheets/dialogCall';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { refusal } from '../../kernel/sheets/refusal';
import { rowsWithRequestId } from '../../kernel/sheets/requests';
import { appendRows, asText } from '../../kernel/sheets/table';
import { formatDay } from '../../kernel/values/dates';
import type { ClientPoints, RedeemRequest, RedeemResult, RedeemState, Redeemed } from './api';
import { type RedemptionRefusal, decideRedemption, pointsOf, recordedRedemption } from './rules/redemption';
import { rewardCatalog } from './rules/rewards';
import { readBooks } from './sheets';
import { TEXT } from './texts';

/*
 * The Redeem points dialog's server side (SPEC §9.1): read (sheets.ts: the
 * Clients sheet, the Activity log and the Redemptions ledger, one getValues
 * each) → decide (rules/redemption.ts) → ONE setValues appending one ledger
 * row under the document lock, or a refusal that writes nothing; every call
 * through the kernel's dialog-call helper.
 *
 * Balances are as of today (the spreadsheet zone's day of now): earned from
 * each client's access date and the log, spent from the whole ledger. The
 * dialog's state also carries the figures as of the Clients sheet's report
 * date, computed the way that sheet's columns compute them.
 */

/**
 * What the dialog shows when it opens (and on Refresh): every client's points
 * as of today and, when the Clients sheet has a report date, as of that day
 * too; and the catalog, each reward with its name in the user's language.
 */
export function getRedeemState(): RedeemState | Refusal {
  return readCall(({ lang, ctx, today }) => {
    const books = readBooks(lang, ctx);
    const reportDay = books.reportDate.day;
    const clients: ClientPoints[] = [];
    for (const client of books.clients.values()) {
      if (client.problem) {
        clients.push({ name: client.name, earned: 0, spent: 0, balance: 0, problem: client.problem });
        continue;
      }
      const points: ClientPoints = { name: client.name, ...pointsOf(books, client, today) };
      if (reportDay !== undefined) points.atReportDate = pointsOf(books, client, reportDay);
      clients.push(points);
    }
    const state: RedeemState = {
      ok: true as const,
      lang,
      today: formatDay(today, 'en'),
      clients,
      catalog: rewardCatalog(books.program).map((reward) => ({ code: reward.code, name: reward.name[lang], points: reward.points })),
    };
    if (reportDay !== undefined) state.reportDate = formatDay(reportDay, 'en');
    if (books.reportDate.problem) state.reportDateProblem = books.reportDate.problem;
    return state;
  });
}

/** A refusal of the rules, worded. */
function refusalText(refused: RedemptionRefusal): Text {
  switch (refused.reason) {
    case 'unknownClient':
      return TEXT.unknownClient(refused.client);
    case 'clientProblem':
      return same(refused.problem);
    case 'unknownReward':
      return TEXT.unknownReward(refused.reward);
    case 'badQuantity':
      return TEXT.badQuantity(refused.quantity);
    case 'tooFew':
      return TEXT.tooFew(refused.client, refused.balance, refused.quantity, refused.reward, refused.cost);
  }
}

/**
 * Records one redemption: `quantity` × the reward's price taken from the
 * client's balance, as ONE new Redemptions row (date, client, reward code,
 * points, quantity, request id, user), written in one setValues under the
 * document lock after re-reading the sheets and re-checking the balance.
 * A request id already in the ledger writes nothing and returns that row's
 * result, whatever else the repeated request says.
 */
export function redeemPoints(request: RedeemRequest): RedeemResult {
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof RedeemRequest, unknown>>;
  return writeCall(fields.requestId, (call): RedeemResult => {
    const { lang, ctx, today, requestId } = call;
    const books = readBooks(lang, ctx);

    const first = rowsWithRequestId(books.ledger, requestId)[0];
    if (first !== undefined) {
      const quantity = books.ledger.rows[first][books.ledger.columns.quantity as number];
      const { day, ...again } = recordedRedemption(books, books.ledgerRows, first, quantity, today, ctx);
      return redeemed(lang, { ...again, requestId, date: formatDay(day, 'en'), repeated: true });
    }

    const decision = decideRedemption(books, fields, today, ctx);
    if (!decision.ok) return refusal(refusalText(decision.refusal), lang);
    const { row } = decision;
    // The answer and every cell are made before the write: nothing that could fail runs after it.
    const result = redeemed(lang, {
      client: row.client,
      reward: row.reward,
      quantity: row.quantity,
      points: row.points,
      earned: decision.earned,
      spent: decision.spent,
      balance: decision.balance,
      requestId,
      date: formatDay(row.day, 'en'),
      repeated: false,
    });
    appendRows(books.ledger, [
      {
        date: new Date(ctx.zone.startOfDay(row.day)),
        client: asText(row.client),
        reward: asText(row.reward),
        points: row.points,
        quantity: row.quantity,
        requestId: asText(requestId),
        user: asText(call.user),
      },
    ]);
    return result;
  });
}

function redeemed(lang: Lang, result: Omit<Redeemed, 'ok' | 'message'>): Redeemed {
  return { ok: true, ...result, message: TEXT.done(result)[lang] };
}

/** The redeem dialog's menu item and server functions. */
export const redeemEntryPoints = [
  { name: 'showRedeemDialog', params: [], description: 'Menu: opens the Redeem points sidebar.', run: () => showDialog(DIALOGS.redeem) },
  serverCall({
    name: 'getRedeemState',
    params: [],
    description:
      "Redeem dialog server call: clients with points earned, spent and balance as of today and as of the Clients sheet's report date, and the reward catalog.",
    run: getRedeemState,
  }),
  serverCall({
    name: 'redeemPoints',
    params: ['request'],
    description: 'Redeem dialog server call: records one redemption {client, reward, quantity, requestId} under the document lock, or refuses.',
    run: redeemPoints,
  }),
] as const satisfies readonly EntryPoint[];
