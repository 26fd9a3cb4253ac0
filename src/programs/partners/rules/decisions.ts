import type { Day } from '../../../kernel/values/dates';
import { same, type Text } from '../../../kernel/i18n';
import type { Notation } from '../../../kernel/values/locale';
import { authorisedSet } from './authorisation';
import { legalNameKey } from './customer';
import { type AskedOutcome, type CheckedRegistration, type RegistrationFields, type RequestProblem, checkRegistration, dealPointer } from './dealRequest';
import { type DealRow, type DealStanding, type OutcomeKey, dealStandings, dealStatuses } from './dealStatus';
import type { TierProgram, TierRule } from './seed';
import { dealExpiry } from './tiers';

/*
 * The deal dialog's decisions (SPEC §5, §9.2; seed 001): register a deal,
 * extend a registration, record a status update. Pure: the Partners and
 * Deals sheets and the tiers rules come in read, as plain data; out comes
 * what to write, or why not — the seed's numbered reason where one applies
 * (1 incomplete data, 2 partner not authorised, 3 registered to another
 * partner, 5 extension limit exhausted). The server words a refusal
 * (texts.ts) and makes the one write. Ownership and repeats are DEAL_STATUS's
 * own rule (dealStandings), the same code, with the Partners sheet's
 * authorisation as DEAL_STATUS gets it from the template's formula.
 */

/** A partner of the Partners sheet, read: its row, its authorisation, and the tier the core computes from its row. */
export interface PartnerEntry {
  /** As the sheet spells it. */
  name: string;
  /** Its sheet row. */
  row: number;
  /** Ticked as authorised and not deauthorised by the vendor; undefined when a cell saying so cannot be read (`problem` says why). */
  authorised?: boolean;
  /** The vendor's override says deauthorised. */
  deauthorised?: boolean;
  /** The tier the core computes (the vendor's downgrade applied); undefined when not authorised or when `problem` is set. */
  tier?: TierRule;
  /** The vendor's override holds the partner below the tier it earned. */
  downgraded?: boolean;
  /** Why the partner's tier cannot be computed: a cell that cannot be read, a name listed twice. */
  problem?: Text;
}

/** The Deals sheet, read. */
export interface DealBook {
  /** Every registration (a row with a registration date), in sheet order. */
  deals: readonly DealRow[];
  /** The sheet row a new registration is written to (under the last row with data). */
  nextRow: number;
  /** The first cell that could not be read: then `deals` is incomplete, and no ownership can be decided. */
  unreadable?: Text;
}

/** Why the dialog refuses, with the seed's reason number where one applies. */
export type RefusalCase =
  | { refused: 'incomplete'; reason: 1; problems: RequestProblem[] }
  | { refused: 'notListed'; reason: 2; name: string }
  | { refused: 'notAuthorised'; reason: 2; partner: PartnerEntry }
  /** Registered to another partner: `partner` is the one refused, who may still sell at up to 5%. */
  | { refused: 'owned'; reason: 3; owner: DealRow; expires: Day; partner: string }
  | { refused: 'extensionLimit'; reason: 5; deal: DealRow }
  /**
   * The same partner's own registration of the deal (`deal`) is still open: a registration (or the
   * extension of `extending`, itself a repeat) would register one deal twice. Reason 5 when `deal`
   * has no extension left; otherwise the advice to extend `deal` or record its outcome.
   */
  | { refused: 'repeatLimit'; reason: 5; deal: DealRow; expires: Day; extending?: DealRow }
  | { refused: 'repeat'; deal: DealRow; expires: Day; expired: boolean; extending?: DealRow }
  | { refused: 'unreadable'; problem: Text }
  | { refused: 'expired'; deal: DealRow; expires: Day }
  | { refused: 'closed'; deal: DealRow }
  | { refused: 'pickDeal' }
  | { refused: 'changed' }
  | { refused: 'badOutcome'; value: string };

/** A decision not to write. */
export type DealRefusal = { ok: false } & RefusalCase;

/** A registration to append: the row as it will stand (registered today, 0 extensions, open), its partner and expiry. */
export interface Registration {
  ok: true;
  deal: DealRow;
  partner: PartnerEntry & { tier: TierRule };
  expires: Day;
  amount: number | undefined;
}

/** An extension or a status update: the row as it will stand, and its expiry. */
export interface DealChange {
  ok: true;
  deal: DealRow;
  expires: Day;
  /** A status update only: the Outcome to write, when one was asked for. */
  outcome?: OutcomeKey;
}

const refuse = (refusal: RefusalCase): DealRefusal => ({ ok: false, ...refusal });
const expiryOf = (deal: DealRow) => dealExpiry(deal.registered, deal.tier, deal.extensions);

/** The partner of that name, compared as legal names are (case, quotes, legal forms ignored: `vega systems LLC` is `Vega Systems`). */
export function findPartner(partners: readonly PartnerEntry[], name: string): PartnerEntry | undefined {
  const key = legalNameKey(name);
  return partners.find((p) => legalNameKey(p.name) === key);
}

