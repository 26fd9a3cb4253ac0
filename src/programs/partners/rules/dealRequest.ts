import { type Day, dayFromCivil, parseDateText } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import type { Notation } from '../../../kernel/values/locale';
import { parseNumberText } from '../../../kernel/values/numbers';
import { legalNameKey } from './customer';
import { type OutcomeKey, parseOutcome, parseProducts } from './dealStatus';

/*
 * What the deal dialog sends, checked (SPEC §9.2; seed 001, reason 1 of its
 * refusals: incomplete or incorrect data). A request crosses
 * google.script.run from a page anyone could alter, so every field is
 * `unknown` until checked here.
 */

/** The fields of a registration request as they arrive. */
export type RegistrationFields = Partial<Record<'partner' | 'customer' | 'taxId' | 'products' | 'amount', unknown>>;

/** What is wrong with a registration request; reason 1 lists every one, in this order. */
export type RequestProblem =
  | { readonly kind: 'needPartner' | 'needCustomer' | 'needProducts' }
  | { readonly kind: 'badTaxId' | 'badAmount'; readonly value: string };

/** A registration request with every field checked. */
export interface CheckedRegistration {
  partner: string;
  customer: string;
  /** Digits only (spaces removed), or '' when none was given. */
  taxId: string;
  /** The list as typed (trimmed): at least one product. */
  products: string;
  /** undefined when none was given. */
  amount: number | undefined;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/** A Russian tax ID (ИНН): 10 digits for an organisation, 12 for an individual entrepreneur. */
const TAX_ID = /^(\d{10}|\d{12})$/;

/**
 * Checks a registration request: a partner, a customer and at least one
 * product are needed; a tax ID, when given, is 10 or 12 digits (spaces
 * anywhere ignored); an expected amount, when given, is a number of 0 or more
 * (text read in the spreadsheet's notation). Returns the checked request, or
 * every problem found.
 */
export function checkRegistration(fields: RegistrationFields, notation: Notation): CheckedRegistration | { problems: RequestProblem[] } {
  const problems: RequestProblem[] = [];
  const partner = textOf(fields.partner);
  const customer = textOf(fields.customer);
  const products = textOf(fields.products);
  const taxId = textOf(fields.taxId).replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '');
  if (partner === '') problems.push({ kind: 'needPartner' });
  if (customer === '') problems.push({ kind: 'needCustomer' });
  if (taxId !== '' && !TAX_ID.test(taxId)) problems.push({ kind: 'badTaxId', value: textOf(fields.taxId) });
  if (parseProducts(products).length === 0) problems.push({ kind: 'needProducts' });
  let amount: number | undefined;
  const raw = fields.amount;
  if (!(raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))) {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumberText(raw.trim(), notation) : undefined;
    if (n === undefined || !Number.isFinite(n) || n < 0) problems.push({ kind: 'badAmount', value: String(raw) });
    else amount = n;
  }
  return problems.length ? { problems } : { partner, customer, taxId, products, amount };
}

/** Which registration an extension or status update points at, as the dialog listed it. */
export interface DealPointer {
  /** The Deals row the dialog showed it in. */
  row: number;
  registered: Day;
  /** legalNameKey of the partner. */
  partnerKey: string;
  /** The customer as the sheet spells it (trimmed). */
  customer: string;
}

/** The registration a request points at (`{ row, partner, customer, registered }`, the date as ISO), or undefined when it is not one. */
export function dealPointer(ref: unknown): DealPointer | undefined {
  const r = (typeof ref === 'object' && ref !== null ? ref : {}) as Partial<Record<'row' | 'partner' | 'customer' | 'registered', unknown>>;
  // The dialog sends back the ISO date the server gave it, the same in every locale.
  const parsed = typeof r.registered === 'string' ? parseDateText(r.registered, { dayFirst: false }) : undefined;
  if (!parsed || typeof r.partner !== 'string' || typeof r.customer !== 'string' || typeof r.row !== 'number') return undefined;
  return { row: r.row, registered: dayFromCivil(parsed.year, parsed.month, parsed.day), partnerKey: legalNameKey(r.partner), customer: r.customer.trim() };
}

const OUTCOME_KEYS: readonly OutcomeKey[] = ['open', 'won', 'lost', 'cancelled'];

/** The Outcome a status update asks for: a key, none (`{}`: keep it), or the text that is not an outcome. */
export type AskedOutcome = { outcome?: OutcomeKey } | { bad: string };

/** Reads the outcome a status update asks for: a key (`won`), a word in any language (`выиграна`), or nothing ('' or absent). */
export function askedOutcome(raw: unknown): AskedOutcome {
  if (typeof raw === 'string' && raw.trim() !== '') {
    if (OUTCOME_KEYS.includes(raw as OutcomeKey)) return { outcome: raw as OutcomeKey };
    try {
      return { outcome: parseOutcome(raw) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { bad: raw };
    }
  }
  return raw === undefined || raw === null || raw === '' ? {} : { bad: String(raw) };
}
