import { CellError, DayReader, clientKey, isBlank, numberOf } from './rules/cells';
import { BonusEngine } from './rules/engine';
import { readActivityLog } from './rules/log';
import { Redemptions, findReward, rewardCatalog } from './rules/rewards';
import type { RewardRule } from './rules/seed';
import { type Day, formatDay } from '../../kernel/values/dates';
import { InputError } from '../../kernel/errors';
import type { Bilingual, Lang } from '../../kernel/i18n';
import type { Notation, SheetReading } from '../../kernel/values/locale';
import type { Refusal } from '../../app/api';
import type { ClientPoints, Points, RedeemRequest, RedeemResult, RedeemState, Redeemed } from './api';
import { describeValue } from '../../kernel/functions/cells';
import { callContext } from '../../kernel/sheets/spreadsheet';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { type Table, appendRows, asText, readTable } from '../../kernel/sheets/table';
import { withDocumentLock } from '../../kernel/sheets/lock';
import { activeUserEmail } from '../../kernel/sheets/user';
import { userLang } from '../../kernel/sheets/language';
import { BONUS_ACTIVITY, BONUS_CLIENTS, BONUS_REDEMPTIONS } from './template';
import { type TableSheet, columnLetter } from '../../kernel/templates/layout';
import { Refused, refusing } from '../../kernel/sheets/refusal';
import { TEXT } from './texts';

/*
 * The Redeem points dialog's server side (SPEC §9.1).
 *
 * Balances are computed as of today (the spreadsheet zone's day of now) by the
 * bonus core: earned from each client's access date (Clients) and the Activity
 * log, spent from the Redemptions ledger. A redemption re-reads all three
 * sheets under the document lock (one getValues each), re-checks the balance
 * and appends ONE ledger row in ONE setValues, or refuses writing nothing.
 *
 * The Clients sheet's own columns count up to its report-date cell (the
 * template's side cell, which its formulas name as an absolute $F$2), so the
 * dialog's state also carries the figures as of that day, computed the way
 * those columns compute them: BONUS_POINTS as of the report date, less
 * everything in the ledger (BONUS_BALANCE). The cell comes in the same
 * getValues as the clients: it is in row 2, the first row under the header.
 */

/** The columns each sheet must have, in the order the core reads them. */
const CLIENT_COLUMNS = ['client', 'accessOpened'] as const;
const ACTIVITY_COLUMNS = ['date', 'client', 'code', 'value'] as const;
const LEDGER_READ = ['date', 'client', 'reward', 'points'] as const;
const LEDGER_COLUMNS = ['date', 'client', 'reward', 'points', 'quantity', 'requestId', 'user'] as const;

/** Longest request id accepted (the dialog sends a UUID: 36 characters). */
const MAX_REQUEST_ID = 100;

interface Settings {
  lang: Lang;
  /** The spreadsheet's time zone and notation, by which the sheets' date and number cells are read. */
  sheet: SheetReading;
  today: Day;
}

function settings(): Settings {
  const sheet = callContext();
  return { lang: userLang(), sheet, today: sheet.zone.dayOf(sheet.now) };
}

/** One client row of the Clients sheet. */
interface ClientRow {
  /** As the sheet spells it (trimmed). */
  name: string;
  /** How it is matched (case-insensitive, trimmed), as the core matches clients. */
  key: string;
  /** The access date, or undefined when the row has a problem. */
  accessOpened: Day | undefined;
  /** Why this client cannot redeem (no access date, listed twice…). */
  problem?: string;
}

interface Books {
  clients: Map<string, ClientRow>;
  /** The Clients sheet's report-date cell, read as a day (or why it is not one); empty when the cell is missing or empty. */
  reportDate: { day?: Day; problem?: string };
  engine: BonusEngine;
  ledger: Table;
  /** The ledger rows as `Date | Client | Reward | Points` (the core's column order). */
  ledgerRows: unknown[][];
  spent: Redemptions;
}

// ---------- reading ----------

/** The rows of a table with the given template columns first, in that order (the rows themselves when already so). */
function project(table: Table, keys: readonly string[]): unknown[][] {
  const indexes = keys.map((key) => table.columns[key] as number);
  if (indexes.every((index, i) => index === i)) return table.rows;
  return table.rows.map((row) => indexes.map((index) => row[index]));
}

/** A cell the core cannot read, said as the manager sees it: sheet, row, column, value. */
function cellProblem(table: Table, template: TableSheet, keys: readonly string[], error: CellError, lang: Lang): string {
  const column = template.columns.find((c) => c.key === keys[error.column]);
  const sheet = table.sheet.getName();
  const row = (error.item ?? 0) + 2;
  const value = describeValue(error.cell, lang);
  const what = error.text[lang];
  return lang === 'ru'
    ? `Лист «${sheet}», строка ${row}, столбец «${column?.header.ru ?? ''}»: ${value} — ${what}. Исправьте ячейку; ничего не записано.`
    : `The "${sheet}" sheet, row ${row}, column ${column?.header.en ?? ''}: ${value} ${what}. Correct the cell; nothing was written.`;
}

