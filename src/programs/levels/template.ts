import { bi } from '../../kernel/i18n';
import { LEVELS_PROGRAM } from './rules/seed';
import type { ProgramTemplate, TableSheet } from '../../kernel/templates/layout';

const levelNames = () => LEVELS_PROGRAM.levels.map((l) => l.names[0]);
const eventWords = (lang: 'en' | 'ru') => (lang === 'ru' ? ['участие', 'своё мероприятие'] : ['participated', 'hosted']);

export const LEVELS: TableSheet = {
  kind: 'table',
  key: 'levels',
  name: bi('Partner levels', 'Уровни партнёров'),
  columns: [
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'level', header: bi('Level', 'Уровень'), choices: levelNames },
    { key: 'reviews', header: bi('Reviews share', 'Доля отзывов'), format: 'percent', width: 110 },
    { key: 'plan', header: bi('Sales plan met', 'План продаж выполнен'), checkbox: true, width: 160 },
    { key: 'certified', header: bi('Certified staff', 'Сертифицированных сотрудников'), format: 'integer', width: 200 },
    { key: 'event', header: bi('Event', 'Мероприятие'), choices: eventWords, width: 140 },
    { key: 'marketing', header: bi('Marketing activity', 'Маркетинговая активность'), checkbox: true, width: 180 },
    { key: 'announced', header: bi('Announced on website', 'Анонс на сайте'), checkbox: true, width: 170 },
    {
      key: 'discount',
      header: bi('Discount', 'Скидка'),
      format: 'percent',
      formula: (r) =>
        `LEVEL_DISCOUNT(${r.column(LEVELS, 'level')}, ${r.column(LEVELS, 'reviews')}, ${r.column(LEVELS, 'plan')}, ${r.column(LEVELS, 'certified')}, ${r.column(LEVELS, 'event')})`,
    },
    {
      key: 'requirements',
      header: bi('Requirements', 'Требования'),
      width: 360,
      formula: (r) =>
        `LEVEL_CHECK(${r.column(LEVELS, 'level')}, ${r.column(LEVELS, 'certified')}, ${r.column(LEVELS, 'reviews')}, ${r.column(LEVELS, 'marketing')}, ${r.column(LEVELS, 'announced')})`,
    },
  ],
  samples: [
    {
      partner: bi('Atlas CRM', 'Атлас CRM'),
      level: 'SaaS',
      reviews: 0.8,
      plan: true,
      certified: 3,
      event: bi('hosted', 'своё мероприятие'),
      marketing: true,
      announced: true,
    },
    {
      partner: bi('Boreas Retail', 'Борей Ритейл'),
      level: 'Retail',
      reviews: 0.9,
      plan: true,
      certified: 5,
      event: bi('participated', 'участие'),
      marketing: false,
      announced: false,
    },
    {
      partner: bi('Cetus Consulting', 'Кит Консалтинг'),
      level: 'Competency',
      reviews: 0.6,
      plan: false,
      certified: 2,
      event: '',
      marketing: true,
      announced: true,
    },
    {
      partner: bi('Draco Solutions', 'Дракон Решения'),
      level: 'Competency',
      reviews: 0.4,
      plan: true,
      certified: 1,
      event: bi('participated', 'участие'),
      marketing: false,
      announced: true,
    },
    { partner: bi('Eridanus Cloud', 'Эридан Облако'), level: 'SaaS', reviews: 0.2, plan: false, certified: 2, event: '', marketing: false, announced: false },
  ],
};

export const LEVELS_TEMPLATE: ProgramTemplate = {
  key: 'levels',
  label: bi('Partner levels', 'Уровни партнёров'),
  sheets: [LEVELS],
};
