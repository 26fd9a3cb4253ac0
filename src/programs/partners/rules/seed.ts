import { t, type Text } from '../../../kernel/i18n';

/**
 * The Stakhanovets partner program (seed 001, SPEC §5) as data. Every number
 * and word the six tier and deal functions use comes from a `TierProgram`:
 * `TIERS_PROGRAM` (the seed's) when no rules table is given, else the one
 * table.ts builds from the vendor's own table (its tiers; the words below
 * stay the seed's). The code in tiers.ts, dealStatus.ts and pilot.ts reads
 * the program it is handed, never this constant.
 */

/** Marketing regularity, lowest first. */
export type MarketingKey = 'none' | 'quarterly' | 'monthly';

/** The yes/no conditions a partner states with a checkbox. */
export type FlagKey = 'salesTraining' | 'monthlyReporting' | 'dedicatedStaff';

/** One condition of a tier, in the order the program lists it: sales, marketing, then the flags. */
export type Condition =
  | { readonly kind: 'sales'; readonly min: number }
  | { readonly kind: 'marketing'; readonly min: MarketingKey }
  | { readonly kind: 'flag'; readonly flag: FlagKey };

/** What a tier gives. A number where the program states one, a word where it does not (`individual`). */
export interface TierBenefits {
  /** Discount off the list price, a fraction (0.3 = 30%). */
  readonly discount: number | Text;
  /** Deal registration term in calendar months. */
  readonly registration_months: number;
  /** Extensions allowed, each one more registration term. */
  readonly extensions: number;
  readonly leads_per_month: number;
  /** NFR licence term in months, 0 for none. */
  readonly nfr_months: number | Text;
}

export type BenefitKey = keyof TierBenefits;

export interface TierRule {
  readonly key: string;
  readonly name: Text;
  /** Every other accepted spelling (the names themselves are always accepted). */
  readonly aliases: readonly string[];
  /** All must hold; an authorised partner with none is the lowest tier. */
  readonly conditions: readonly Condition[];
  readonly benefits: TierBenefits;
  /** A registration with no update for more than this many days is stale (the rules table's `Update every days`). */
  readonly staleAfterDays: number;
}

export interface MarketingRule {
  readonly key: MarketingKey;
  /** The fewest marketing activities in 12 months that count as this regularity. */
  readonly minActivities: number;
  /** Its word in each language (a rules sheet's drop-down, messages), and other spellings read as it. */
  readonly name: Text;
  readonly names: readonly string[];
  /** How TIER_GAP names it when it is missing. */
  readonly missing: Text;
}

/** A result word of a function, with what it means for the function reference (SPEC §5: "a sentence a manager understands"). */
export interface StatusWord extends Text {
  readonly meaning: string;
}

export interface OutcomeRule {
  readonly key: 'open' | 'won' | 'lost' | 'cancelled';
  readonly name: StatusWord;
  /** Spellings read as it besides its name in each language. */
  readonly names: readonly string[];
}

export interface TierProgram {
  /** Lowest first; a partner's tier is the highest whose conditions all hold. */
  readonly tiers: readonly TierRule[];
  /** Lowest first. */
  readonly marketing: readonly MarketingRule[];
  readonly conditionNames: {
    readonly sales: Text;
    readonly flags: Readonly<Record<FlagKey, Text>>;
  };
  /** Every accepted name of a benefit (compared without case, spaces, underscores or punctuation). */
  /** Each benefit's name in each language (what an error message suggests), and other spellings read as it. */
  readonly benefitNames: Readonly<Record<BenefitKey, { readonly name: Text; readonly aliases: readonly string[] }>>;
  /** Seed 001: only an authorised partner has a status and discounts; the vendor may downgrade or deauthorise one. */
  readonly authorisation: {
    /** PARTNER_TIER's result for a partner that is not authorised; also accepted by TIER_BENEFIT. */
    readonly notAuthorised: Text;
    readonly notAuthorisedAliases: readonly string[];
    /** The override that takes the authorisation away. */
    readonly deauthorised: Text;
    readonly deauthorisedAliases: readonly string[];
    /** TIER_GAP for a partner that is not authorised, and for one an override holds below its tier. */
    readonly gapAuthorisation: Text;
    readonly gapDowngraded: Text;
  };
  readonly deals: {
    /** `open` first: what an empty Outcome means. */
    readonly outcomes: readonly OutcomeRule[];
    /** DEAL_STATUS's words, in the order its rules apply (after the outcomes). */
    readonly statuses: {
      readonly header: Text;
      readonly notAuthorised: StatusWord;
      readonly duplicate: StatusWord; // `{row}` is replaced by the owner's row
      readonly repeat: StatusWord; // `{row}` is replaced by the repeated registration's row
      readonly extensionsExceeded: StatusWord;
      readonly expired: StatusWord;
      readonly stale: StatusWord;
      readonly active: StatusWord;
    };
  };
  readonly pilot: {
    /** A pilot's length in calendar days when none is given, its first day counted. */
    readonly defaultDays: number;
    /** The report is due within this many days after the pilot's last day. */
    readonly reportWithinDays: number;
    readonly statuses: {
      readonly running: StatusWord;
      readonly reportDue: StatusWord;
      readonly reportOverdue: StatusWord;
      readonly reported: StatusWord;
      readonly reportedLate: StatusWord;
    };
  };
}