/** Runs a core reader over a table, turning a cell it cannot take into a refusal. */
function readCells<T>(table: Table, template: TableSheet, keys: readonly string[], lang: Lang, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CellError) throw new Refused(cellProblem(table, template, keys, error, lang));
    throw error;
  }
}

function clientName(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

/**
 * The Clients sheet's report date, found under its label (a manager may move
 * it): a day, nothing (no such cell, or an empty one: the sheet counts up to
 * today then), or why its value is not a date.
 */
function reportDateOf(table: Table, lang: Lang, sheet: SheetReading): { day?: Day; problem?: string } {
  const side = table.side.reportDate;
  if (side === undefined || isBlank(side.value)) return {};
  const day = new DayReader(sheet).read(side.value);
  if (day === day) return { day };
  const value = { en: describeValue(side.value, 'en'), ru: describeValue(side.value, 'ru') };
  return { problem: TEXT.reportDateNotADate(table.sheet.getName(), `${columnLetter(side.column)}2`, value)[lang] };
}

function readClients(lang: Lang, sheet: SheetReading): { clients: Map<string, ClientRow>; reportDate: { day?: Day; problem?: string } } {
  const table = readTable(BONUS_CLIENTS, lang, CLIENT_COLUMNS);
  const nameAt = table.columns.client as number;
  const dateAt = table.columns.accessOpened as number;
  const days = new DayReader(sheet);
  const clients = new Map<string, ClientRow>();
  const rowsOf = new Map<string, number[]>();
  table.rows.forEach((row, i) => {
    const name = clientName(row[nameAt]);
    if (name === '') return;
    const key = clientKey(name);
    const sheetRow = i + 2;
    const seen = rowsOf.get(key);
    if (seen) {
      seen.push(sheetRow);
      const first = clients.get(key)!;
      first.accessOpened = undefined;
      first.problem = TEXT.listedTwice(first.name, seen)[lang];
      return;
    }
    rowsOf.set(key, [sheetRow]);
    const cell = row[dateAt];
    const day = days.read(cell);
    const client: ClientRow = { name, key, accessOpened: day === day ? day : undefined };
    if (day !== day) client.problem = TEXT.noAccessDate(name, sheetRow, isBlank(cell) ? undefined : describeValue(cell, lang))[lang];
    clients.set(key, client);
  });
  return { clients, reportDate: reportDateOf(table, lang, sheet) };
}

function readBooks(lang: Lang, sheet: SheetReading): Books {
  const ledger = readTable(BONUS_REDEMPTIONS, lang, LEDGER_COLUMNS);
  const ledgerRows = project(ledger, LEDGER_READ);
  const spent = readCells(ledger, BONUS_REDEMPTIONS, LEDGER_READ, lang, () => new Redemptions(ledgerRows, sheet));
  const { clients, reportDate } = readClients(lang, sheet);
  const activity = readTable(BONUS_ACTIVITY, lang, ACTIVITY_COLUMNS);
  const log = readCells(activity, BONUS_ACTIVITY, ACTIVITY_COLUMNS, lang, () => readActivityLog(project(activity, ACTIVITY_COLUMNS), sheet));
  return { clients, reportDate, engine: new BonusEngine(log), ledger, ledgerRows, spent };
}

/** A client's points earned as of a day, spent (the whole ledger, as BONUS_BALANCE counts it) and the balance. */
function pointsOf(books: Books, client: ClientRow, day: Day): Points {
  const earned = client.accessOpened === undefined ? 0 : books.engine.earned(client.name, client.accessOpened, day);
  const spent = books.spent.spentBy(client.name);
  return { earned, spent, balance: earned - spent };
}

// ---------- the dialog's calls ----------

/**
 * What the dialog shows when it opens (and on Refresh): every client's points
 * as of today and, when the Clients sheet has a report date, as of that day
 * too; and the catalog, each reward with its name in the user's language.
 */
export function getRedeemState(): RedeemState | Refusal {
  const { lang, sheet, today } = settings();
  return refusing(() => {
    const books = readBooks(lang, sheet);
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
      catalog: rewardCatalog().map((reward) => ({ code: reward.code, name: reward.name[lang], points: reward.points })),
    };
    if (reportDay !== undefined) state.reportDate = formatDay(reportDay, 'en');
    if (books.reportDate.problem) state.reportDateProblem = books.reportDate.problem;
    return state;
  });
}

