import { type Day, formatDay } from '../../kernel/values/dates';
import { type Text, bi, pluralRu } from '../../kernel/i18n';
import { excerpt } from '../../kernel/values/text';
import type { DealRow } from './rules/dealStatus';
import type { RequestProblem } from './rules/dealRequest';
import type { RefusalCase } from './rules/decisions';
import { TIERS_PROGRAM, type TierRule } from './rules/seed';
import type { DealReason, DealRegistered } from './api';

/*
 * The Register a deal dialog's messages, in both languages (the caller picks
 * the user's), and the wording of every refusal the decisions of
 * rules/decisions.ts return.
 */

/** 1 time / 1 раз, 2 раза, 5 раз. */
const times = (n: number) => bi(`${n} ${n === 1 ? 'time' : 'times'}`, `${n} ${pluralRu(n, 'раз', 'раза', 'раз')}`);

const day2 = (day: Day) => bi(formatDay(day, 'en'), formatDay(day, 'ru'));
const quoted = (text: string) => bi(`"${excerpt(text, 60)}"`, `«${excerpt(text, 60)}»`);

/** The seed's reasons for refusing a registration or an extension (seed 001), as the refusal's first words. */
const REASONS: Record<DealReason, Text> = {
  1: bi('incomplete or incorrect data', 'неполные или некорректные данные'),
  2: bi('the partner is not authorised', 'отсутствие авторизации партнёра'),
  3: bi('the deal is registered to another partner', 'сделка зарегистрирована за другим партнёром'),
  5: bi("the extension limit of the partner's tier is exhausted", 'исчерпан лимит продлений в рамках партнёрского статуса'),
};

