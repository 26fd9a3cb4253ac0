import { type Bilingual, bi } from '../../../kernel/i18n';

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
  readonly discount: number | Bilingual;
  /** Deal registration term in calendar months. */
  readonly registration_months: number;
  /** Extensions allowed, each one more registration term. */
  readonly extensions: number;
  readonly leads_per_month: number;
  /** NFR licence term in months, 0 for none. */
  readonly nfr_months: number | Bilingual;
}

export type BenefitKey = keyof TierBenefits;

export interface TierRule {
  readonly key: string;
  readonly name: Bilingual;
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
  readonly names: readonly string[];
  /** How TIER_GAP names it when it is missing. */
  readonly missing: Bilingual;
}

/** A result word of a function, with what it means for the function reference (SPEC §5: "a sentence a manager understands"). */
export interface StatusWord extends Bilingual {
  readonly meaning: string;
}

export interface OutcomeRule {
  readonly key: 'open' | 'won' | 'lost' | 'cancelled';
  readonly name: StatusWord;
  readonly names: readonly string[];
}

export interface TierProgram {
  /** Lowest first; a partner's tier is the highest whose conditions all hold. */
  readonly tiers: readonly TierRule[];
  /** Lowest first. */
  readonly marketing: readonly MarketingRule[];
  readonly conditionNames: {
    readonly sales: Bilingual;
    readonly flags: Readonly<Record<FlagKey, Bilingual>>;
  };
  /** Every accepted name of a benefit (compared without case, spaces, underscores or punctuation). */
  readonly benefitNames: Readonly<Record<BenefitKey, readonly string[]>>;
  /** Seed 001: only an authorised partner has a status and discounts; the vendor may downgrade or deauthorise one. */
  readonly authorisation: {
    /** PARTNER_TIER's result for a partner that is not authorised; also accepted by TIER_BENEFIT. */
    readonly notAuthorised: Bilingual;
    readonly notAuthorisedAliases: readonly string[];
    /** The override that takes the authorisation away. */
    readonly deauthorised: Bilingual;
    readonly deauthorisedAliases: readonly string[];
    /** TIER_GAP for a partner that is not authorised, and for one an override holds below its tier. */
    readonly gapAuthorisation: Bilingual;
    readonly gapDowngraded: Bilingual;
  };
  readonly deals: {
    /** `open` first: what an empty Outcome means. */
    readonly outcomes: readonly OutcomeRule[];
    /** DEAL_STATUS's words, in the order its rules apply (after the outcomes). */
    readonly statuses: {
      readonly header: Bilingual;
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

const individual = bi('individual', 'индивидуальная');
const statusTerm = bi('status term', 'срок статуса');
/** The seed's words where a tier has no number: a rules table that writes one of them gets it in both languages. */
export const BENEFIT_WORDS: readonly Bilingual[] = [individual, statusTerm];
const word = (en: string, ru: string, meaning: string): StatusWord => ({ en, ru, meaning });

export const TIERS_PROGRAM: TierProgram = {
  tiers: [
    {
      key: 'white',
      name: bi('White', 'Белый'),
      aliases: ['White status', 'Белый статус'],
      conditions: [],
      benefits: { discount: 0.1, registration_months: 3, extensions: 0, leads_per_month: 0, nfr_months: 0 },
      staleAfterDays: 14,
    },
    {
      key: 'bronze',
      name: bi('Bronze', 'Бронзовый'),
      aliases: ['Bronze status', 'Бронзовый статус'],
      conditions: [{ kind: 'sales', min: 150_000 }],
      benefits: { discount: 0.2, registration_months: 3, extensions: 1, leads_per_month: 1, nfr_months: 0 },
      staleAfterDays: 14,
    },
    {
      key: 'silver',
      name: bi('Silver', 'Серебряный'),
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
      name: bi('Gold', 'Золотой'),
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
      name: bi('Trusted', 'Доверенный'),
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
    { key: 'none', minActivities: 0, names: ['none', 'no', 'never', 'нет', 'никогда'], missing: bi('marketing', 'маркетинг') },
    {
      key: 'quarterly',
      minActivities: 4,
      names: ['quarterly', 'quarter', 'every quarter', 'ежеквартально', 'ежеквартальный', 'ежеквартальная', 'раз в квартал'],
      missing: bi('quarterly marketing', 'ежеквартальный маркетинг'),
    },
    {
      key: 'monthly',
      minActivities: 12,
      names: ['monthly', 'month', 'every month', 'ежемесячно', 'ежемесячный', 'ежемесячная', 'раз в месяц'],
      missing: bi('monthly marketing', 'ежемесячный маркетинг'),
    },
  ],
  conditionNames: {
    sales: bi('sales', 'продажи'),
    flags: {
      salesTraining: bi('sales training', 'обучение продажам'),
      monthlyReporting: bi('monthly deal reporting', 'ежемесячная отчётность по сделкам'),
      dedicatedStaff: bi('dedicated sales, presales and support staff', 'выделенные сотрудники по продажам, пресейлу и поддержке'),
    },
  },
  // The first two names of each are the ones an error message suggests (English, Russian); the rules table's headers are accepted too.
  benefitNames: {
    discount: ['discount', 'скидка'],
    registration_months: ['registration months', 'срок регистрации', 'registration term', 'срок регистрации сделки', 'срок регистрации, мес.'],
    extensions: ['extensions', 'продления', 'продлений'],
    leads_per_month: ['leads per month', 'лиды в месяц', 'leads', 'лиды', 'лидов в месяц'],
    nfr_months: ['NFR months', 'NFR', 'nfr-лицензия', 'срок nfr', 'NFR, мес.'],
  },
  authorisation: {
    notAuthorised: bi('not authorised', 'не авторизован'),
    notAuthorisedAliases: ['not authorized', 'unauthorised', 'unauthorized', 'не авторизован', 'неавторизован', 'не авторизована'],
    deauthorised: bi('deauthorised', 'деавторизован'),
    deauthorisedAliases: ['deauthorized', 'деавторизован', 'деавторизована', 'авторизация отозвана'],
    gapAuthorisation: bi('authorisation', 'авторизация'),
    gapDowngraded: bi('downgraded by the vendor', 'понижен вендором'),
  },
  deals: {
    outcomes: [
      {
        key: 'open',
        name: word('open', 'в работе', 'not a status: an empty Outcome means open.'),
        names: ['open', 'in progress', 'в работе', 'открыта', 'открыт'],
      },
      {
        key: 'won',
        name: word('won', 'выиграна', 'The Outcome says the deal was won.'),
        names: ['won', 'win', 'выиграна', 'выиграно', 'выигран'],
      },
      {
        key: 'lost',
        name: word('lost', 'проиграна', 'The Outcome says the deal was lost.'),
        names: ['lost', 'проиграна', 'проиграно', 'проигран'],
      },
      {
        key: 'cancelled',
        name: word('cancelled', 'отменена', 'The Outcome says the registration was cancelled.'),
        names: ['cancelled', 'canceled', 'отменена', 'отменено', 'отменен', 'аннулирована'],
      },
    ],
    statuses: {
      header: bi('Status', 'Статус сделки'),
      notAuthorised: word(
        'partner not authorised',
        'партнёр не авторизован',
        'With `partners` given: the partner is not authorised there (or deauthorised, or not listed). It owns nothing.',
      ),
      duplicate: word(
        'duplicate of row {row}',
        'дубль строки {row}',
        'Another partner registered this customer with a product in common first (row N, open and in term on this date) and owns the deal. This partner may still sell at up to 5% off, at the vendor’s discretion.',
      ),
      repeat: word(
        'repeat of row {row}',
        'повтор строки {row}',
        'The same partner’s row N, for this customer and a product in common, was still open on this date: one deal registered twice. Extend row N or record its outcome instead.',
      ),
      extensionsExceeded: word('extensions exceeded', 'превышено число продлений', 'More extensions than the tier allows.'),
      expired: word('expired', 'истекла', 'The report date is after DEAL_EXPIRY.'),
      stale: word('stale', 'нет обновлений', 'No update for more than 14 days (the tier’s Update every days): the vendor may cancel it.'),
      active: word('active', 'активна', 'Open, owned, in term and recently updated: nothing to do.'),
    },
  },
  pilot: {
    defaultDays: 14,
    reportWithinDays: 14,
    statuses: {
      running: word('running', 'идёт', 'The pilot is on (its last day is start + days − 1).'),
      reportDue: word('report due', 'ждём отчёт', 'The pilot has ended; its report is due within 14 days of its last day.'),
      reportOverdue: word('report overdue', 'отчёт просрочен', 'More than 14 days since the last day, and no report.'),
      reported: word('reported', 'отчёт сдан', 'The report came within 14 days of the last day.'),
      reportedLate: word('reported late', 'отчёт сдан с опозданием', 'The report came more than 14 days after the last day.'),
    },
  },
};
