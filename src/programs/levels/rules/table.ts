import { InputError } from '../../../kernel/errors';
import { type Lang, perLang, t, type Text } from '../../../kernel/i18n';
import { isEmpty } from '../../../kernel/functions/cells';
import { type Reader, count, flag, share, text } from '../../../kernel/functions/readers';
import { type ReadTable, type RulesColumn, type RulesTable, rulesCellError } from '../../../kernel/functions/rulesTable';
import type { Sample } from '../../../kernel/templates/layout';
import { normalizeWord } from '../../../kernel/values/text';
import { type LevelRow, type LevelsProgram, UNIT, levelsProgram, toUnits } from './program';
import { LEVELS_SEED, SEED_ROWS, SEED_SPELLINGS } from './seed';
import { percentText } from './words';

/*
 * The levels rules table (SPEC §12.2): one row per level, lowest first.
 * Clearing a row on a sheet leaves its checkboxes unchecked (FALSE), not
 * empty; such a row, with no level and nothing else but unchecked flags,
 * counts as empty. So the Level and Base discount readers let an empty cell
 * through to `build`, which skips those rows and names the cell of any other.
 */

/** An empty cell reads as '' (build decides whether the row is empty). */
function orEmpty<T, E>(reader: Reader<T>, empty: E): Reader<T | E> {
  return { type: reader.type, read: (cell, ctx) => (isEmpty(cell) ? empty : reader.read(cell, ctx)) };
}

const pct = (doc: string, shownDefault = '0%') => ({ reader: share, format: 'percent' as const, shownDefault, doc, width: 120 });

const COLUMNS: readonly RulesColumn[] = [
  {
    key: 'level',
    names: t`Level`,
    required: true,
    reader: orEmpty(text, ''),
    width: 140,
    doc: 'Unique. Arguments name a level by it (any case) or by its row number, 1 for the first; Retail, Competency and SaaS also by the seed’s full names (SaaS Partner…)',
  },
  {
    key: 'base',
    names: t`Base discount`,
    required: true,
    ...pct("The level's discount before bonuses"),
    reader: orEmpty(share, undefined),
  },
  { key: 'reviewsBonus', names: t`Reviews bonus`, fallback: 0, ...pct('For reviews from more than Reviews above of sales') },
  {
    key: 'planBonus',
    names: t`Plan bonus`,
    aliases: ['Бонус за выполнение плана'],
    fallback: 0,
    ...pct('For the agreed sales plan met'),
  },
  {
    key: 'certifiedBonus',
    names: t`Certified bonus`,
    aliases: ['Бонус за сертифицированных специалистов'],
    fallback: 0,
    ...pct('For more than Certified above certified specialists'),
  },
  {
    key: 'participationBonus',
    names: t`Participation bonus`,
    aliases: ['Бонус за участие в мероприятиях'],
    fallback: 0,
    ...pct("For taking part in the vendor's events (event: participated)"),
  },
  {
    key: 'hostingBonus',
    names: t`Hosting bonus`,
    fallback: 0,
    ...pct('For hosting its own event (event: hosted)'),
  },
  {
    key: 'reviewsAbove',
    names: t`Reviews above`,
    fallback: 0.75,
    ...pct('The reviews bonus needs MORE than this share of sales', '75%'),
  },
  {
    key: 'certifiedAbove',
    names: t`Certified above`,
    reader: count,
    fallback: 2,
    format: 'integer',
    width: 120,
    shownDefault: '2',
    doc: 'The certified bonus needs MORE than this many specialists',
  },
  {
    key: 'cap',
    names: t`Cap`,
    aliases: ['Потолок скидки'],
    fallback: undefined,
    ...pct('Base plus bonuses never exceeds it (not below the base); with no cap, base plus all bonuses must stay within 100%', 'none'),
  },
  {
    key: 'requiredCertified',
    names: t`Required certified`,
    reader: count,
    fallback: 0,
    format: 'integer',
    width: 130,
    shownDefault: '0',
    doc: 'LEVEL_CHECK: at least this many certified specialists',
  },
  {
    key: 'requiredReviews',
    names: t`Required reviews`,
    fallback: 0,
    ...pct('LEVEL_CHECK: reviews from at least this share of IMPLEMENTATIONS'),
  },
  ...(
    [
      ['marketingRequired', t`Marketing required`, 'LEVEL_CHECK: marketing_active'],
      ['announcementRequired', t`Announcement required`, 'LEVEL_CHECK: announced on the website'],
      ['saasPurchasesRequired', t`SaaS purchases required`, 'LEVEL_CHECK: saas_purchases, where given'],
    ] as const
  ).map(([key, names, doc]) => ({ key, names, reader: flag, fallback: false, checkbox: true, width: 150, shownDefault: 'not required', doc })),
];