/** A partner that may register deals: listed, authorised and not deauthorised (reason 2), and with a tier the core could compute. */
function authorisedPartner(partners: readonly PartnerEntry[], name: string): (PartnerEntry & { tier: TierRule }) | DealRefusal {
  const partner = findPartner(partners, name);
  if (!partner) return refuse({ refused: 'notListed', reason: 2, name });
  if (partner.authorised === false) return refuse({ refused: 'notAuthorised', reason: 2, partner });
  if (partner.problem || !partner.tier) return refuse({ refused: 'unreadable', problem: partner.problem ?? same('') });
  return partner as PartnerEntry & { tier: TierRule };
}

/**
 * Who is authorised, as DEAL_STATUS reads the Partners sheet: every partner
 * listed as authorised and not deauthorised (its first listing). A partner
 * whose authorisation cannot be read leaves ownership undecided: refused.
 */
export function authorisationOf(partners: readonly PartnerEntry[]): ReadonlySet<string> | DealRefusal {
  const unknown = partners.find((p) => p.authorised === undefined);
  if (unknown) return refuse({ refused: 'unreadable', problem: unknown.problem ?? same('') });
  return authorisedSet(partners.map((p) => ({ name: p.name, authorised: p.authorised === true })));
}

/** What DEAL_STATUS says of `deals[index]` as of `today` (the same code), with the partners' authorisation. */
export function standingOf(deals: readonly DealRow[], index: number, today: Day, authorised: ReadonlySet<string>): DealStanding {
  return dealStandings(deals, today, authorised)[index];
}

/** The registration that owns `deals[index]` by DEAL_STATUS's rule, or undefined (the dialog names it in refusal 3). */
export function ownerOf(deals: readonly DealRow[], index: number, today: Day, authorised: ReadonlySet<string>): DealRow | undefined {
  const standing = standingOf(deals, index, today, authorised);
  return standing.kind === 'duplicate' ? deals[standing.owner] : undefined;
}

/** The refusal for a standing that forbids the registration (or extension) `deal`: another partner's deal (3), or a repeat of the partner's own. */
function forbidden(standing: DealStanding, deals: readonly DealRow[], deal: DealRow, today: Day, extending?: DealRow): DealRefusal | undefined {
  if (standing.kind === 'duplicate') {
    const owner = deals[standing.owner];
    return refuse({ refused: 'owned', reason: 3, owner, expires: expiryOf(owner), partner: deal.partner });
  }
  if (standing.kind !== 'repeat') return undefined;
  const earlier = deals[standing.of];
  const expires = expiryOf(earlier);
  const more = extending ? { extending } : {};
  if (earlier.extensions >= earlier.tier.benefits.extensions) return refuse({ refused: 'repeatLimit', reason: 5, deal: earlier, expires, ...more });
  return refuse({ refused: 'repeat', deal: earlier, expires, expired: today > expires, ...more });
}

/**
 * Registers a deal for a partner, today. Refuses, in the seed's order:
 * incomplete or incorrect data (1); the partner not listed, not authorised
 * or deauthorised (2); a partner whose tier cannot be computed, or a sheet
 * that cannot be read; the deal registered to another partner (3: the owner
 * DEAL_STATUS finds for the new row put under the sheet's rows); the
 * partner's own registration of the deal still open (a repeat: reason 5 when
 * it has no extension left, else the advice to extend it or record its
 * outcome). Otherwise the row to append: the partner's tier as of today, 0
 * extensions, last update today, open; it runs until EDATE(today, term).
 */
export function decideRegistration(
  fields: RegistrationFields,
  partners: readonly PartnerEntry[],
  book: DealBook,
  today: Day,
  notation: Notation,
): Registration | DealRefusal {
  const checked: CheckedRegistration | { problems: RequestProblem[] } = checkRegistration(fields, notation);
  if ('problems' in checked) return refuse({ refused: 'incomplete', reason: 1, problems: checked.problems });
  const partner = authorisedPartner(partners, checked.partner);
  if ('refused' in partner) return partner;
  if (book.unreadable) return refuse({ refused: 'unreadable', problem: book.unreadable });
  const authorised = authorisationOf(partners);
  if ('refused' in authorised) return authorised;
  const deal: DealRow = {
    row: book.nextRow,
    registered: today,
    partner: partner.name,
    tier: partner.tier,
    customer: checked.customer,
    taxId: checked.taxId,
    products: checked.products,
    lastUpdate: today,
    extensions: 0,
    outcome: 'open',
  };
  const all = [...book.deals, deal];
  const refusal = forbidden(standingOf(all, all.length - 1, today, authorised), all, deal, today);
  if (refusal) return refusal;
  return { ok: true, deal, partner, expires: dealExpiry(today, partner.tier, 0), amount: checked.amount };
}

