import { BOTH_EVENTS, EVENT_NAMES } from './rules/words';
import { type Lang, t } from '../../kernel/i18n';
import { rulesSheet } from '../../kernel/functions/rulesTable';
import type { ProgramTemplate, Refs, Sample, TableSheet } from '../../kernel/templates/layout';
import { LEVELS_SEED } from './rules/seed';
import { LEVELS_TABLE } from './rules/table';

/*
 * The levels template (SPEC §7, §12.2): the Partner levels sheet and its rules
 * sheet. The discount's inputs stand left of Discount in LEVEL_DISCOUNT's
 * order, the requirements' inputs left of Requirements in LEVEL_CHECK's, and
 * the two reviews columns say which share each is (of sales for the bonus, of
 * implementations for the requirement). Every formula passes the rules sheet
 * and the report date.
 */

const levelNames = () => LEVELS_SEED.levels.map((l) => l.name);
const eventWords = (lang: Lang) => [EVENT_NAMES.participated[lang], EVENT_NAMES.hosted[lang], BOTH_EVENTS[lang]];

/** The rules sheet, `Rules: levels` / `Правила: уровни`, holding the seed's table. */
export const LEVEL_RULES: TableSheet = rulesSheet(LEVELS_TABLE);

const rulesRange = (r: Refs) => r.columns(LEVEL_RULES, 'level', 'saasPurchasesRequired', { startRow: 1, from: LEVELS });

export const LEVELS: TableSheet = {
  kind: 'table',
  key: 'levels',
  name: t`Partner levels`,
  columns: [
    { key: 'partner', header: t`Partner`, width: 180 },
    { key: 'level', header: t`Level`, choices: levelNames },
    { key: 'reviewsSales', header: t`Reviews, share of sales (for the discount)`, format: 'percent', width: 160 },
    { key: 'plan', header: t`Sales plan met`, checkbox: true, width: 130 },
    { key: 'certified', header: t`Certified staff`, format: 'integer', width: 200 },
    { key: 'event', header: t`Events`, choices: eventWords, width: 200 },
    {
      key: 'discount',
      header: t`Discount`,
      format: 'percent',
      formula: (r) =>
        `LEVEL_DISCOUNT(${r.column(LEVELS, 'level')}, ${r.column(LEVELS, 'reviewsSales')}, ${r.column(LEVELS, 'plan')}, ${r.column(LEVELS, 'certified')}, ${r.column(LEVELS, 'event')}, ${rulesRange(r)})`,
    },
    {
      key: 'reviewsImplementations',
      header: t`Reviews, share of implementations (for requirements)`,
      format: 'percent',
      width: 220,
    },
    { key: 'marketing', header: t`Marketing activity`, checkbox: true, width: 170 },
    { key: 'announced', header: t`Announced on website`, checkbox: true, width: 160 },
    { key: 'saas', header: t`SaaS purchases made`, checkbox: true, width: 170 },
    { key: 'year', header: t`Participation year`, format: 'integer', width: 130 },
    {
      key: 'requirements',
      header: t`Requirements`,
      width: 420,
      formula: (r) =>
        `LEVEL_CHECK(${r.column(LEVELS, 'level')}, ${r.column(LEVELS, 'certified')}, ${r.column(LEVELS, 'reviewsImplementations')}, ${r.column(LEVELS, 'marketing')}, ${r.column(LEVELS, 'announced')}, ${r.column(LEVELS, 'saas')}, ${r.column(LEVELS, 'year')}, ${r.side(LEVELS, 'reportDate')}, ${rulesRange(r)})`,
    },
  ],
  samples: [
    partner(t`Atlas CRM`, 'SaaS', [0.8, true, 3, EVENT_NAMES.hosted], [0.7, true, true, true, 2026]),
    partner(t`Boreas Retail`, 'Retail', [0.9, true, 5, EVENT_NAMES.participated], [0.5, false, false, false, 2026]),
    partner(t`Cetus Consulting`, 'Competency', [0.6, false, 2, ''], [0.6, true, true, false, 2026]),
    partner(t`Draco Solutions`, 'Competency', [0.4, true, 1, EVENT_NAMES.participated], [0.4, false, true, false, 2025]),
    partner(t`Eridanus Cloud`, 'SaaS', [0.2, false, 2, ''], [0.2, false, false, false, 2026]),
    partner(t`Fornax Group`, 'Competency', [0.5, false, 2, BOTH_EVENTS], [0.5, true, true, false, 2026]),
  ],
  side: [{ key: 'reportDate', label: t`Report date`, value: { date: '2026-11-30' }, format: 'date' }],
};

/** A sample row: the discount's inputs, then the requirements'. */
function partner(
  name: Sample,
  level: string,
  [reviewsSales, plan, certified, event]: [number, boolean, number, Sample],
  [reviewsImplementations, marketing, announced, saas, year]: [number, boolean, boolean, boolean, number],
): Record<string, Sample> {
  return { partner: name, level, reviewsSales, plan, certified, event, reviewsImplementations, marketing, announced, saas, year };
}

export const LEVELS_TEMPLATE: ProgramTemplate = {
  key: 'levels',
  label: t`Partner levels`,
  sheets: [LEVELS, LEVEL_RULES],
};
