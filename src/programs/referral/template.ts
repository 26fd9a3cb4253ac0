import { t } from '../../kernel/i18n';
import { rulesSheet } from '../../kernel/functions/rulesTable';
import type { FormSheet, ProgramTemplate, Refs, SheetTemplate, TableSheet } from '../../kernel/templates/layout';
import { REFERRAL_RULES } from './rules/table';

/*
 * The referral template (seed 002): the Referrals sheet (one row per
 * referral, its credit computed), the schedule of the referrer named in one
 * cell, and the rules sheet every formula passes (SPEC §12). Russian follows
 * the seed's words: σύσταση — рекомендация, συμβόλαιο — договор,
 * εγκατάσταση — установка, έκπτωση — скидка, πελάτης — клиент.
 */

export const REFERRAL_RULES_SHEET: TableSheet = rulesSheet(REFERRAL_RULES);

/** The rules table as every formula passes it: `'Rules: referral'!A1:B`, open-ended so a second rule row is seen (and refused). */
const rulesRange = (r: Refs, from: SheetTemplate) => r.columns(REFERRAL_RULES_SHEET, 'creditShare', 'cap', { startRow: 1, from });

const optima = t`Optima Accounting`;
const xi = t`Xi Clinics`;

export const REFERRALS: TableSheet = {
  kind: 'table',
  key: 'referrals',
  name: t`Referrals`,
  columns: [
    { key: 'referrer', header: t`Referrer`, width: 180 },
    { key: 'own', header: t`Own annual contract`, format: 'money', width: 240 },
    { key: 'referred', header: t`Referred customer`, width: 180 },
    { key: 'referredContract', header: t`Referred annual contract`, format: 'money', width: 180 },
    { key: 'installed', header: t`Installed`, checkbox: true },
    // The function's new_customer is true for an empty cell, but an empty checkbox shows unchecked: the sheet
    // asks the opposite question, so that an unchecked box (empty or FALSE) means a new customer, as it reads.
    { key: 'alreadyCustomer', header: t`Already a customer`, checkbox: true, width: 140 },
    {
      key: 'credit',
      header: t`Credit`,
      format: 'money',
      width: 170,
      formula: (r) =>
        `REFERRAL_CREDIT(${r.column(REFERRALS, 'own')}, ${r.column(REFERRALS, 'referredContract')}, ${r.column(REFERRALS, 'installed')}, ARRAYFORMULA(NOT(${r.column(REFERRALS, 'alreadyCustomer')})), ${rulesRange(r, REFERRALS)})`,
    },
  ],
  samples: [
    // SPEC §6 example: own 1,000; referrals 1,000, 400, 2,500 (not installed), 3,000 → credits 1,000, 400, 0, 1,000
    { referrer: optima, own: 1000, referred: t`Kappa Payroll`, referredContract: 1000, installed: true },
    { referrer: optima, own: 1000, referred: t`Lambda Retail`, referredContract: 400, installed: true },
    { referrer: optima, own: 1000, referred: t`Mu Shipping`, referredContract: 2500, installed: false },
    { referrer: optima, own: 1000, referred: t`Nu Hotels`, referredContract: 3000, installed: true },
    { referrer: xi, own: 2400, referred: t`Omicron Labs`, referredContract: 1800, installed: true },
    { referrer: xi, own: 2400, referred: t`Pi Dental`, referredContract: 2600, installed: false },
    // Installed, but Rho was already a customer: seed 002 rewards bringing a new one, so no credit.
    { referrer: xi, own: 2400, referred: t`Rho Pharmacy`, referredContract: 900, installed: true, alreadyCustomer: true },
  ],
};

/**
 * The schedule of the referrer named in B1, from every Referrals row of that
 * referrer (open-ended ranges: a row added below counts at once): its own
 * contract from its first row, its referrals in row order. An unknown
 * referrer is #N/A, never an empty schedule.
 */
export const REFERRAL_SCHEDULE_SHEET: FormSheet = {
  kind: 'form',
  key: 'referralSchedule',
  name: t`Referral schedule`,
  fields: [
    { key: 'referrer', label: t`Referrer`, value: optima },
    { key: 'applied', label: t`Credits already applied`, value: 0, format: 'integer' },
  ],
  result: {
    key: 'schedule',
    headers: [t`Contract`, t`Discount`, t`To pay`],
    formats: ['integer', 'money', 'money'],
    widths: [200, 160, 110],
    formula: (r) => {
      const from = REFERRAL_SCHEDULE_SHEET;
      const referrer = r.field(from, 'referrer');
      const mine = `${r.column(REFERRALS, 'referrer', { from })} = ${referrer}`;
      const own = `VLOOKUP(${referrer}, ${r.columns(REFERRALS, 'referrer', 'own', { from })}, 2, FALSE)`;
      const referred = `FILTER(${r.column(REFERRALS, 'referredContract', { from })}, ${mine})`;
      const installed = `FILTER(${r.column(REFERRALS, 'installed', { from })}, ${mine})`;
      const isNew = `FILTER(NOT(${r.column(REFERRALS, 'alreadyCustomer', { from })}), ${mine})`;
      return `REFERRAL_SCHEDULE(${own}, ${referred}, ${installed}, , ${r.field(from, 'applied')}, ${isNew}, ${rulesRange(r, from)})`;
    },
  },
};

export const REFERRAL_TEMPLATE: ProgramTemplate = {
  key: 'referral',
  label: t`Referral credits`,
  sheets: [REFERRALS, REFERRAL_SCHEDULE_SHEET, REFERRAL_RULES_SHEET],
};