export const TEXT = {
  reason: (n: DealReason, detail: Text) =>
    bi(`Refused, reason ${n}: ${REASONS[n].en}. ${detail.en} Nothing was written.`, `Отказ, причина ${n}: ${REASONS[n].ru}. ${detail.ru} Ничего не записано.`),
  incomplete: (problems: Text[]) => {
    const en = problems.map((p) => p.en).join('; ');
    const ru = problems.map((p) => p.ru).join('; ');
    return bi(`${en[0].toUpperCase()}${en.slice(1)}.`, `${ru[0].toUpperCase()}${ru.slice(1)}.`);
  },
  needPartner: bi('pick a partner', 'выберите партнёра'),
  needCustomer: bi('enter the customer (its legal name)', 'укажите заказчика (наименование юрлица)'),
  needProducts: bi('enter at least one product (a comma- or semicolon-separated list)', 'укажите хотя бы один продукт (через запятую или точку с запятой)'),
  badTaxId: (value: string) => bi(`the tax ID ${quoted(value).en} must be 10 or 12 digits`, `ИНН ${quoted(value).ru} должен состоять из 10 или 12 цифр`),
  badAmount: (value: string) =>
    bi(`the expected amount ${quoted(value).en} must be a number of 0 or more`, `ожидаемая сумма ${quoted(value).ru} должна быть числом не меньше 0`),
  notListed: (name: string, sheet: string) =>
    name.trim() === ''
      ? bi(`Pick a partner from the "${sheet}" sheet.`, `Выберите партнёра с листа «${sheet}».`)
      : bi(`${quoted(name).en} is not on the "${sheet}" sheet.`, `Партнёра ${quoted(name).ru} нет на листе «${sheet}».`),
  notAuthorised: (name: string, sheet: string, row: number) =>
    bi(
      `${name} is not ticked as Authorised on the "${sheet}" sheet (row ${row}).`,
      `У партнёра «${name}» не отмечен флажок «Авторизован» на листе «${sheet}» (строка ${row}).`,
    ),
  deauthorised: (name: string, sheet: string, row: number) =>
    bi(
      `The vendor deauthorised ${name} ("${sheet}" sheet, row ${row}, Vendor override).`,
      `Вендор деавторизовал партнёра «${name}» (лист «${sheet}», строка ${row}, «Решение вендора»).`,
    ),
  owned: (owner: DealRow, expires: Day, sheet: string, partner: string) =>
    bi(
      `${owner.partner} registered ${owner.customer} on ${day2(owner.registered).en} ("${sheet}" sheet, row ${owner.row}: ${owner.products}); that registration runs until ${day2(expires).en}. ${partner} may still sell the same products to this customer at a discount of up to 5%, at the vendor's discretion.`,
      `Партнёр «${owner.partner}» зарегистрировал сделку с заказчиком ${owner.customer} ${day2(owner.registered).ru} (лист «${sheet}», строка ${owner.row}: ${owner.products}); регистрация действует до ${day2(expires).ru}. Партнёр «${partner}» может продавать этому заказчику те же продукты со скидкой до 5% на усмотрение вендора.`,
    ),
  /** The partner's own open registration of the deal, as a refusal names it; `extending` is the repeat an extension was asked for. */
  ownOpen: (deal: DealRow, sheet: string, extending: DealRow | undefined) =>
    bi(
      `${extending ? `Row ${extending.row} repeats the registration of ${deal.customer} that ${deal.partner} made` : `${deal.partner} already registered ${deal.customer}`} on ${day2(deal.registered).en} ("${sheet}" sheet, row ${deal.row}: ${deal.products}), and that registration is still open`,
      `${extending ? `Строка ${extending.row} повторяет регистрацию сделки с заказчиком ${deal.customer}, которую партнёр «${deal.partner}» сделал` : `Партнёр «${deal.partner}» уже зарегистрировал сделку с заказчиком ${deal.customer}`} ${day2(deal.registered).ru} (лист «${sheet}», строка ${deal.row}: ${deal.products}), и эта регистрация ещё открыта`,
    ),
  repeatLimit: (deal: DealRow, sheet: string, extending: DealRow | undefined) => {
    const open = TEXT.ownOpen(deal, sheet, extending);
    const allowed = deal.tier.benefits.extensions;
    return bi(
      `${open.en} with ${deal.extensions} ${deal.extensions === 1 ? 'extension' : 'extensions'}, where a ${deal.tier.name.en} registration may be extended ${times(allowed).en}: registering the same deal again is no way around the extension limit. Record its outcome first; a registration after that is a new deal.`,
      `${open.ru}, продлений у неё ${deal.extensions}, а регистрацию со статусом «${deal.tier.name.ru}» можно продлить ${times(allowed).ru}: повторная регистрация той же сделки не обходит лимит продлений. Сначала запишите её итог; регистрация после этого — новая сделка.`,
    );
  },
  repeat: (deal: DealRow, expires: Day, expired: boolean, sheet: string, extending: DealRow | undefined) => {
    const open = TEXT.ownOpen(deal, sheet, extending);
    const verb = extending ? bi('extending the repeat', 'продлевать повтор') : bi('registering the same deal again', 'регистрировать ту же сделку повторно');
    return expired
      ? bi(
          `Refused: ${open.en}, though it expired on ${day2(expires).en}; ${verb.en} is not allowed. Record its outcome (won, lost or cancelled) first; a registration after that is a new deal. Nothing was written.`,
          `Отказ: ${open.ru}, хотя и истекла ${day2(expires).ru}; ${verb.ru} нельзя. Сначала запишите её итог (выиграна, проиграна или отменена); регистрация после этого — новая сделка. Ничего не записано.`,
        )
      : bi(
          `Refused: ${open.en} (until ${day2(expires).en}); ${verb.en} is not allowed. Extend row ${deal.row} (${deal.extensions} of ${deal.tier.benefits.extensions} ${deal.tier.benefits.extensions === 1 ? 'extension' : 'extensions'} used), or record its outcome and then register anew. Nothing was written.`,
          `Отказ: ${open.ru} (до ${day2(expires).ru}); ${verb.ru} нельзя. Продлите строку ${deal.row} (использовано продлений: ${deal.extensions} из ${deal.tier.benefits.extensions}) или запишите её итог и зарегистрируйте сделку заново. Ничего не записано.`,
        );
  },
  limit: (deal: DealRow) => {
    const allowed = deal.tier.benefits.extensions;
    return bi(
      `A ${deal.tier.name.en} registration may be extended ${times(allowed).en}; row ${deal.row} (${deal.customer}) has ${deal.extensions} ${deal.extensions === 1 ? 'extension' : 'extensions'} already.`,
      `Регистрацию со статусом «${deal.tier.name.ru}» можно продлить ${times(allowed).ru}; у строки ${deal.row} (${deal.customer}) продлений уже ${deal.extensions}.`,
    );
  },
  expired: (deal: DealRow, expires: Day) =>
    bi(
      `The registration of ${deal.customer} (row ${deal.row}) expired on ${day2(expires).en}, so it can no longer be extended: record its outcome, then register the deal anew. Nothing was written.`,
      `Регистрация сделки с заказчиком ${deal.customer} (строка ${deal.row}) истекла ${day2(expires).ru}, продлить её уже нельзя: запишите её итог и зарегистрируйте сделку заново. Ничего не записано.`,
    ),
  closed: (deal: DealRow, outcome: Text) =>
    bi(
      `The deal with ${deal.customer} (row ${deal.row}) is closed (${outcome.en}): nothing to extend or update. Nothing was written.`,
      `Сделка с заказчиком ${deal.customer} (строка ${deal.row}) закрыта (${outcome.ru}): продлевать и обновлять нечего. Ничего не записано.`,
    ),
  pickDeal: bi('Pick a registration from the list first. Nothing was written.', 'Сначала выберите регистрацию из списка. Ничего не записано.'),
  changed: (sheet: string) =>
    bi(
      `The "${sheet}" sheet has changed since the list was shown: the registration is no longer in its row. Reload the list and try again; nothing was written.`,
      `Лист «${sheet}» изменился после загрузки списка: регистрации больше нет в этой строке. Обновите список и повторите; ничего не записано.`,
    ),
  badOutcome: (value: string) =>
    bi(
      `${quoted(value).en} is not an outcome: use open, won, lost or cancelled. Nothing was written.`,
      `${quoted(value).ru} — неизвестный итог: допустимы в работе, выиграна, проиграна, отменена. Ничего не записано.`,
    ),
  partnerTwice: (name: string, sheet: string, rows: number[]) =>
    bi(
      `${name} is listed more than once on the "${sheet}" sheet (rows ${rows.join(', ')}). Keep one row per partner first.`,
      `Партнёр «${name}» записан на листе «${sheet}» несколько раз (строки ${rows.join(', ')}). Оставьте одну строку на партнёра.`,
    ),
  /** A cell a reader refused: sheet, row, the column as the template names it, the value and what is wrong; then `advice`. */
  fixCell: bi('Correct the cell first.', 'Сначала исправьте ячейку.'),
  registered: (r: Omit<DealRegistered, 'message'>, tier: TierRule, sheet: string, expires: Day) =>
    bi(
      `Registered the deal with ${r.customer} for ${r.partner} (${tier.name.en}): "${sheet}" sheet, row ${r.row}. The registration runs until ${day2(expires).en}.`,
      `Сделка с заказчиком ${r.customer} зарегистрирована за партнёром «${r.partner}» (${tier.name.ru}): лист «${sheet}», строка ${r.row}. Регистрация действует до ${day2(expires).ru}.`,
    ),
  extended: (deal: DealRow, extensions: number, expires: Day) =>
    bi(
      `Extended the registration of ${deal.customer} (row ${deal.row}): extension ${extensions} of ${deal.tier.benefits.extensions}. It now runs until ${day2(expires).en}.`,
      `Регистрация сделки с заказчиком ${deal.customer} (строка ${deal.row}) продлена: продление ${extensions} из ${deal.tier.benefits.extensions}. Теперь она действует до ${day2(expires).ru}.`,
    ),
  updated: (deal: DealRow, today: Day, outcome: Text | undefined) =>
    bi(
      `Recorded a status update of ${deal.customer} (row ${deal.row}) on ${day2(today).en}${outcome ? `; outcome: ${outcome.en}` : ''}.`,
      `Обновление по сделке с заказчиком ${deal.customer} (строка ${deal.row}) записано ${day2(today).ru}${outcome ? `; итог: ${outcome.ru}` : ''}.`,
    ),
};

