/**
 * The words of every refusal the deal decisions return (texts.ts
 * refusalText), in both languages: the seed's numbered reasons (seed 001:
 * 1 incomplete or incorrect data, 2 no authorisation, 3 registered to another
 * partner, 5 extension limit) open with their number and close with "Nothing
 * was written". The full messages are asserted through the bundle in
 * test/dialogs/deal.test.ts.
 */
import { bi } from '../../helpers/texts';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import type { DealRow } from '../../../src/programs/partners/rules/dealStatus';
import type { RefusalCase } from '../../../src/programs/partners/rules/decisions';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';
import { refusalText } from '../../../src/programs/partners/texts';

const bronze = TIERS_PROGRAM.tiers[1];
const deal: DealRow = {
  row: 7,
  registered: dayFromCivil(2026, 3, 1),
  partner: 'Polaris IT',
  tier: bronze,
  customer: 'Cedar Pharma',
  taxId: '',
  products: 'DLP',
  extensions: 2,
  outcome: 'won',
};
const sheets = { deals: 'Deals', partners: 'Partners' };

const CASES: RefusalCase[] = [
  { refused: 'incomplete', reason: 1, problems: [{ kind: 'needCustomer' }, { kind: 'badTaxId', value: '12' }] },
  { refused: 'notListed', reason: 2, name: 'Nobody' },
  { refused: 'notAuthorised', reason: 2, partner: { name: 'Deneb Trade', row: 7, authorised: false } },
  { refused: 'owned', reason: 3, owner: deal, expires: dayFromCivil(2026, 12, 1), partner: 'Orion Soft' },
  { refused: 'extensionLimit', reason: 5, deal },
  { refused: 'unreadable', problem: bi('The cell is bad.', 'Ячейка плохая.') },
  { refused: 'expired', deal, expires: dayFromCivil(2026, 12, 1) },
  { refused: 'closed', deal },
  { refused: 'pickDeal' },
  { refused: 'changed' },
  { refused: 'badOutcome', value: 'maybe' },
];

describe('refusalText', () => {
  it.each(CASES.map((c) => [c.refused, c] as const))('%s: words in English and Russian', (_, refusal) => {
    const text = refusalText(refusal, sheets);
    expect(text.en).toMatch(/\S/);
    expect(text.ru).toMatch(/[а-яё]/i);
    if ('reason' in refusal) {
      expect(text.en).toMatch(new RegExp(`^Refused, reason ${refusal.reason}: .* Nothing was written\\.$`));
      expect(text.ru).toMatch(new RegExp(`^Отказ, причина ${refusal.reason}: .* Ничего не записано\\.$`));
    }
  });

  it('words incomplete data as the list of problems, and the owner with its row and expiry', () => {
    expect(refusalText(CASES[0], sheets).en).toBe(
      'Refused, reason 1: incomplete or incorrect data. Enter the customer (its legal name); the tax ID "12" must be 10 or 12 digits. Nothing was written.',
    );
    expect(refusalText(CASES[3], sheets).en).toBe(
      'Refused, reason 3: the deal is registered to another partner. Polaris IT registered Cedar Pharma on 2026-03-01 ("Deals" sheet, row 7: DLP); that registration runs until 2026-12-01. Orion Soft may still sell the same products to this customer at a discount of up to 5%, at the vendor\'s discretion. Nothing was written.',
    );
    expect(refusalText(CASES[7], sheets).ru).toBe(
      'Сделка с заказчиком Cedar Pharma (строка 7) закрыта (выиграна): продлевать и обновлять нечего. Ничего не записано.',
    );
  });
});