const EMPTY_LEVEL = t`is empty, but the level needs a name`;
const EMPTY_BASE = t`is empty, but a share is needed`;
const SECOND_NAME = t`is the name of another level above; each level needs its own name`;
const NO_LEVELS = t`has no levels: add one row per level under the header`;

function otherNumber(number: number): Text {
  return t`is a number, but this is level ${number}: a number names the level in that row, so name it ${number} or give it a word`;
}

/** A row with no level whose other cells are empty or unchecked: a cleared row. */
function clearedRow(table: ReadTable, row: number): boolean {
  return (table.cells[row] ?? []).every((cell) => isEmpty(cell) || cell === false);
}

function build(table: ReadTable): LevelsProgram {
  const rows: LevelRow[] = [];
  const seen = new Set<string>();
  for (const { row, values } of table.rows) {
    const level = values as unknown as LevelRow;
    if (level.level === '') {
      if (clearedRow(table, row)) continue;
      throw rulesCellError(table, row, 'level', EMPTY_LEVEL);
    }
    const number = rows.length + 1;
    const key = normalizeWord(level.level);
    if (/^\d+$/.test(key) && Number(key) !== number) throw rulesCellError(table, row, 'level', otherNumber(number));
    if (seen.has(key)) throw rulesCellError(table, row, 'level', SECOND_NAME);
    seen.add(key);
    if (level.base === undefined) throw rulesCellError(table, row, 'base', EMPTY_BASE);
    const base = toUnits(level.base);
    if (level.cap !== undefined && toUnits(level.cap) < base) {
      const shown = (lang: Lang) => percentText(level.base, lang);
      throw rulesCellError(table, row, 'cap', t`is below the level's base discount ${perLang((lang) => shown(lang))}`);
    }
    const most =
      base + [level.reviewsBonus, level.planBonus, level.certifiedBonus, level.participationBonus, level.hostingBonus].reduce((sum, b) => sum + toUnits(b), 0);
    if (level.cap === undefined && most > UNIT) {
      const shown = (lang: Lang) => percentText(most / UNIT, lang);
      throw rulesCellError(
        table,
        row,
        'base',
        t`plus every bonus of the level comes to ${perLang((lang) => shown(lang))}, above 100%: lower the bonuses or give the level a Cap`,
      );
    }
    rows.push(level);
  }
  if (rows.length === 0) throw new InputError(NO_LEVELS);
  return levelsProgram(rows, SEED_SPELLINGS);
}

/** The seed's rows as a rules sheet holds them (level names are the same in every language). */
const SEED_SAMPLES = SEED_ROWS.map((row) => {
  const sample: Record<string, Sample> = {};
  for (const [key, value] of Object.entries(row)) if (value !== undefined) sample[key] = value;
  return sample;
});

export const LEVELS_TABLE: RulesTable<LevelsProgram> = {
  key: 'levels',
  title: t`Levels`,
  sheetName: t`Rules: levels`,
  columns: COLUMNS,
  users: ['LEVEL_DISCOUNT', 'LEVEL_CHECK'],
  intro:
    "One row per level, lowest first. LEVEL_DISCOUNT adds to a level's base discount each bonus earned, up to the level's cap; LEVEL_CHECK lists the level's unmet requirements. " +
    'Shares are fractions or percentages (20% or 0.2), at most 100%; flags are checkboxes.',
  seed: LEVELS_SEED,
  seedRows: SEED_SAMPLES,
  build,
  example: {
    table: [
      ['Level', 'Base discount', 'Plan bonus', 'Certified bonus', 'Hosting bonus', 'Certified above', 'Cap'],
      ['Start', '5%', '5%', '', '1%', 3, ''],
      ['Pro', '15%', '8%', '3%', '2%', 3, '25%'],
    ],
    fn: 'LEVEL_DISCOUNT',
    args: [2, '90%', true, 4, 'hosted'],
    result: 0.25,
    formula: `=LEVEL_DISCOUNT(2, 90%, TRUE, 4, "hosted", 'Rules: levels'!A1:G3)`,
    explanation:
      'Level 2 is the second row, Pro: 15% base + 8% for the plan + 3% for more than 3 certified specialists + 2% for hosting = 28%, capped at Pro’s 25%. ' +
      'The table has no Reviews bonus column, so reviews from 90% of sales earn nothing.',
  },
};