/** An Outcome's name (open, won, lost, cancelled) in both languages. */
export const outcomeName = (key: DealRow['outcome']): Text => TIERS_PROGRAM.deals.outcomes.find((o) => o.key === key)!.name;

const PROBLEMS: Record<RequestProblem['kind'], (value: string) => Text> = {
  needPartner: () => TEXT.needPartner,
  needCustomer: () => TEXT.needCustomer,
  needProducts: () => TEXT.needProducts,
  badTaxId: TEXT.badTaxId,
  badAmount: TEXT.badAmount,
};

/** The words of a refusal the decisions return; `sheets` are the names of the Deals and Partners sheets as they stand. */
export function refusalText(refusal: RefusalCase, sheets: { deals: string; partners: string }): Text {
  switch (refusal.refused) {
    case 'incomplete':
      return TEXT.reason(1, TEXT.incomplete(refusal.problems.map((p) => PROBLEMS[p.kind]('value' in p ? p.value : ''))));
    case 'notListed':
      return TEXT.reason(2, TEXT.notListed(refusal.name, sheets.partners));
    case 'notAuthorised': {
      const { partner } = refusal;
      return TEXT.reason(2, (partner.deauthorised ? TEXT.deauthorised : TEXT.notAuthorised)(partner.name, sheets.partners, partner.row));
    }
    case 'owned':
      return TEXT.reason(3, TEXT.owned(refusal.owner, refusal.expires, sheets.deals, refusal.partner));
    case 'extensionLimit':
      return TEXT.reason(5, TEXT.limit(refusal.deal));
    case 'repeatLimit':
      return TEXT.reason(5, TEXT.repeatLimit(refusal.deal, sheets.deals, refusal.extending));
    case 'repeat':
      return TEXT.repeat(refusal.deal, refusal.expires, refusal.expired, sheets.deals, refusal.extending);
    case 'unreadable':
      return refusal.problem;
    case 'expired':
      return TEXT.expired(refusal.deal, refusal.expires);
    case 'closed':
      return TEXT.closed(refusal.deal, outcomeName(refusal.deal.outcome));
    case 'pickDeal':
      return TEXT.pickDeal;
    case 'changed':
      return TEXT.changed(sheets.deals);
    case 'badOutcome':
      return TEXT.badOutcome(refusal.value);
  }
}
