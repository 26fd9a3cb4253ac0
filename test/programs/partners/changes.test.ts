/**
 * The deal dialog's pure decisions on registrations already made
 * (rules/decisions.ts): extension, status update and a partner's open
 * registrations, on plain data — no spreadsheet. Expected values are worked
 * out by hand from SPEC §5 and §9.2 and seed 001 (Stakhanovets):
 *
 * - refusal reasons of the seed: 1 incomplete or incorrect data, 2 the
 *   partner is not authorised, 3 the deal is registered to another partner,
 *   5 the extension limit of the partner's tier is exhausted;
 * - tiers (SPEC §5 table): White 3 months / 0 extensions, Bronze 3 / 1,
 *   Silver 6 / 1, Gold 9 / 0, Trusted 12 / 0;
 * - expiry = EDATE(registered, term × (1 + extensions)), deadlines inclusive.
 *
 * "Today" is 15.03.2026 unless a test says otherwise.
 */
import { bi } from '../../helpers/texts';
import { describe, expect, it } from 'vitest';
import { askedOutcome } from '../../../src/programs/partners/rules/dealRequest';
import { type DealBook, decideExtension, decideStatusUpdate, partnerRegistrations } from '../../../src/programs/partners/rules/decisions';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';
import { EMPTY, PARTNERS, type Spec, TODAY, book, d } from './fixtures';

// ---------- extension ----------

