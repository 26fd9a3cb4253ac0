/**
 * Plain data for the deal decisions' tests (rules/decisions.ts): the
 * template's partners with the tiers SPEC §5 gives their rows, and Deals
 * rows built by hand. "Today" is 15.03.2026.
 */
import { bi } from '../../helpers/texts';
import { expect } from 'vitest';
import { type Day, dayFromCivil } from '../../../src/kernel/values/dates';
import type { Notation } from '../../../src/kernel/values/locale';
import type { DealRow } from '../../../src/programs/partners/rules/dealStatus';
import type { DealBook, DealRefusal, PartnerEntry } from '../../../src/programs/partners/rules/decisions';
import { TIERS_PROGRAM, type TierRule } from '../../../src/programs/partners/rules/seed';

export const d = (iso: string): Day => {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromCivil(y, m, day);
};
export const TODAY = d('2026-03-15');
export const tier = (key: 'white' | 'bronze' | 'silver' | 'gold' | 'trusted'): TierRule => TIERS_PROGRAM.tiers.find((t) => t.key === key)!;

export const EN: Notation = { decimalComma: false, dayFirst: false };
export const RU: Notation = { decimalComma: true, dayFirst: true };

/** The Partners sheet of the template (SPEC §5 tiers from each row), plus a row whose cells could not be read. */
export const PARTNERS: PartnerEntry[] = [
  { name: 'Orion Soft', row: 2, authorised: true, tier: tier('white') },
  { name: 'Polaris IT', row: 3, authorised: true, tier: tier('bronze') },
  { name: 'Vega Systems', row: 4, authorised: true, tier: tier('silver') },
  { name: 'Sirius Integration', row: 5, authorised: true, tier: tier('gold') },
  { name: 'Altair Group', row: 6, authorised: true, tier: tier('trusted') },
  { name: 'Deneb Trade', row: 7, authorised: false, tier: tier('white') },
  { name: 'Broken Ltd', row: 8, authorised: true, problem: bi('Row 8 cannot be read.', 'Строку 8 не прочитать.') },
];

export interface Spec {
  on: string;
  partner: string;
  tier: Parameters<typeof tier>[0];
  customer: string;
  taxId?: string;
  products?: string;
  updated?: string;
  extensions?: number;
  outcome?: DealRow['outcome'];
}

/** Deals rows under the header (row 1): the first is row 2. */
export function book(...specs: Spec[]): DealBook {
  const deals = specs.map(
    (s, i): DealRow => ({
      row: i + 2,
      registered: d(s.on),
      partner: s.partner,
      tier: tier(s.tier),
      customer: s.customer,
      taxId: s.taxId ?? '',
      products: s.products ?? 'DLP',
      lastUpdate: s.updated === undefined ? undefined : d(s.updated),
      extensions: s.extensions ?? 0,
      outcome: s.outcome ?? 'open',
    }),
  );
  return { deals, nextRow: specs.length + 2 };
}

export const EMPTY = book();
export const refusal = (value: unknown) => {
  expect(value).toMatchObject({ ok: false });
  return value as DealRefusal;
};
