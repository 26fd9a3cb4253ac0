import { InputError } from '../../../kernel/errors';
import { everyForm, type Lang, LANGS, perLang, same, t, type Text } from '../../../kernel/i18n';
import { type RulesColumn, type RulesTable, rulesCellError } from '../../../kernel/functions/rulesTable';
import { type Reader, flag, money, share, text, wholeNumber, word } from '../../../kernel/functions/readers';
import { formatAmount } from '../../../kernel/values/numbers';
import type { Sample } from '../../../kernel/templates/layout';
import { BENEFIT_WORDS, type Condition, type FlagKey, type MarketingKey, TIERS_PROGRAM, type TierBenefits, type TierProgram, type TierRule } from './seed';
import { isReservedTierName, minSalesOf, parseMarketingLevel, wordKey } from './tiers';

/*
 * The tiers rules table (SPEC §12.1): the vendor's own tiers, one row per
 * tier, lowest first, each with its own conditions and terms. Read by every
 * function of the family (their optional last argument `rules`), by the deal
 * dialog (its terms and extension limits) and by What if…; the template's
 * `Rules: partners` sheet holds the seed's table. Words other than the tier
 * names (marketing levels, outcomes, statuses) stay the seed's.
 */

/** The marketing levels as a rules sheet's drop-down offers them. */
export const marketingChoices = (lang: Lang): string[] => TIERS_PROGRAM.marketing.map((m) => m.name[lang]);
const marketingSample = (level: MarketingKey): Text => TIERS_PROGRAM.marketing.find((m) => m.key === level)!.name;

/** A word of a benefit cell, as written; the seed's (`individual`, `срок статуса`) also in its other language. */
function benefitWord(text: string): Text {
  const written = text.trim();
  const lang = (seed: Text) => LANGS.find((l) => wordKey(seed[l]) === wordKey(written));
  const seed = BENEFIT_WORDS.find((w) => lang(w) !== undefined);
  if (!seed) return same(written);
  return { ...seed, [lang(seed) as Lang]: written };
}

/** A share, or a word where the program sets no number (`individual`): text with a digit in it is read as a share. */
const shareOrWord: Reader<number | Text> = {
  type: 'number|string',
  read(cell, ctx) {
    if (typeof cell === 'string' && !/\d/.test(cell) && cell.trim() !== '') return benefitWord(cell);
    return share.read(cell, ctx);
  },
};

/** A whole number of months, or a word (`status term`). */
function monthsOrWord(max: number): Reader<number | Text> {
  const months = wholeNumber(0, max);
  return {
    type: 'number|string',
    read(cell, ctx) {
      if (typeof cell === 'string' && !/\d/.test(cell) && cell.trim() !== '') return benefitWord(cell);
      return months.read(cell, ctx);
    },
  };
}

const marketingLevel: Reader<MarketingKey> = word((t) => parseMarketingLevel(t, TIERS_PROGRAM));

const FLAG_COLUMNS: readonly { key: string; flag: FlagKey }[] = [
  { key: 'training', flag: 'salesTraining' },
  { key: 'reporting', flag: 'monthlyReporting' },
  { key: 'staff', flag: 'dedicatedStaff' },
];

