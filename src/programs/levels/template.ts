import { type Lang, bi } from '../../kernel/i18n';
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
const eventWords = (lang: Lang) =>
  lang === 'ru' ? ['участие', 'своё мероприятие', 'участие, своё мероприятие'] : ['participated', 'hosted', 'participated, hosted'];

/** The rules sheet, `Rules: levels` / `Правила: уровни`, holding the seed's table. */
export const LEVEL_RULES: TableSheet = rulesSheet(LEVELS_TABLE);

const rulesRange = (r: Refs) => r.columns(LEVEL_RULES, 'level', 'saasPurchasesRequired', { startRow: 1, from: LEVELS });

export const LEVELS: TableSheet = {
  kind: 'table',
  key: 'levels',
  name: bi('Partner levels', 'Уровни партнёров'),
  columns: [
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'level', header: bi('Level', 'Уровень'), choices: levelNames },
    { key: 'reviewsSales', header: bi('Reviews, share of sales (for the discount)', 'Отзывы, доля продаж (для скидки)'), format: 'percent', width: 160 },
    { key: 'plan', header: bi('Sales plan met', 'План продаж выполнен'), checkbox: true, width: 130 },
    { key: 'certified', header: bi('Certified staff', 'Сертифицированных сотрудников'), format: 'integer', width: 200 },
    { key: 'event', header: bi('Events', 'Мероприятия'), choices: eventWords, width: 200 },
    {
      key: 'discount',
      header: bi('Discount', 'Скидка'),
      format: 'percent',
      formula: (r) =>
        `LEVEL_DISCOUNT(${r.column(LEVELS, 'level')}, ${r.column(LEVELS, 'reviewsSales')}, ${r.column(LEVELS, 'plan')}, ${r.column(LEVELS, 'certified')}, ${r.column(LEVELS, 'event')}, ${rulesRange(r)})`,
    },
    {
      key: 'reviewsImplementations',
      header: bi('Reviews, share of implementations (for requirements)', 'Отзывы, доля внедрений (для требований)'),
      format: 'percent',
      width: 220,
    },
    { key: 'marketing', header: bi('Marketing activity', 'Маркетинговая активность'), checkbox: true, width: 170 },
    { key: 'announced', header: bi('Announced on website', 'Анонс на сайте'), checkbox: true, width: 160 },
    { key: 'saas', header: bi('SaaS purchases made', 'Покупки для SaaS сделаны'), checkbox: true, width: 170 },
    { key: 'year', header: bi('Participation year', 'Год участия'), format: 'integer', width: 130 },
    {
      key: 'requirements',
      header: bi('Requirements', 'Требования'),
      width: 420,
      formula: (r) =>
        `LEVEL_CHECK(${r.column(LEVELS, 'level')}, ${r.column(LEVELS, 'certified')}, ${r.column(LEVELS, 'reviewsImplementations')}, ${r.column(LEVELS, 'marketing')}, ${r.column(LEVELS, 'announced')}, ${r.column(LEVELS, 'saas')}, ${r.column(LEVELS, 'year')}, ${r.side(LEVELS, 'reportDate')}, ${rulesRange(r)})`,
    },
  ],
  samples: [
    partner(bi('Atlas CRM', 'Атлас CRM'), 'SaaS', [0.8, true, 3, bi('hosted', 'своё мероприятие')], [0.7, true, true, true, 2026]),
    partner(bi('Boreas Retail', 'Борей Ритейл'), 'Retail', [0.9, true, 5, bi('participated', 'участие')], [0.5, false, false, false, 2026]),
    partner(bi('Cetus Consulting', 'Кит Консалтинг'), 'Competency', [0.6, false, 2, ''], [0.6, true, true, false, 2026]),
    partner(bi('Draco Solutions', 'Дракон Решения'), 'Competency', [0.4, true, 1, bi('participated', 'участие')], [0.4, false, true, false, 2025]),
    partner(bi('Eridanus Cloud', 'Эридан Облако'), 'SaaS', [0.2, false, 2, ''], [0.2, false, false, false, 2026]),
    partner(
      bi('Fornax Group', 'Форнакс Груп'),
      'Competency',
      [0.5, false, 2, bi('participated, hosted', 'участие, своё мероприятие')],
      [0.5, true, true, false, 2026],
    ),
  ],
  side: [{ key: 'reportDate', label: bi('Report date', 'Дата отчёта'), value: { date: '2026-11-30' }, format: 'date' }],
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
  label: bi('Partner levels', 'Уровни партнёров'),
  sheets: [LEVELS, LEVEL_RULES],
};
