import { type Day, formatDay } from '../../kernel/values/dates';
import { perLang, plural, SEMICOLON, t, type Text } from '../../kernel/i18n';
import { excerpt } from '../../kernel/values/text';
import type { DealRow } from './rules/dealStatus';
import type { RequestProblem } from './rules/dealRequest';
import type { RefusalCase } from './rules/decisions';
import { TIERS_PROGRAM, type TierRule } from './rules/seed';
import type { DealReason, DealRegistered } from './api';

/*
 * The Register a deal dialog's messages, in every language (the caller picks
 * the user's), and the wording of every refusal the decisions of
 * rules/decisions.ts return.
 */

/** 1 time / 1 раз, 2 раза, 5 раз. */
const times = (n: number) => t`${n} ${plural(n, 'time', 'times')}`;

const day2 = (day: Day) => perLang((lang) => formatDay(day, lang));
const quoted = (text: string) => t`"${excerpt(text, 60)}"`;

/** The seed's reasons for refusing a registration or an extension (seed 001), as the refusal's first words. */
const REASONS: Record<DealReason, Text> = {
  1: t`incomplete or incorrect data`,
  2: t`the partner is not authorised`,
  3: t`the deal is registered to another partner`,
  5: t`the extension limit of the partner's tier is exhausted`,
};

export const TEXT = {
  reason: (n: DealReason, detail: Text) => t`Refused, reason ${n}: ${REASONS[n]}. ${detail} Nothing was written.`,
  incomplete: (problems: Text[]) => {
    return perLang((lang) => {
      const text = problems.map((p) => p[lang]).join(SEMICOLON[lang]);
      return `${text[0].toUpperCase()}${text.slice(1)}.`;
    });
  },
  needPartner: t`pick a partner`,
  needCustomer: t`enter the customer (its legal name)`,
  needProducts: t`enter at least one product (a comma- or semicolon-separated list)`,
  badTaxId: (value: string) => t`the tax ID ${quoted(value)} must be 10 or 12 digits`,
  badAmount: (value: string) => t`the expected amount ${quoted(value)} must be a number of 0 or more`,
  notListed: (name: string, sheet: string) =>
    name.trim() === '' ? t`Pick a partner from the "${sheet}" sheet.` : t`${quoted(name)} is not on the "${sheet}" sheet.`,
  notAuthorised: (name: string, sheet: string, row: number) => t`${name} is not ticked as Authorised on the "${sheet}" sheet (row ${row}).`,
  deauthorised: (name: string, sheet: string, row: number) => t`The vendor deauthorised ${name} ("${sheet}" sheet, row ${row}, Vendor override).`,
  owned: (owner: DealRow, expires: Day, sheet: string, partner: string) =>
    t`${owner.partner} registered ${owner.customer} on ${day2(owner.registered)} ("${sheet}" sheet, row ${owner.row}: ${owner.products}); that registration runs until ${day2(expires)}. ${partner} may still sell the same products to this customer at a discount of up to 5%, at the vendor's discretion.`,
  /** The partner's own open registration of the deal, as a refusal names it; `extending` is the repeat an extension was asked for. */
  ownOpen: (deal: DealRow, sheet: string, extending: DealRow | undefined) =>
    extending
      ? t`Row ${extending.row} repeats the registration of ${deal.customer} that ${deal.partner} made on ${day2(deal.registered)} ("${sheet}" sheet, row ${deal.row}: ${deal.products}), and that registration is still open`
      : t`${deal.partner} already registered ${deal.customer} on ${day2(deal.registered)} ("${sheet}" sheet, row ${deal.row}: ${deal.products}), and that registration is still open`,
  repeatLimit: (deal: DealRow, sheet: string, extending: DealRow | undefined) => {
    const open = TEXT.ownOpen(deal, sheet, extending);
    const allowed = deal.tier.benefits.extensions;
    return t`${open} with ${deal.extensions} ${plural(deal.extensions, 'extension', 'extensions')}, where a ${deal.tier.name} registration may be extended ${times(allowed)}: registering the same deal again is no way around the extension limit. Record its outcome first; a registration after that is a new deal.`;
  },
  repeat: (deal: DealRow, expires: Day, expired: boolean, sheet: string, extending: DealRow | undefined) => {
    const open = TEXT.ownOpen(deal, sheet, extending);
    const verb = extending ? t`extending the repeat` : t`registering the same deal again`;
    return expired
      ? t`Refused: ${open}, though it expired on ${day2(expires)}; ${verb} is not allowed. Record its outcome (won, lost or cancelled) first; a registration after that is a new deal. Nothing was written.`
      : t`Refused: ${open} (until ${day2(expires)}); ${verb} is not allowed. Extend row ${deal.row} (${deal.extensions} of ${deal.tier.benefits.extensions} ${plural(deal.tier.benefits.extensions, 'extension', 'extensions', 'of')} used), or record its outcome and then register anew. Nothing was written.`;
  },
  limit: (deal: DealRow) => {
    const allowed = deal.tier.benefits.extensions;
    return t`A ${deal.tier.name} registration may be extended ${times(allowed)}; row ${deal.row} (${deal.customer}) has ${deal.extensions} ${plural(deal.extensions, 'extension', 'extensions')} already.`;
  },
  expired: (deal: DealRow, expires: Day) =>
    t`The registration of ${deal.customer} (row ${deal.row}) expired on ${day2(expires)}, so it can no longer be extended: record its outcome, then register the deal anew. Nothing was written.`,
  closed: (deal: DealRow, outcome: Text) =>
    t`The deal with ${deal.customer} (row ${deal.row}) is closed (${outcome}): nothing to extend or update. Nothing was written.`,
  pickDeal: t`Pick a registration from the list first. Nothing was written.`,
  changed: (sheet: string) =>
    t`The "${sheet}" sheet has changed since the list was shown: the registration is no longer in its row. Reload the list and try again; nothing was written.`,
  badOutcome: (value: string) => t`${quoted(value)} is not an outcome: use open, won, lost or cancelled. Nothing was written.`,
  partnerTwice: (name: string, sheet: string, rows: number[]) =>
    t`${name} is listed more than once on the "${sheet}" sheet (rows ${rows.join(', ')}). Keep one row per partner first.`,
  /** A cell a reader refused: sheet, row, the column as the template names it, the value and what is wrong; then `advice`. */
  fixCell: t`Correct the cell first.`,
  registered: (r: Omit<DealRegistered, 'message'>, tier: TierRule, sheet: string, expires: Day) =>
    t`Registered the deal with ${r.customer} for ${r.partner} (${tier.name}): "${sheet}" sheet, row ${r.row}. The registration runs until ${day2(expires)}.`,
  extended: (deal: DealRow, extensions: number, expires: Day) =>
    t`Extended the registration of ${deal.customer} (row ${deal.row}): extension ${extensions} of ${deal.tier.benefits.extensions}. It now runs until ${day2(expires)}.`,
  updated: (deal: DealRow, today: Day, outcome: Text | undefined) =>
    outcome
      ? t`Recorded a status update of ${deal.customer} (row ${deal.row}) on ${day2(today)}; outcome: ${outcome}.`
      : t`Recorded a status update of ${deal.customer} (row ${deal.row}) on ${day2(today)}.`,
};

/** An Outcome's name (open, won, lost, cancelled) in every language. */
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
