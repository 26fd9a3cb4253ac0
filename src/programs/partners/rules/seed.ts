import { type Text, bi } from '../../../kernel/i18n';

/**
 * The Stakhanovets partner program (seed 001, SPEC §5) as data. Every number
 * and word the six tier and deal functions use comes from `TIERS_PROGRAM`;
 * the code in tiers.ts, pilot.ts and ../deals reads it generically, so a
 * later "rules" argument can hand in another table of the same shape.
 */

/** Marketing regularity, lowest first. */
export type MarketingKey = 'none' | 'quarterly' | 'monthly';

/** The yes/no conditions a partner states with a checkbox. */
export type FlagKey = 'salesTraining' | 'monthlyReporting' | 'dedicatedStaff';

/** One condition of a tier, in the order the program lists it. */
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
}

export interface MarketingRule {
  readonly key: MarketingKey;
  /** The fewest marketing activities in 12 months that count as this regularity. */
  readonly minActivities: number;
  readonly names: readonly string[];
  /** How TIER_GAP names it when it is missing. */
  readonly missing: Text;
}

export interface OutcomeRule {
  readonly key: 'open' | 'won' | 'lost' | 'cancelled';
  readonly name: Text;
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
  readonly benefitNames: Readonly<Record<BenefitKey, readonly string[]>>;
  readonly deals: {
    /** A registration with no update for more than this many days is stale. */
    readonly staleAfterDays: number;
    /** `open` first: what an empty Outcome means. */
    readonly outcomes: readonly OutcomeRule[];
    readonly statuses: {
      readonly header: Text;
      readonly duplicate: Text; // `{row}` is replaced by the owner's row
      readonly extensionsExceeded: Text;
      readonly expired: Text;
      readonly stale: Text;
      readonly active: Text;
    };
  };
  readonly pilot: {
    /** A pilot's length in calendar days when none is given, its first day counted. */
    readonly defaultDays: number;
    /** The report is due within this many days after the pilot's last day. */
    readonly reportWithinDays: number;
    readonly statuses: {
      readonly running: Text;
      readonly reportDue: Text;
      readonly reportOverdue: Text;
      readonly reported: Text;
      readonly reportedLate: Text;
    };
  };
}

const individual = bi('individual', 'индивидуальная');
const statusTerm = bi('status term', 'срок статуса');

export const TIERS_PROGRAM: TierProgram = {
  tiers: [
    {
      key: 'white',
      name: bi('White', 'Белый'),
      aliases: ['White status', 'Белый статус'],
      conditions: [],
      benefits: { discount: 0.1, registration_months: 3, extensions: 0, leads_per_month: 0, nfr_months: 0 },
    },
    {
      key: 'bronze',
      name: bi('Bronze', 'Бронзовый'),
      aliases: ['Bronze status', 'Бронзовый статус'],
      conditions: [{ kind: 'sales', min: 150_000 }],
      benefits: { discount: 0.2, registration_months: 3, extensions: 1, leads_per_month: 1, nfr_months: 0 },
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
  benefitNames: {
    discount: ['discount', 'скидка'],
    registration_months: ['registration_months', 'registration months', 'registration term', 'срок регистрации', 'срок регистрации сделки'],
    extensions: ['extensions', 'продления', 'продлений'],
    leads_per_month: ['leads_per_month', 'leads per month', 'leads', 'лиды', 'лидов в месяц', 'лиды в месяц'],
    nfr_months: ['nfr_months', 'nfr months', 'nfr', 'nfr-лицензия', 'срок nfr'],
  },
  deals: {
    staleAfterDays: 14,
    outcomes: [
      { key: 'open', name: bi('open', 'в работе'), names: ['open', 'in progress', 'в работе', 'открыта', 'открыт'] },
      { key: 'won', name: bi('won', 'выиграна'), names: ['won', 'win', 'выиграна', 'выиграно', 'выигран'] },
      { key: 'lost', name: bi('lost', 'проиграна'), names: ['lost', 'проиграна', 'проиграно', 'проигран'] },
      { key: 'cancelled', name: bi('cancelled', 'отменена'), names: ['cancelled', 'canceled', 'отменена', 'отменено', 'отменен', 'аннулирована'] },
    ],
    statuses: {
      header: bi('Status', 'Статус сделки'),
      duplicate: bi('duplicate of row {row}', 'дубль строки {row}'),
      extensionsExceeded: bi('extensions exceeded', 'превышено число продлений'),
      expired: bi('expired', 'истекла'),
      stale: bi('stale', 'нет обновлений'),
      active: bi('active', 'активна'),
    },
  },
  pilot: {
    defaultDays: 14,
    reportWithinDays: 14,
    statuses: {
      running: bi('running', 'идёт'),
      reportDue: bi('report due', 'ждём отчёт'),
      reportOverdue: bi('report overdue', 'отчёт просрочен'),
      reported: bi('reported', 'отчёт сдан'),
      reportedLate: bi('reported late', 'отчёт сдан с опозданием'),
    },
  },
};