describe('decideExtension', () => {
  /** Registered 20 days before today, none extended yet, unless said otherwise. */
  const specs: Spec[] = [
    { on: '2026-02-23', partner: 'Polaris IT', tier: 'bronze', customer: 'Aster Labs' }, // row 2
    { on: '2026-02-23', partner: 'Vega Systems', tier: 'silver', customer: 'Birch Co', products: 'Archive' }, // row 3
    { on: '2026-02-23', partner: 'Orion Soft', tier: 'white', customer: 'Cobalt Ltd' }, // row 4
    { on: '2026-02-23', partner: 'Sirius Integration', tier: 'gold', customer: 'Delta Corp' }, // row 5
    { on: '2026-02-23', partner: 'Altair Group', tier: 'trusted', customer: 'Echo Inc' }, // row 6
    { on: '2025-10-16', partner: 'Polaris IT', tier: 'bronze', customer: 'Fjord AG', products: 'Time Tracker' }, // row 7: ended 16.01.2026
    { on: '2026-02-23', partner: 'Deneb Trade', tier: 'bronze', customer: 'Gamma Ltd' }, // row 8: partner de-authorised
    { on: '2026-02-23', partner: 'Polaris IT', tier: 'bronze', customer: 'Helix', outcome: 'won' }, // row 9: closed
    { on: '2026-01-10', partner: 'Polaris IT', tier: 'bronze', customer: 'Iris', extensions: 1 }, // row 10: its one extension used
    { on: '2025-12-01', partner: 'Polaris IT', tier: 'bronze', customer: 'Juniper', extensions: 2 }, // row 11: over the limit
    { on: '2026-02-23', partner: 'Nobody Ltd', tier: 'white', customer: 'Kappa' }, // row 12: partner no longer listed
    { on: '2025-11-20', partner: 'Orion Soft', tier: 'white', customer: 'Lima' }, // row 13: White, ended 20.02.2026
  ];
  const deals = book(...specs);
  const at = (row: number) => deals.deals[row - 2];
  /** What the dialog sends to point at a listed registration: its row, partner, customer and the ISO day it was shown. */
  const pointer = (row: number) => ({ row, partner: specs[row - 2].partner, customer: specs[row - 2].customer, registered: specs[row - 2].on });
  const extend = (row: number) => decideExtension(pointer(row), PARTNERS, deals, TODAY);

  it.each([
    [2, '2026-08-23'], // Bronze: EDATE(23.02.2026, 3 × 2)
    [3, '2027-02-23'], // Silver: EDATE(23.02.2026, 6 × 2)
  ])('row %i: one more term, counted from the registration date, Last update today', (row, expires) => {
    expect(extend(row)).toEqual({ ok: true, deal: { ...at(row), extensions: 1, lastUpdate: TODAY }, expires: d(expires) });
  });

  it.each([
    [4, 'White'],
    [5, 'Gold'],
    [6, 'Trusted'],
    [10, 'Bronze, its one extension used'],
    [11, 'Bronze, over its limit already'],
    [13, 'White, even once expired'],
  ])('row %i (%s): reason 5, the extension limit exhausted', (row) => {
    expect(extend(row)).toEqual({ ok: false, refused: 'extensionLimit', reason: 5, deal: at(row) });
  });

  it('refuses an expired registration that still has an extension left, naming its expiry', () => {
    expect(extend(7)).toEqual({ ok: false, refused: 'expired', deal: at(7), expires: d('2026-01-16') });
  });

  it("extends on the registration's last day (inclusive), not the day after", () => {
    // Bronze: EDATE(15.12.2025, 3) = 15.03.2026, today; extended: EDATE(15.12.2025, 6) = 15.06.2026
    const lastDay = book(
      { on: '2025-12-15', partner: 'Polaris IT', tier: 'bronze', customer: 'Mango' },
      { on: '2025-12-14', partner: 'Polaris IT', tier: 'bronze', customer: 'Nectar' },
    );
    expect(decideExtension({ row: 2, partner: 'Polaris IT', customer: 'Mango', registered: '2025-12-15' }, PARTNERS, lastDay, TODAY)).toMatchObject({
      ok: true,
      expires: d('2026-06-15'),
    });
    expect(decideExtension({ row: 3, partner: 'Polaris IT', customer: 'Nectar', registered: '2025-12-14' }, PARTNERS, lastDay, TODAY)).toMatchObject({
      refused: 'expired',
      expires: d('2026-03-14'),
    });
  });

  it('refuses a closed registration', () => {
    expect(extend(9)).toEqual({ ok: false, refused: 'closed', deal: at(9) });
  });

  it('reason 2: the partner de-authorised, or no longer on the Partners sheet', () => {
    expect(extend(8)).toEqual({ ok: false, refused: 'notAuthorised', reason: 2, partner: PARTNERS[5] });
    expect(extend(12)).toEqual({ ok: false, refused: 'notListed', reason: 2, name: 'Nobody Ltd' });
  });

  it('reason 3: a registration another partner owns (a duplicate) is not extended', () => {
    const owned = book(
      { on: '2026-02-01', partner: 'Vega Systems', tier: 'silver', customer: 'Romashka LLC', taxId: '7701234567', products: 'DLP, Time Tracker' },
      { on: '2026-02-15', partner: 'Polaris IT', tier: 'bronze', customer: '"Romashka" LLC', products: 'DLP' },
    );
    expect(decideExtension({ row: 3, partner: 'Polaris IT', customer: '"Romashka" LLC', registered: '2026-02-15' }, PARTNERS, owned, TODAY)).toEqual({
      ok: false,
      refused: 'owned',
      reason: 3,
      owner: owned.deals[0],
      expires: d('2026-08-01'),
      partner: 'Polaris IT', // who may still sell at up to 5% (SPEC §9.2)
    });
  });

  it('finds the registration when rows moved; refuses when it is gone or the request points at nothing', () => {
    const moved: DealBook = { deals: [{ ...at(4), row: 2, customer: 'New Top' }, ...deals.deals.map((deal) => ({ ...deal, row: deal.row + 1 }))], nextRow: 15 };
    expect(decideExtension(pointer(2), PARTNERS, moved, TODAY)).toMatchObject({ ok: true, deal: { row: 3, customer: 'Aster Labs', extensions: 1 } });
    expect(decideExtension({ ...pointer(2), customer: 'Somebody Else' }, PARTNERS, moved, TODAY)).toEqual({ ok: false, refused: 'changed' });
    expect(decideExtension({ ...pointer(2), registered: '2026-02-24' }, PARTNERS, deals, TODAY)).toEqual({ ok: false, refused: 'changed' });
    for (const bad of [{ row: 'two' }, undefined, null, 'row 2', { ...pointer(2), registered: '23.02.2026x' }]) {
      expect(decideExtension(bad, PARTNERS, deals, TODAY)).toEqual({ ok: false, refused: 'pickDeal' });
    }
  });

  it('refuses over a Deals sheet that cannot be read, before looking for the registration', () => {
    const problem = bi('Deals row 5 cannot be read.', 'Строку 5 не прочитать.');
    expect(decideExtension({ row: 'two' }, PARTNERS, { ...deals, unreadable: problem }, TODAY)).toEqual({ ok: false, refused: 'unreadable', problem });
  });
});

// ---------- status update ----------