/** The registration a request points at: the row the dialog showed it in when that row still holds it, else the one row that does. */
function locate(deals: readonly DealRow[], ref: unknown): DealRow | DealRefusal {
  const pointer = dealPointer(ref);
  if (!pointer) return refuse({ refused: 'pickDeal' });
  const matches = (d: DealRow) => d.registered === pointer.registered && d.customer === pointer.customer && legalNameKey(d.partner) === pointer.partnerKey;
  const at = deals.find((d) => d.row === pointer.row);
  if (at && matches(at)) return at;
  const found = deals.filter(matches);
  if (found.length === 1) return found[0];
  return refuse({ refused: 'changed' });
}

/** The open registration a request points at, in a readable Deals sheet. */
function openDeal(book: DealBook, ref: unknown): DealRow | DealRefusal {
  if (book.unreadable) return refuse({ refused: 'unreadable', problem: book.unreadable });
  const deal = locate(book.deals, ref);
  if ('refused' in deal) return deal;
  if (deal.outcome !== 'open') return refuse({ refused: 'closed', deal });
  return deal;
}

/**
 * Extends a registration by one more term of its tier, today. Refuses: the
 * registration not found, or closed; its partner not listed or not
 * authorised (2); registered to another partner (3); a repeat of the
 * partner's own open registration (that one is to be extended, reason 5
 * when it cannot be); its tier's extensions used up (5); already expired.
 * Otherwise the row with Extensions + 1 and Last update today, running until
 * EDATE(registered, term × (1 + extensions)).
 */
export function decideExtension(ref: unknown, partners: readonly PartnerEntry[], book: DealBook, today: Day): DealChange | DealRefusal {
  const deal = openDeal(book, ref);
  if ('refused' in deal) return deal;
  const partner = authorisedPartner(partners, deal.partner);
  if ('refused' in partner) return partner;
  const authorised = authorisationOf(partners);
  if ('refused' in authorised) return authorised;
  const refusal = forbidden(standingOf(book.deals, book.deals.indexOf(deal), today, authorised), book.deals, deal, today, deal);
  if (refusal) return refusal;
  if (deal.extensions >= deal.tier.benefits.extensions) return refuse({ refused: 'extensionLimit', reason: 5, deal });
  const expires = expiryOf(deal);
  if (today > expires) return refuse({ refused: 'expired', deal, expires });
  const extensions = deal.extensions + 1;
  return { ok: true, deal: { ...deal, extensions, lastUpdate: today }, expires: dealExpiry(deal.registered, deal.tier, extensions) };
}

/**
 * Records a status update of an open registration, today: Last update today
 * and, when asked, its Outcome. Refuses an outcome that is not one, and a
 * registration not found or closed.
 */
export function decideStatusUpdate(ref: unknown, asked: AskedOutcome, book: DealBook, today: Day): DealChange | DealRefusal {
  if ('bad' in asked) return refuse({ refused: 'badOutcome', value: asked.bad });
  const deal = openDeal(book, ref);
  if ('refused' in deal) return deal;
  const updated: DealRow = { ...deal, lastUpdate: today, outcome: asked.outcome ?? deal.outcome };
  const change: DealChange = { ok: true, deal: updated, expires: expiryOf(deal) };
  if (asked.outcome) change.outcome = asked.outcome;
  return change;
}

/** One open registration of a partner, with its expiry, its DEAL_STATUS and whether it has expired. */
export interface OpenRegistration {
  deal: DealRow;
  expires: Day;
  status: Text;
  /** Today is after its last day (whatever its status says first). */
  expired: boolean;
}

/**
 * A partner's open registrations (Outcome open), oldest first (on one day,
 * the upper row first), each with its DEAL_STATUS as of `today` and whether
 * it has expired. Refuses a partner not on the Partners sheet (2), then a
 * sheet that cannot be read.
 */
export function partnerRegistrations(
  name: string,
  partners: readonly PartnerEntry[],
  book: DealBook,
  today: Day,
  program: TierProgram,
): { ok: true; partner: PartnerEntry; open: OpenRegistration[] } | DealRefusal {
  const partner = findPartner(partners, name);
  if (!partner) return refuse({ refused: 'notListed', reason: 2, name });
  if (book.unreadable) return refuse({ refused: 'unreadable', problem: book.unreadable });
  const authorised = authorisationOf(partners);
  if ('refused' in authorised) return authorised;
  const key = legalNameKey(partner.name);
  const { deals } = book;
  const statuses = dealStatuses(deals, today, program, authorised);
  const open: OpenRegistration[] = [];
  deals.forEach((deal, i) => {
    if (deal.outcome !== 'open' || legalNameKey(deal.partner) !== key) return;
    const expires = expiryOf(deal);
    open.push({ deal, expires, status: statuses[i], expired: today > expires });
  });
  open.sort((a, b) => a.deal.registered - b.deal.registered || a.deal.row - b.deal.row);
  return { ok: true, partner, open };
}