/**
 * Records one redemption: `quantity` × the reward's price taken from the
 * client's balance, as ONE new Redemptions row (date, client, reward code,
 * points, quantity, request id, user), written in one setValues under the
 * document lock after re-reading the sheets and re-checking the balance.
 * A request id already in the ledger writes nothing and returns that row's result.
 */
export function redeemPoints(request: RedeemRequest): RedeemResult {
  const { lang, sheet, today } = settings();
  const refuse = (text: Bilingual): Refusal => ({ ok: false, message: text[lang] });

  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof RedeemRequest, unknown>>;
  const requestId = typeof fields.requestId === 'string' ? fields.requestId.trim() : '';
  if (requestId === '' || requestId.length > MAX_REQUEST_ID) return refuse(TEXT.badRequest);
  const clientText = typeof fields.client === 'string' ? fields.client : '';
  const rewardText = typeof fields.reward === 'string' ? fields.reward : '';
  const quantity = wholeNumber(fields.quantity, sheet);

  return withDocumentLock(lang, () =>
    refusing((): RedeemResult => {
      const books = readBooks(lang, sheet);

      const first = findRequest(books, requestId);
      if (first >= 0) return replay(books, first, requestId, lang, sheet, today);

      const client = clientText.trim() === '' ? undefined : books.clients.get(clientKey(clientText));
      if (!client) return refuse(TEXT.unknownClient(clientText));
      if (client.problem) return { ok: false, message: client.problem };

      let reward: RewardRule;
      try {
        reward = findReward(rewardText);
      } catch (error) {
        if (error instanceof InputError) return refuse(TEXT.unknownReward(rewardText));
        throw error;
      }
      if (quantity === undefined) return refuse(TEXT.badQuantity(fields.quantity));

      const cost = reward.points * quantity;
      const { earned, spent, balance } = pointsOf(books, client, today);
      if (cost > balance) return refuse(TEXT.tooFew(client.name, balance, quantity, reward.code, cost));

      const email = activeUserEmail();
      appendRows(books.ledger, [
        {
          date: new Date(sheet.zone.startOfDay(today)),
          client: asText(client.name),
          reward: asText(reward.code),
          points: cost,
          quantity,
          requestId: asText(requestId),
          user: asText(email),
        },
      ]);
      const after = spent + cost;
      return redeemed(lang, {
        client: client.name,
        reward: reward.code,
        quantity,
        points: cost,
        earned,
        spent: after,
        balance: earned - after,
        requestId,
        date: formatDay(today, 'en'),
        repeated: false,
      });
    }),
  );
}

/** A whole number ≥ 1 (a number, or text holding one), else undefined. */
function wholeNumber(value: unknown, notation: Notation): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? numberOf(value.trim(), notation) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** The ledger row (index into the table's rows) that carries this request id, or −1. */
function findRequest(books: Books, requestId: string): number {
  const at = books.ledger.columns.requestId as number;
  const rows = books.ledger.rows;
  for (let i = 0; i < rows.length; i++) {
    const cell = rows[i][at];
    if (cell === requestId || (cell !== '' && String(cell).trim() === requestId)) return i;
  }
  return -1;
}

/**
 * The result the first call with this request id returned, rebuilt from its
 * ledger row: its points and quantity, and the client's balance right after
 * it — points earned as of the row's date less the points spent in the
 * ledger up to and including that row.
 */
function replay(books: Books, index: number, requestId: string, lang: Lang, sheet: SheetReading, today: Day): Redeemed {
  const row = books.ledger.rows[index];
  const at = (key: string) => row[books.ledger.columns[key] as number];
  const written = clientName(at('client'));
  const client = books.clients.get(clientKey(written));
  const dayCell = new DayReader(sheet).read(at('date'));
  const day = dayCell === dayCell ? dayCell : today;
  const earned = client && client.accessOpened !== undefined ? books.engine.earned(client.name, client.accessOpened, day) : 0;
  // Rows are all readable: the whole ledger was read by the core a moment ago.
  const spent = new Redemptions(books.ledgerRows.slice(0, index + 1), sheet).spentBy(written);
  const points = numberOf(at('points'), sheet);
  const quantity = numberOf(at('quantity'), sheet);
  return redeemed(lang, {
    client: client?.name ?? written,
    reward: String(at('reward')),
    quantity: quantity === quantity ? quantity : 1,
    points,
    earned,
    spent,
    balance: earned - spent,
    requestId,
    date: formatDay(day, 'en'),
    repeated: true,
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
    description: "Redeem dialog server call: clients with points earned, spent and balance as of today and as of the Clients sheet's report date, and the reward catalog.",
    run: getRedeemState,
  }),
  serverCall({
    name: 'redeemPoints',
    params: ['request'],
    description: 'Redeem dialog server call: records one redemption {client, reward, quantity, requestId} under the document lock, or refuses.',
    run: redeemPoints,
  }),
] as const satisfies readonly EntryPoint[];