const individual = t`individual`;
const statusTerm = t`status term`;
/** The seed's words where a tier has no number: a rules table that writes one of them gets it in every language. */
export const BENEFIT_WORDS: readonly Text[] = [individual, statusTerm];
const word = (name: Text, meaning: string): StatusWord => ({ ...name, meaning });

export const TIERS_PROGRAM: TierProgram = {
  tiers: [
    {
      key: 'white',
      name: t`White`,
      aliases: ['White status', 'Белый статус'],
      conditions: [],
      benefits: { discount: 0.1, registration_months: 3, extensions: 0, leads_per_month: 0, nfr_months: 0 },
      staleAfterDays: 14,
    },
    {
      key: 'bronze',
      name: t`Bronze`,
      aliases: ['Bronze status', 'Бронзовый статус'],
      conditions: [{ kind: 'sales', min: 150_000 }],
      benefits: { discount: 0.2, registration_months: 3, extensions: 1, leads_per_month: 1, nfr_months: 0 },
      staleAfterDays: 14,
    },
    {
      key: 'silver',
      name: t`Silver`,
      aliases: ['Silver status', 'Серебряный статус'],
      conditions: [
        { kind: 'sales', min: 500_000 },
        { kind: 'marketing', min: 'quarterly' },
        { kind: 'flag', flag: 'salesTraining' },
      ],
      benefits: { discount: 0.3, registration_months: 6, extensions: 1, leads_per_month: 2, nfr_months: 6 },
      staleAfterDays: 14,
    },
    {
      key: 'gold',
      name: t`Gold`,
      aliases: ['Gold status', 'Золотой статус'],
      conditions: [
        { kind: 'sales', min: 5_000_000 },
        { kind: 'marketing', min: 'quarterly' },
        { kind: 'flag', flag: 'salesTraining' },
        { kind: 'flag', flag: 'monthlyReporting' },
      ],
      benefits: { discount: 0.4, registration_months: 9, extensions: 0, leads_per_month: 3, nfr_months: 9 },
      staleAfterDays: 14,
    },
    {
      key: 'trusted',
      name: t`Trusted`,
      aliases: ['Trusted Partner', 'Trusted status', 'Доверенный партнёр', 'Доверенный статус'],
      conditions: [
        { kind: 'sales', min: 30_000_000 },
        { kind: 'marketing', min: 'monthly' },
        { kind: 'flag', flag: 'salesTraining' },
        { kind: 'flag', flag: 'dedicatedStaff' },
      ],
      benefits: { discount: individual, registration_months: 12, extensions: 0, leads_per_month: 10, nfr_months: statusTerm },
      staleAfterDays: 14,
    },
  ],
  marketing: [
    { key: 'none', minActivities: 0, name: t`none`, names: ['no', 'never', 'нет', 'никогда'], missing: t`marketing` },
    {
      key: 'quarterly',
      minActivities: 4,
      name: t`quarterly`,
      names: ['quarter', 'every quarter', 'ежеквартально', 'ежеквартальный', 'ежеквартальная', 'раз в квартал'],
      missing: t`quarterly marketing`,
    },
    {
      key: 'monthly',
      minActivities: 12,
      name: t`monthly`,
      names: ['month', 'every month', 'ежемесячно', 'ежемесячный', 'ежемесячная', 'раз в месяц'],
      missing: t`monthly marketing`,
    },
  ],
  conditionNames: {
    sales: t`sales`,
    flags: {
      salesTraining: t`sales training`,
      monthlyReporting: t`monthly deal reporting`,
      dedicatedStaff: t`dedicated sales, presales and support staff`,
    },
  },
  // The rules table's headers are accepted too.
  benefitNames: {
    discount: { name: t.in('benefit')`discount`, aliases: [] },
    registration_months: { name: t`registration months`, aliases: ['registration term', 'срок регистрации сделки', 'срок регистрации, мес.'] },
    extensions: { name: t.in('benefit')`extensions`, aliases: ['продлений'] },
    leads_per_month: { name: t.in('benefit')`leads per month`, aliases: ['leads', 'лиды', 'лидов в месяц'] },
    nfr_months: { name: t.in('benefit')`NFR months`, aliases: ['NFR', 'nfr-лицензия', 'срок nfr', 'NFR, мес.'] },
  },
  authorisation: {
    notAuthorised: t`not authorised`,
    notAuthorisedAliases: ['not authorized', 'unauthorised', 'unauthorized', 'не авторизован', 'неавторизован', 'не авторизована'],
    deauthorised: t`deauthorised`,
    deauthorisedAliases: ['deauthorized', 'деавторизован', 'деавторизована', 'авторизация отозвана'],
    gapAuthorisation: t`authorisation`,
    gapDowngraded: t`downgraded by the vendor`,
  },
  deals: {
    outcomes: [
      {
        key: 'open',
        name: word(t`open`, 'not a status: an empty Outcome means open.'),
        names: ['in progress', 'в работе', 'открыта', 'открыт'],
      },
      {
        key: 'won',
        name: word(t`won`, 'The Outcome says the deal was won.'),
        names: ['win', 'выиграна', 'выиграно', 'выигран'],
      },
      {
        key: 'lost',
        name: word(t`lost`, 'The Outcome says the deal was lost.'),
        names: ['проиграна', 'проиграно', 'проигран'],
      },
      {
        key: 'cancelled',
        name: word(t`cancelled`, 'The Outcome says the registration was cancelled.'),
        names: ['canceled', 'отменена', 'отменено', 'отменен', 'аннулирована'],
      },
    ],
    statuses: {
      header: t.in('deal')`Status`,
      notAuthorised: word(
        t`partner not authorised`,
        'With `partners` given: the partner is not authorised there (or deauthorised, or not listed). It owns nothing.',
      ),
      duplicate: word(
        t`duplicate of row {row}`,
        'Another partner registered this customer with a product in common first (row N, open and in term on this date) and owns the deal. This partner may still sell at up to 5% off, at the vendor’s discretion.',
      ),
      repeat: word(
        t`repeat of row {row}`,
        'The same partner’s row N, for this customer and a product in common, was still open on this date: one deal registered twice. Extend row N or record its outcome instead.',
      ),
      extensionsExceeded: word(t`extensions exceeded`, 'More extensions than the tier allows.'),
      expired: word(t`expired`, 'The report date is after DEAL_EXPIRY.'),
      stale: word(t`stale`, 'No update for more than 14 days (the tier’s Update every days): the vendor may cancel it.'),
      active: word(t`active`, 'Open, owned, in term and recently updated: nothing to do.'),
    },
  },
  pilot: {
    defaultDays: 14,
    reportWithinDays: 14,
    statuses: {
      running: word(t`running`, 'The pilot is on (its last day is start + days − 1).'),
      reportDue: word(t`report due`, 'The pilot has ended; its report is due within 14 days of its last day.'),
      reportOverdue: word(t`report overdue`, 'More than 14 days since the last day, and no report.'),
      reported: word(t`reported`, 'The report came within 14 days of the last day.'),
      reportedLate: word(t`reported late`, 'The report came more than 14 days after the last day.'),
    },
  },
};