const columns: RulesColumn[] = [
  {
    key: 'tier',
    names: t`Tier`,
    aliases: ['Tier name', 'Partner tier', 'Статус партнёра', 'Название статуса'],
    required: true,
    reader: text,
    doc: 'Unique; results show it as written, arguments may use any case.',
    width: 130,
  },
  {
    key: 'minSales',
    names: t`Min sales`,
    aliases: ['Minimum sales', 'Sales from', 'Минимальные продажи'],
    required: true,
    reader: money,
    doc: '12-month sales the tier needs; never below the row above; 0 in the first row.',
    format: 'money',
    width: 120,
  },
  ...(
    [
      ['training', t`Sales training`, [], 'Sales training required.'],
      ['reporting', t`Monthly reporting`, ['Monthly deal reporting', 'Ежемесячная отчётность по сделкам'], 'Monthly deal reporting required.'],
      ['staff', t.in('rules')`Dedicated staff`, ['Выделенные сотрудники'], 'Dedicated staff required.'],
    ] as const
  ).map(
    ([key, names, aliases, doc]): RulesColumn => ({
      key,
      names,
      aliases,
      reader: flag,
      fallback: false,
      doc,
      shownDefault: 'not required',
      checkbox: true,
      width: 130,
    }),
  ),
  {
    key: 'marketing',
    names: t`Marketing`,
    reader: marketingLevel,
    fallback: 'none' as MarketingKey,
    doc: 'Marketing the tier needs: none, quarterly or monthly.',
    shownDefault: 'none',
    choices: marketingChoices,
    width: 120,
  },
  {
    key: 'discount',
    names: t`Discount`,
    reader: shareOrWord,
    fallback: 0,
    doc: 'A share (30%), or a word (`individual`).',
    shownDefault: '0',
    format: 'percent',
  },
  {
    key: 'registrationMonths',
    names: t`Registration months`,
    aliases: ['Registration term', 'Срок регистрации'],
    reader: wholeNumber(1, 120),
    fallback: 3,
    doc: 'Term of a deal registration in months (1–120); each extension adds one more.',
    shownDefault: '3',
    format: 'integer',
    width: 150,
  },
  {
    key: 'extensions',
    names: t`Extensions`,
    reader: wholeNumber(0, 100),
    fallback: 0,
    doc: 'Extensions allowed (0–100).',
    shownDefault: '0',
    format: 'integer',
  },
  {
    key: 'leads',
    names: t.in('rules')`Leads per month`,
    reader: wholeNumber(0, 100_000),
    fallback: 0,
    doc: 'Leads a month.',
    shownDefault: '0',
    format: 'integer',
    width: 120,
  },
  {
    key: 'nfr',
    names: t`NFR months`,
    aliases: ['NFR'],
    reader: monthsOrWord(1200),
    fallback: 0,
    doc: 'NFR licence months (0 for none), or a word (`status term`).',
    shownDefault: '0',
    format: 'integer',
  },
  {
    key: 'updateEvery',
    names: t`Update every days`,
    aliases: ['Update every', 'Stale after days', 'Обновление каждые'],
    reader: wholeNumber(1, 3650),
    fallback: 14,
    doc: 'DEAL_STATUS says `stale` after more days than this without an update.',
    shownDefault: '14',
    format: 'integer',
    width: 170,
  },
];

/** One rule read from a row, before the tiers are checked against each other. */
type RowValues = {
  tier: string;
  minSales: number;
  training: boolean;
  reporting: boolean;
  staff: boolean;
  marketing: MarketingKey;
  discount: number | Text;
  registrationMonths: number;
  extensions: number;
  leads: number;
  nfr: number | Text;
  updateEvery: number;
};

/**
 * The names of a tier as a table writes it: as written, in any case; a seed
 * tier's name (`Silver`, `Серебряный`) also keeps its other language and
 * spellings, so the seed's table on a rules sheet in any language gives
 * the seed's results in both, and a Deals row written in the other language
 * still reads.
 */
function namesOf(written: string): Pick<TierRule, 'key' | 'name' | 'aliases'> {
  const key = wordKey(written);
  const langOf = (name: Text) => LANGS.find((l) => wordKey(name[l]) === key);
  const seed = TIERS_PROGRAM.tiers.find((tier) => langOf(tier.name) !== undefined);
  if (!seed) return { key, name: same(written), aliases: [] };
  return { key: seed.key, name: { ...seed.name, [langOf(seed.name) as Lang]: written }, aliases: [...everyForm(seed.name), ...seed.aliases] };
}

/** A tier from its row: conditions in the seed's order (sales, marketing, then the flags), so that TIER_GAP lists them so. */
function tierOf(v: RowValues): TierRule {
  const conditions: Condition[] = [];
  if (v.minSales > 0) conditions.push({ kind: 'sales', min: v.minSales });
  if (v.marketing !== 'none') conditions.push({ kind: 'marketing', min: v.marketing });
  for (const { key, flag } of FLAG_COLUMNS) if (v[key as 'training' | 'reporting' | 'staff']) conditions.push({ kind: 'flag', flag });
  const benefits: TierBenefits = {
    discount: v.discount,
    registration_months: v.registrationMonths,
    extensions: v.extensions,
    leads_per_month: v.leads,
    nfr_months: v.nfr,
  };
  return { ...namesOf(v.tier), conditions, benefits, staleAfterDays: v.updateEvery };
}

