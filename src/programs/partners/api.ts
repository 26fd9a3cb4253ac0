/**
 * The Register a deal dialog's server calls (SPEC §5, §9.2; seed 001). Types
 * only; no Date crosses google.script.run: days travel as ISO strings
 * (`2026-11-22`).
 */
import type { Lang, Refusal } from '../../app/api';

/** The seed's numbered reasons for refusing a registration or an extension that this dialog checks. */
export type DealReason = 1 | 2 | 3 | 5;

/** One partner of the Partners sheet, with the tier the core computes from its row (not the Tier formula cell). */
export interface DealPartner {
  /** As the Partners sheet spells it: what the dialog shows and sends back. */
  name: string;
  /** Ticked as Authorised and not deauthorised by the vendor. */
  authorised: boolean;
  /** The tier's name in the user's language; '' when not authorised or when `problem` is set. */
  tier: string;
  /** Deal registration term of the tier, in months (0 when `problem` is set). */
  registrationMonths: number;
  /** Extensions the tier allows. */
  extensionsAllowed: number;
  /** The vendor's override holds the partner below the tier it earned. */
  downgraded: boolean;
  /** Why the partner's tier cannot be computed (a cell that cannot be read, a name listed twice). */
  problem?: string;
}

/** What the dialog shows when it opens. */
export interface DealState {
  ok: true;
  lang: Lang;
  /** Today in the spreadsheet's time zone, ISO. */
  today: string;
  partners: DealPartner[];
}

/** Which registration an extension or status update is for: its row, checked against what the dialog showed. */
export interface DealRef {
  /** The row of the Deals sheet (the header is row 1). */
  row: number;
  partner: string;
  customer: string;
  /** ISO day. */
  registered: string;
}

/** One open registration of a partner (Outcome empty or open), as the dialog lists it. */
export interface OpenDeal extends DealRef {
  taxId: string;
  products: string;
  /** ISO day: DEAL_EXPIRY of the row. */
  expires: string;
  /** ISO day, or '' when the row has none. */
  lastUpdate: string;
  extensions: number;
  /** Extensions the row's tier allows. */
  extensionsAllowed: number;
  /** DEAL_STATUS of the row as of today, in the user's language. */
  status: string;
  /** Today is after its last day (`expires`), whatever its status says first. */
  expired: boolean;
  /** The row's tier, in the user's language. */
  tier: string;
}

export interface PartnerDeals {
  ok: true;
  lang: Lang;
  /** The partner as the Partners sheet spells it. */
  partner: string;
  today: string;
  /** Oldest registration first. */
  deals: OpenDeal[];
}

/** A registration as the dialog sends it: one per click of Register. */
export interface DealRequest {
  /** A partner name from DealState.partners. */
  partner: string;
  customer: string;
  /** Optional: 10 or 12 digits (spaces ignored). */
  taxId?: string;
  /** A comma- or semicolon-separated list; at least one product. */
  products: string;
  /** Optional: a number ≥ 0 (or text holding one). */
  amount?: number | string;
  /** Made by the dialog once per action; the same id sent again writes nothing and gets the first result. */
  requestId: string;
}

/** A registration named in a refusal: the one that owns the deal (refusal 3), or the partner's own open one a registration would repeat. */
export interface DealOwner {
  row: number;
  partner: string;
  customer: string;
  /** ISO day. */
  registered: string;
  /** ISO day. */
  expires: string;
}

/** A refusal with the seed's reason number where one applies; nothing was written. */
export interface DealRefusal extends Refusal {
  reason?: DealReason;
  /** With reason 3: the registration that owns the deal. */
  owner?: DealOwner;
  /** A repeat refused (reason 5, or the advice to extend it or record its outcome): the partner's own open registration of the deal. */
  repeat?: DealOwner;
}

export interface DealRegistered {
  ok: true;
  requestId: string;
  /** The Deals sheet row written. */
  row: number;
  partner: string;
  customer: string;
  /** The partner's tier, in the user's language (the sheet gets it in the sheet's language). */
  tier: string;
  /** ISO days. */
  registered: string;
  expires: string;
  /** True when this request id had been handled before: nothing was written now. */
  repeated: boolean;
  message: string;
}

export interface DealExtendRequest {
  deal: DealRef;
  requestId: string;
}

export type DealOutcome = 'open' | 'won' | 'lost' | 'cancelled';

export interface DealUpdateRequest {
  deal: DealRef;
  /** Optional: a new Outcome; '' or absent keeps it. */
  outcome?: DealOutcome | '';
  requestId: string;
}

/** A registration extended or updated. */
export interface DealChanged {
  ok: true;
  requestId: string;
  action: 'extend' | 'update';
  row: number;
  customer: string;
  extensions: number;
  extensionsAllowed: number;
  /** ISO days. */
  expires: string;
  lastUpdate: string;
  outcome: DealOutcome;
  repeated: boolean;
  message: string;
}

export interface DealApi {
  getDealState(): DealState | DealRefusal;
  getPartnerDeals(partner: string): PartnerDeals | DealRefusal;
  registerDeal(request: DealRequest): DealRegistered | DealRefusal;
  extendDeal(request: DealExtendRequest): DealChanged | DealRefusal;
  updateDealStatus(request: DealUpdateRequest): DealChanged | DealRefusal;
}
