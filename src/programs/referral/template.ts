import { bi } from '../../kernel/i18n';
import type { FormSheet, ProgramTemplate, TableSheet } from '../../kernel/templates/layout';

const optima = bi('Optima Accounting', 'Оптима Бухучёт');

export const REFERRALS: TableSheet = {
  kind: 'table',
  key: 'referrals',
  name: bi('Referrals', 'Рекомендации'),
  columns: [
    { key: 'referrer', header: bi('Referrer', 'Рекомендатель'), width: 180 },
    { key: 'own', header: bi('Own annual contract', 'Свой годовой контракт'), format: 'money', width: 160 },
    { key: 'referred', header: bi('Referred customer', 'Рекомендованный клиент'), width: 180 },
    { key: 'referredContract', header: bi('Referred annual contract', 'Годовой контракт клиента'), format: 'money', width: 180 },
    { key: 'installed', header: bi('Installed', 'Установлено'), checkbox: true },
    {
      key: 'credit',
      header: bi('Credit', 'Скидка'),
      format: 'money',
      formula: (r) => `REFERRAL_CREDIT(${r.column(REFERRALS, 'own')}, ${r.column(REFERRALS, 'referredContract')}, ${r.column(REFERRALS, 'installed')})`,
    },
  ],
  samples: [
    // SPEC §6 example: own 1,000; referrals 1,000, 400, 2,500 (not installed), 3,000 → credits 1,000, 400, 0, 1,000
    { referrer: optima, own: 1000, referred: bi('Kappa Payroll', 'Каппа Зарплата'), referredContract: 1000, installed: true },
    { referrer: optima, own: 1000, referred: bi('Lambda Retail', 'Лямбда Ритейл'), referredContract: 400, installed: true },
    { referrer: optima, own: 1000, referred: bi('Mu Shipping', 'Мю Шиппинг'), referredContract: 2500, installed: false },
    { referrer: optima, own: 1000, referred: bi('Nu Hotels', 'Ню Отели'), referredContract: 3000, installed: true },
    { referrer: bi('Xi Clinics', 'Кси Клиники'), own: 2400, referred: bi('Omicron Labs', 'Омикрон Лабс'), referredContract: 1800, installed: true },
    { referrer: bi('Xi Clinics', 'Кси Клиники'), own: 2400, referred: bi('Pi Dental', 'Пи Дентал'), referredContract: 2600, installed: false },
  ],
};

export const REFERRAL_SCHEDULE_SHEET: FormSheet = {
  kind: 'form',
  key: 'referralSchedule',
  name: bi('Referral schedule', 'График скидок'),
  fields: [
    { key: 'referrer', label: bi('Referrer', 'Рекомендатель'), value: optima },
    { key: 'own', label: bi('Own annual contract', 'Свой годовой контракт'), value: 1000, format: 'money' },
  ],
  result: {
    key: 'schedule',
    headers: [bi('Contract', 'Контракт'), bi('Discount', 'Скидка'), bi('To pay', 'К оплате')],
    formats: ['integer', 'money', 'money'],
    widths: [180, 160, 110],
    // The sample referrer's referrals are rows 2–5 of the Referrals sheet.
    formula: (r) => {
      const rows = { from: REFERRAL_SCHEDULE_SHEET, startRow: 2, endRow: 5 };
      const referred = r.column(REFERRALS, 'referredContract', rows);
      const installed = r.column(REFERRALS, 'installed', rows);
      return `REFERRAL_SCHEDULE(${r.field(REFERRAL_SCHEDULE_SHEET, 'own')}, ${referred}, ${installed})`;
    },
  },
};

export const REFERRAL_TEMPLATE: ProgramTemplate = {
  key: 'referral',
  label: bi('Referral credits', 'Реферальные скидки'),
  sheets: [REFERRALS, REFERRAL_SCHEDULE_SHEET],
};