/** The seed's tiers as rows of the table (SPEC §5), for the template's rules sheet and the reference. */
function seedRow(tier: TierRule): Record<string, Sample> {
  const has = (flag: FlagKey) => tier.conditions.some((c) => c.kind === 'flag' && c.flag === flag);
  const marketing = tier.conditions.find((c) => c.kind === 'marketing');
  const b = tier.benefits;
  return {
    tier: tier.name,
    minSales: minSalesOf(tier),
    training: has('salesTraining'),
    reporting: has('monthlyReporting'),
    staff: has('dedicatedStaff'),
    marketing: marketingSample(marketing && marketing.kind === 'marketing' ? marketing.min : 'none'),
    discount: b.discount,
    registrationMonths: b.registration_months,
    extensions: b.extensions,
    leads: b.leads_per_month,
    nfr: b.nfr_months,
    updateEvery: tier.staleAfterDays,
  };
}

export const TIERS_TABLE: RulesTable<TierProgram> = {
  key: 'tiers',
  title: t`Tiers`,
  sheetName: t`Rules: partners`,
  columns,
  users: ['PARTNER_TIER', 'TIER_GAP', 'TIER_BENEFIT', 'DEAL_EXPIRY', 'DEAL_STATUS', 'PILOT_STATUS'],
  intro:
    "One row per tier, lowest first; a tier's conditions are in its own row and all must hold. The deal dialog and What if… read the template's rules sheet.",
  seed: TIERS_PROGRAM,
  seedRows: TIERS_PROGRAM.tiers.map(seedRow),
  build(table) {
    if (!table.rows.length) {
      throw new InputError(t`has no tiers: put one row per tier under the header row, lowest first`);
    }
    const seen = new Map<string, number>();
    let previous: number | undefined;
    const tiers = table.rows.map(({ row, values }, i) => {
      const v = values as RowValues;
      const fail = (key: string, text: Text) => rulesCellError(table, row, key, text);
      if (isReservedTierName(v.tier, TIERS_PROGRAM)) {
        throw fail('tier', t`names no tier: it is the result for a partner without one`);
      }
      // Two names for one tier (`Silver` and `Серебряный`) are one name twice.
      const names = namesOf(v.tier);
      const words = [...everyForm(names.name), ...names.aliases].map(wordKey);
      const first = words.map((w) => seen.get(w)).find((r) => r !== undefined);
      if (first !== undefined) throw fail('tier', t`is a second tier of that name (row ${first + 1})`);
      for (const w of words) seen.set(w, row);
      if (i === 0) {
        if (v.minSales !== 0) {
          throw fail('minSales', t`must be 0: the first tier is every authorised partner's`);
        }
        for (const [column, required] of [
          ...FLAG_COLUMNS.map((f) => [f.key, v[f.key as 'training']] as const),
          ['marketing', v.marketing !== 'none'] as const,
        ]) {
          if (required) {
            throw fail(column, t`cannot be required of the first tier: every authorised partner has the first tier`);
          }
        }
      }
      if (previous !== undefined && v.minSales < previous) {
        const above = previous;
        throw fail('minSales', t`is below the row above (${perLang((lang) => formatAmount(above, lang))}): tiers go lowest first`);
      }
      previous = v.minSales;
      return tierOf(v);
    });
    return { ...TIERS_PROGRAM, tiers };
  },
  example: {
    table: [
      ['Tier', 'Min sales', 'Sales training', 'Marketing', 'Discount', 'Registration months', 'Extensions'],
      ['Partner', 0, false, 'none', '5%', 2, 0],
      ['Advanced', 200000, true, 'none', '15%', 4, 1],
      ['Premier', 1000000, true, 'quarterly', '25%', 6, 2],
    ],
    fn: 'TIER_GAP',
    args: [250000, true, 'none', false, false, true, ''],
    result: 'Premier: sales +750,000; quarterly marketing',
    formula: '=TIER_GAP(250000, TRUE, "none", FALSE, FALSE, TRUE, , \'Rules: partners\'!A1:G4)',
    explanation: 'The partner is Advanced; Premier also needs 1,000,000 and quarterly marketing. Columns left out take their defaults.',
  },
};