describe('decideStatusUpdate', () => {
  const deals = book(
    { on: '2026-02-23', partner: 'Vega Systems', tier: 'silver', customer: 'Aster Labs', updated: '2026-02-23' },
    { on: '2026-02-23', partner: 'Vega Systems', tier: 'silver', customer: 'Closed', outcome: 'lost' },
  );
  const pointer = { row: 2, partner: 'Vega Systems', customer: 'Aster Labs', registered: '2026-02-23' };
  const update = (outcome: unknown, ref: unknown = pointer) => decideStatusUpdate(ref, askedOutcome(outcome), deals, TODAY);

  it('sets Last update to today and keeps the outcome when none is asked for', () => {
    for (const outcome of ['', undefined, null]) {
      // Silver, not extended: EDATE(23.02.2026, 6)
      expect(update(outcome)).toEqual({ ok: true, deal: { ...deals.deals[0], lastUpdate: TODAY }, expires: d('2026-08-23') });
    }
  });

  it('records an outcome asked for by its key or by a word of either language', () => {
    expect(update('won')).toEqual({ ok: true, deal: { ...deals.deals[0], lastUpdate: TODAY, outcome: 'won' }, expires: d('2026-08-23'), outcome: 'won' });
    expect(update('проиграна')).toMatchObject({ deal: { outcome: 'lost' }, outcome: 'lost' });
    expect(update('Cancelled')).toMatchObject({ outcome: 'cancelled' });
    expect(update('в работе')).toMatchObject({ deal: { outcome: 'open' }, outcome: 'open' });
  });

  it('refuses what is not an outcome, before anything else', () => {
    expect(update('maybe', { row: 'two' })).toEqual({ ok: false, refused: 'badOutcome', value: 'maybe' });
    expect(update(5)).toEqual({ ok: false, refused: 'badOutcome', value: '5' });
  });

  it('refuses a closed registration, one that is gone, and a request that points at nothing', () => {
    expect(update('', { row: 3, partner: 'Vega Systems', customer: 'Closed', registered: '2026-02-23' })).toEqual({
      ok: false,
      refused: 'closed',
      deal: deals.deals[1],
    });
    expect(update('won', { ...pointer, customer: 'Gone' })).toEqual({ ok: false, refused: 'changed' });
    expect(update('won', {})).toEqual({ ok: false, refused: 'pickDeal' });
  });
});

// ---------- a partner's open registrations ----------

describe('partnerRegistrations', () => {
  it("lists the partner's open registrations oldest first, with expiry and DEAL_STATUS as of today", () => {
    const deals = book(
      { on: '2026-02-20', partner: 'Vega Systems', tier: 'silver', customer: 'C', updated: '2026-02-28' }, // row 2: 15 days without news → stale
      { on: '2026-02-20', partner: 'Polaris IT', tier: 'bronze', customer: 'Other partner' }, // row 3
      { on: '2025-08-01', partner: 'Vega Systems', tier: 'silver', customer: 'E', updated: '2026-03-14' }, // row 4: ended 01.02.2026 → expired
      { on: '2026-02-20', partner: 'vega systems', tier: 'silver', customer: 'A', updated: '2026-03-14' }, // row 5: active
      { on: '2026-03-01', partner: 'Vega Systems', tier: 'silver', customer: 'Won', outcome: 'won' }, // row 6: closed
    );
    const listed = partnerRegistrations('VEGA SYSTEMS', PARTNERS, deals, TODAY, TIERS_PROGRAM);
    expect(listed.ok && listed.partner).toBe(PARTNERS[2]);
    expect(listed.ok && listed.open.map((o) => [o.deal.row, o.expires, o.status.en, o.status.ru])).toEqual([
      [4, d('2026-02-01'), 'expired', 'истекла'],
      [2, d('2026-08-20'), 'stale', 'нет обновлений'],
      [5, d('2026-08-20'), 'active', 'активна'],
    ]);
  });

  it('refuses a partner not on the Partners sheet (reason 2), then a Deals sheet that cannot be read', () => {
    const problem = bi('x', 'х');
    expect(partnerRegistrations('Nobody Ltd', PARTNERS, { ...EMPTY, unreadable: problem }, TODAY, TIERS_PROGRAM)).toEqual({
      ok: false,
      refused: 'notListed',
      reason: 2,
      name: 'Nobody Ltd',
    });
    expect(partnerRegistrations('Orion Soft', PARTNERS, { ...EMPTY, unreadable: problem }, TODAY, TIERS_PROGRAM)).toEqual({
      ok: false,
      refused: 'unreadable',
      problem,
    });
  });
});
