import { InputError } from '../../../kernel/errors';
import { everyForm, t } from '../../../kernel/i18n';
import { isEmpty } from '../../../kernel/functions/cells';
import { type Reader, money, share } from '../../../kernel/functions/readers';
import { type ReadTable, type RulesTable, rulesCellError } from '../../../kernel/functions/rulesTable';
import { normalizeWord, wordTable } from '../../../kernel/values/text';
import { ANACONDA_PROGRAM, type Cap, NO_CAP, OWN_CONTRACT, type ReferralProgram } from './seed';

/*
 * The referral rules table (SPEC §12.4): one rule row, `Credit share` (of
 * the referred contract; default 100%) and `Cap` (`own contract` — the
 * seed's rule —, `none`, or an amount; default own contract). Empty cells
 * take the defaults, so a table whose row is empty is the seed's rule; a
 * second rule row is an error naming it.
 */

/** The cap words shown on a rules sheet (its drop-down), in the sheet's language. */
export const CAP_SHOWN = { own: t`own contract`, none: t.in('cap')`none` } as const;

/** Every accepted spelling of the cap words: the shown words in every language, and other spellings. */
const CAP_WORDS = wordTable<Cap>([
  [
    OWN_CONTRACT,
    [
      ...everyForm(CAP_SHOWN.own),
      'own',
      "referrer's contract",
      'referrer contract',
      'договор рекомендателя',
      'свой договор',
      'собственный договор',
      'контракт рекомендателя',
    ],
  ],
  [NO_CAP, [...everyForm(CAP_SHOWN.none), 'no cap', 'no limit', 'unlimited', 'без предела', 'без ограничения', 'нет']],
]);

const NOT_A_CAP = t`is not a cap: use ${CAP_SHOWN.own}, ${CAP_SHOWN.none} or an amount`;

/** A cap cell: one of the words, or an amount (money, never negative). */
export const capReader: Reader<Cap> = {
  type: 'string|number',
  read(cell, ctx) {
    if (typeof cell === 'string') {
      const known = CAP_WORDS.get(normalizeWord(cell));
      if (known) return known;
    } else if (typeof cell !== 'number') {
      throw new InputError(NOT_A_CAP);
    }
    let amount: number;
    try {
      amount = money.read(cell, ctx);
    } catch (error) {
      // A negative amount says so; any other text is an unknown word.
      if (error instanceof InputError && (typeof cell === 'number' || /^\s*-/.test(cell))) throw error;
      throw new InputError(NOT_A_CAP);
    }
    return { kind: 'amount', amount };
  },
};

function build(table: ReadTable): ReferralProgram {
  const [rule, second] = table.rows;
  // Both columns have defaults, but a rule under no known header would be silently the seed's: a header row is missing.
  if (rule && table.at.creditShare === undefined && table.at.cap === undefined) {
    throw new InputError(t`has no "Credit share" or "Cap" column (headers are read from its first row)`);
  }
  if (second) {
    const line = table.cells[second.row] ?? [];
    const key = ['creditShare', 'cap'].find((k) => table.at[k] !== undefined && !isEmpty(line[table.at[k] as number]));
    throw rulesCellError(
      table,
      second.row,
      key ?? 'creditShare',
      t`is in a second rule row, but the referral rules are one row: keep one row under the headers`,
    );
  }
  if (!rule) return ANACONDA_PROGRAM;
  return { creditShare: rule.values.creditShare as number, cap: rule.values.cap as Cap };
}

export const REFERRAL_RULES: RulesTable<ReferralProgram> = {
  key: 'referral',
  title: t`Referral rules`,
  sheetName: t`Rules: referral`,
  users: ['REFERRAL_CREDIT', 'REFERRAL_SCHEDULE'],
  intro:
    "One rule row: an installed referral of a new customer earns Credit share × the referred annual contract, at most the Cap. An empty cell takes its default (an empty row is the seed's rule); a second rule row is an error. In REFERRAL_SCHEDULE a discount never exceeds the contract it pays: the rest of a larger credit goes to the next contract, before the next credit.",
  columns: [
    {
      key: 'creditShare',
      names: t`Credit share`,
      aliases: ['Доля скидки'],
      reader: share,
      fallback: 1,
      doc: 'A share of the referred annual contract: 0 to 1, or a percentage such as 50%.',
      shownDefault: '100%',
      format: 'percent',
      width: 260,
    },
    {
      key: 'cap',
      names: t.in('referral')`Cap`,
      aliases: ['Credit cap'],
      reader: capReader,
      fallback: OWN_CONTRACT,
      doc: "The most one credit is worth: `own contract` (the referrer's own, as in seed 002), `none`, or an amount; the words in Russian and Greek are in the word lists.",
      shownDefault: 'own contract',
      format: 'money',
      choices: (lang) => [CAP_SHOWN.own[lang], CAP_SHOWN.none[lang]],
      width: 200,
    },
  ],
  seed: ANACONDA_PROGRAM,
  seedRows: [{ creditShare: 1, cap: CAP_SHOWN.own }],
  build,
  example: {
    table: [
      ['Credit share', 'Cap'],
      ['50%', 1200],
    ],
    fn: 'REFERRAL_SCHEDULE',
    args: [1000, 3000, true, '', '', ''],
    result: [
      [1, 1000, 0],
      [2, 200, 800],
    ],
    formula: "=REFERRAL_SCHEDULE(1000, 3000, TRUE, , , , 'Rules: referral'!A1:B2)",
    explanation:
      'Half of the referred 3,000 is 1,500, capped at 1,200. The referrer pays 1,000 a year, so the credit pays its next contract in full and the 200 left go to the contract after it.',
  },
};
