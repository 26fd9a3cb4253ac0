import { type Text, bi, pluralRu } from '../../kernel/i18n';
import { formatAmount } from '../../kernel/values/numbers';
import { excerpt } from '../../kernel/values/text';
import type { Redeemed } from './api';

/* The Redeem points dialog's server messages, in both languages (SPEC §2.8). */

const points = (n: number): Text =>
  bi(`${formatAmount(n, 'en')} ${Math.abs(n) === 1 ? 'point' : 'points'}`, `${formatAmount(n, 'ru')} ${pluralRu(n, 'балл', 'балла', 'баллов')}`);
const quoted = (text: string): Text => bi(`"${excerpt(text, 60)}"`, `«${excerpt(text, 60)}»`);

export const TEXT = {
  badRequest: bi(
    'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
    'У запроса нет правильного номера. Откройте окно заново и повторите; ничего не записано.',
  ),
  unknownClient: (name: string) =>
    name.trim() === ''
      ? bi('Pick a client. Nothing was written.', 'Выберите клиента. Ничего не записано.')
      : bi(
          `There is no client ${quoted(name).en} on the Clients sheet. Pick a client from the list; nothing was written.`,
          `На листе «Клиенты» нет клиента ${quoted(name).ru}. Выберите клиента из списка; ничего не записано.`,
        ),
  unknownReward: (text: string) =>
    text.trim() === ''
      ? bi('Pick a reward. Nothing was written.', 'Выберите награду. Ничего не записано.')
      : bi(
          `${quoted(text).en} is not a reward in the catalog. Pick a reward from the list; nothing was written.`,
          `В каталоге нет награды ${quoted(text).ru}. Выберите награду из списка; ничего не записано.`,
        ),
  badQuantity: (value: unknown) => {
    const shown = value === undefined || value === null || value === '' ? null : excerpt(String(value), 30);
    return bi(
      `The quantity${shown === null ? '' : ` (${shown})`} must be a whole number of 1 or more. Nothing was written.`,
      `Количество${shown === null ? '' : ` (${shown})`} должно быть целым числом от 1. Ничего не записано.`,
    );
  },
  tooFew: (client: string, balance: number, quantity: number, reward: string, cost: number) => {
    const missing = cost - balance;
    return bi(
      `${client} has ${points(balance).en}, but ${quantity} × ${reward} costs ${points(cost).en}: ${points(missing).en} missing. Nothing was written.`,
      `У клиента «${client}» ${points(balance).ru}, а ${quantity} × ${reward} стоит ${points(cost).ru}: не хватает ${points(missing).ru}. Ничего не записано.`,
    );
  },
  noAccessDate: (client: string, row: number, value: string | undefined) =>
    value === undefined
      ? bi(
          `${client} has no access date (Clients sheet, row ${row}), so its points cannot be computed. Enter the date first.`,
          `У клиента «${client}» не указана дата открытия доступа (лист «Клиенты», строка ${row}), баллы не посчитать. Сначала укажите дату.`,
        )
      : bi(
          `The access date of ${client} (Clients sheet, row ${row}) is not a date: ${value}. Correct it first.`,
          `Дата открытия доступа клиента «${client}» (лист «Клиенты», строка ${row}) не дата: ${value}. Сначала исправьте её.`,
        ),
  listedTwice: (client: string, rows: number[]) =>
    bi(
      `${client} is listed more than once on the Clients sheet (rows ${rows.join(', ')}). Keep one row per client first.`,
      `Клиент «${client}» записан на листе «Клиенты» несколько раз (строки ${rows.join(', ')}). Оставьте одну строку на клиента.`,
    ),
  reportDateNotADate: (sheet: string, cell: string, value: { en: string; ru: string }) =>
    bi(
      `The report date on the "${sheet}" sheet (${cell}) is not a date: ${value.en}. The figures below are as of today only; correct the cell to see them as of the report date too.`,
      `Дата отчёта на листе «${sheet}» (${cell}) не дата: ${value.ru}. Баллы ниже показаны только на сегодня; исправьте ячейку, чтобы видеть их и на дату отчёта.`,
    ),
  rulesCell: (sheet: string, cell: string, header: string, value: string, problem: Bilingual) =>
    bi(
      `The "${sheet}" sheet, cell ${cell}${header ? ` (${header})` : ''}: ${value} ${problem.en}. The points and the catalog follow that sheet: correct the cell first; nothing was written.`,
      `Лист «${sheet}», ячейка ${cell}${header ? ` (${header})` : ''}: ${value} — ${problem.ru}. Баллы и каталог считаются по этому листу: сначала исправьте ячейку; ничего не записано.`,
    ),
  rulesTable: (sheet: string, problem: Bilingual) =>
    bi(
      `The "${sheet}" sheet ${problem.en}. The points and the catalog follow that sheet: correct it first; nothing was written.`,
      `Лист «${sheet}»: ${problem.ru}. Баллы и каталог считаются по этому листу: сначала исправьте его; ничего не записано.`,
    ),
  done: (r: Omit<Redeemed, 'ok' | 'message'>) => {
    const already = r.repeated ? bi(' (already recorded: nothing new was written)', ' (уже было записано: ничего нового не записано)') : bi('', '');
    return bi(
      `Redeemed ${r.quantity} × ${r.reward} (${points(r.points).en}) for ${r.client}${already.en}. Balance: ${points(r.balance).en}.`,
      `Списано ${r.quantity} × ${r.reward} (${points(r.points).ru}) у клиента «${r.client}»${already.ru}. Остаток: ${points(r.balance).ru}.`,
    );
  },
};
