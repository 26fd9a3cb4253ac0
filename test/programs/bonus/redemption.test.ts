/**
 * The redemption decision (SPEC §4 catalog and milestones, §9.1 refusals),
 * without any spreadsheet: the books are built from plain rows with the same
 * rules readers the dialog uses.
 *
 * Alpha Build, access opened 10.01.2026, logs the SPEC §4 example — 15.01
 * employees 20, 20.01 assigned 1, 05.02 assigned 3, 02.03 protocols 1,
 * 01.04 renewal — plus success_story × 2 on 20.01 (20 points each: 40).
 * By hand, from SPEC §4:
 * - as of 30.04.2026: M_EMPLOYEES_3 5 + M_ASSIGNED_1 5 + M_ASSIGNED_3 5 + M_ASSIGNED_10PCT 5 + M_PROTOCOL_1 5
 *   + renewal 10 = 35, + 40 → 75 earned;
 * - as of 31.03.2026 (before the renewal): 25 + 40 = 65 earned.
 * Beta Logistics, access 01.02.2026, has no activity: 0 earned.
 */
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import { BonusEngine } from '../../../src/programs/bonus/rules/engine';
import { readActivityLog } from '../../../src/programs/bonus/rules/log';
import { compileProgram } from '../../../src/programs/bonus/rules/program';
import { COURSON_PROGRAM } from '../../../src/programs/bonus/rules/seed';

import { type Accounts, type ClientRow, decideRedemption, pointsOf, recordedRedemption } from '../../../src/programs/bonus/rules/redemption';
import { Redemptions } from '../../../src/programs/bonus/rules/rewards';
import { ctx } from '../../helpers/context';

const COURSON = compileProgram(COURSON_PROGRAM);
const EN = ctx('en_US');
const RU = ctx('ru_RU');
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
};
const APR_30 = day('2026-04-30');
const MAR_31 = day('2026-03-31');

const LOG = [
  ['Date', 'Client', 'Code', 'Value'],
  ['2026-01-15', 'Alpha Build', 'employees', 20],
  ['2026-01-20', 'Alpha Build', 'assigned', 1],
  ['2026-01-20', 'Alpha Build', 'success_story', 2],
  ['2026-02-05', 'Alpha Build', 'assigned', 3],
  ['2026-03-02', 'Alpha Build', 'protocols', 1],
  ['2026-04-01', 'Alpha Build', 'renewal', ''],
];

function client(name: string, accessOpened: string | undefined, problem?: string): [string, ClientRow] {
  const row: ClientRow = { name, key: name.toLowerCase(), accessOpened: accessOpened === undefined ? undefined : day(accessOpened) };
  if (problem) row.problem = problem;
  return [row.key, row];
}

/** The books over these ledger rows (`Date | Client | Reward | Points`). */
function accounts(ledger: unknown[][] = []): Accounts {
  return {
    program: COURSON,
    clients: new Map([
      client('Alpha Build', '2026-01-10'),
      client('Beta Logistics', '2026-02-01'),
      client('Epsilon', undefined, 'Epsilon has no access date (Clients sheet, row 7), so its points cannot be computed. Enter the date first.'),
    ]),
    engine: new BonusEngine(readActivityLog(LOG, EN, COURSON)),
    spent: new Redemptions(ledger, EN),
  };
}

const alpha = (quantity: unknown, reward = 'OZON_2000') => ({ client: 'Alpha Build', reward, quantity });

describe('decideRedemption: a redemption the balance covers', () => {
  it('takes the catalog price × quantity and gives the row to append and the balance after it', () => {
    // 75 earned, nothing spent; OZON_2000 costs 60 → 15 left
    expect(decideRedemption(accounts(), alpha(1), APR_30, EN)).toMatchObject({
      ok: true,
      quantity: 1,
      cost: 60,
      earned: 75,
      spent: 60,
      balance: 15,
      row: { day: APR_30, client: 'Alpha Build', reward: 'OZON_2000', points: 60, quantity: 1 },
    });
  });

  it('spends down to exactly zero', () => {
    // 15 spent already (a manual entry): 75 − 15 = 60 left, and OZON_2000 (60) takes it all
    const decision = decideRedemption(accounts([['2026-03-01', 'Alpha Build', 'manual', 15]]), alpha(1), APR_30, EN);
    expect(decision).toMatchObject({ ok: true, cost: 60, earned: 75, spent: 75, balance: 0 });
  });

  it('counts earlier redemptions (any case of the name) and reversals, whatever their date', () => {
    // 60 spent in March, then reversed (−60), then 70 spent after today: 70 spent → 75 − 70 = 5 left
    const ledger = [
      ['2026-03-01', 'ALPHA BUILD', 'OZON_2000', 60],
      ['2026-03-02', 'alpha build', 'OZON_2000', -60],
      ['2026-06-01', 'Alpha Build', 'ACT_11', 70],
    ];
    expect(pointsOf(accounts(ledger), accounts().clients.get('alpha build')!, APR_30)).toEqual({ earned: 75, spent: 70, balance: 5 });
    expect(decideRedemption(accounts(ledger), alpha(1, 'TP_9'), APR_30, EN)).toMatchObject({
      ok: false,
      refusal: { reason: 'tooFew', client: 'Alpha Build', balance: 5, quantity: 1, reward: 'TP_9', cost: 60 },
    });
  });

  it("finds the client as the rules match clients (trimmed, any case) and writes the sheet's spelling", () => {
    const decision = decideRedemption(accounts(), { client: '  ALPHA build ', reward: 'ozon_2000', quantity: 1 }, APR_30, EN);
    expect(decision).toMatchObject({ ok: true, row: { client: 'Alpha Build', reward: 'OZON_2000' } });
  });

  it('takes a reward by its name (SPEC §4: "11% discount on the next internal training contract" is DISC_11, 70 points)', () => {
    const byName = decideRedemption(accounts(), alpha(1, '11% Discount on the next internal training contract'), APR_30, EN);
    expect(byName).toMatchObject({ ok: true, row: { reward: 'DISC_11', points: 70 }, balance: 5 });
  });

  it('takes the quantity as a number or as text holding a whole number', () => {
    // ACT_9: 60 each; 65 earned as of 31.03 covers one, not two
    expect(decideRedemption(accounts(), alpha('1', 'ACT_9'), MAR_31, EN)).toMatchObject({ ok: true, cost: 60, earned: 65, balance: 5 });
    expect(decideRedemption(accounts(), alpha(' 2 ', 'ACT_9'), MAR_31, EN)).toMatchObject({
      ok: false,
      refusal: { reason: 'tooFew', balance: 65, quantity: 2, cost: 120 },
    });
  });

  it('counts what the client earned as of the day it is decided', () => {
    // ACT_11 (70): 75 earned as of 30.04 covers it; 65 as of 31.03 (the renewal not yet) does not
    expect(decideRedemption(accounts(), alpha(1, 'ACT_11'), APR_30, EN)).toMatchObject({ ok: true, balance: 5 });
    expect(decideRedemption(accounts(), alpha(1, 'ACT_11'), MAR_31, EN)).toMatchObject({ ok: false, refusal: { reason: 'tooFew', balance: 65, cost: 70 } });
  });
});

describe('decideRedemption: refusals', () => {
  it('an unknown or missing client', () => {
    for (const [name, named] of [
      ['Nobody Ltd', 'Nobody Ltd'],
      ['', ''],
      ['   ', '   '],
      [42, ''],
      [undefined, ''],
    ] as const) {
      expect(decideRedemption(accounts(), { client: name, reward: 'OZON_2000', quantity: 1 }, APR_30, EN)).toEqual({
        ok: false,
        refusal: { reason: 'unknownClient', client: named },
      });
    }
  });

  it("a client whose points cannot be computed, with the reader's words", () => {
    expect(decideRedemption(accounts(), { client: 'epsilon', reward: 'OZON_2000', quantity: 1 }, APR_30, EN)).toEqual({
      ok: false,
      refusal: {
        reason: 'clientProblem',
        problem: 'Epsilon has no access date (Clients sheet, row 7), so its points cannot be computed. Enter the date first.',
      },
    });
  });

  it('an unknown or missing reward', () => {
    expect(decideRedemption(accounts(), alpha(1, 'GOLD_BAR'), APR_30, EN)).toEqual({ ok: false, refusal: { reason: 'unknownReward', reward: 'GOLD_BAR' } });
    expect(decideRedemption(accounts(), { client: 'Alpha Build', quantity: 1 }, APR_30, EN)).toEqual({
      ok: false,
      refusal: { reason: 'unknownReward', reward: '' },
    });
  });

  it.each([[0], [-1], [1.5], [Number.NaN], [Infinity], ['two'], [''], [' '], [null], [undefined], [1e21], ['1,5'], [true]])(
    'a quantity that is not a whole number ≥ 1: %s',
    (quantity) => {
      expect(decideRedemption(accounts(), alpha(quantity), APR_30, EN)).toEqual({ ok: false, refusal: { reason: 'badQuantity', quantity } });
    },
  );

  it("reads a quantity typed as text in the spreadsheet's notation", () => {
    // `1,000` is a thousand in en_US and 1 (a decimal comma) in ru_RU: Beta has 0 points either way, so the balance speaks
    expect(decideRedemption(accounts(), { client: 'Beta Logistics', reward: 'OZON_2000', quantity: '1,000' }, APR_30, EN)).toMatchObject({
      refusal: { reason: 'tooFew', quantity: 1000, cost: 60_000, balance: 0 },
    });
    expect(decideRedemption(accounts(), { client: 'Beta Logistics', reward: 'OZON_2000', quantity: '1,000' }, APR_30, RU)).toMatchObject({
      refusal: { reason: 'tooFew', quantity: 1, cost: 60, balance: 0 },
    });
  });

  it('checks the client first, then the reward, then the quantity, then the balance', () => {
    expect(decideRedemption(accounts(), { client: 'Nobody', reward: 'GOLD', quantity: 0 }, APR_30, EN)).toMatchObject({ refusal: { reason: 'unknownClient' } });
    expect(decideRedemption(accounts(), { client: 'Beta Logistics', reward: 'GOLD', quantity: 0 }, APR_30, EN)).toMatchObject({
      refusal: { reason: 'unknownReward' },
    });
    expect(decideRedemption(accounts(), { client: 'Beta Logistics', reward: 'TP_15', quantity: 0 }, APR_30, EN)).toMatchObject({
      refusal: { reason: 'badQuantity' },
    });
    // Beta: 0 points, TP_15 costs 80
    expect(decideRedemption(accounts(), { client: 'Beta Logistics', reward: 'TP_15', quantity: 1 }, APR_30, EN)).toEqual({
      ok: false,
      refusal: { reason: 'tooFew', client: 'Beta Logistics', balance: 0, quantity: 1, reward: 'TP_15', cost: 80 },
    });
  });
});

describe('recordedRedemption: what a repeated request is answered with', () => {
  it("gives the row's redemption with the balance right after it: earned as of its date, spent up to and including it", () => {
    const ledger = [
      ['2026-03-31', 'Alpha Build', 'OZON_2000', 60],
      ['2026-04-10', 'Beta Logistics', 'TP_9', 60],
      ['2026-04-15', 'alpha build', 'ACT_9', 120],
      ['2026-04-20', 'Alpha Build', 'OZON_2000', -60],
    ];
    // row 0, dated 31.03: 65 earned then, 60 spent → 5
    expect(recordedRedemption(accounts(ledger), ledger, 0, 1, APR_30, EN)).toEqual({
      client: 'Alpha Build',
      reward: 'OZON_2000',
      quantity: 1,
      points: 60,
      earned: 65,
      spent: 60,
      balance: 5,
      day: MAR_31,
    });
    // row 2, dated 15.04 (after the renewal): 75 earned, 60 + 120 spent → −105; the later reversal does not count
    expect(recordedRedemption(accounts(ledger), ledger, 2, '2', APR_30, EN)).toEqual({
      client: 'Alpha Build',
      reward: 'ACT_9',
      quantity: 2,
      points: 120,
      earned: 75,
      spent: 180,
      balance: -105,
      day: day('2026-04-15'),
    });
  });

  it('takes a client no longer on the Clients sheet as 0 earned, and a missing quantity as 1', () => {
    const ledger = [['2026-04-01', 'Archived Co', 'TP_11', 70]];
    expect(recordedRedemption(accounts(ledger), ledger, 0, '', APR_30, EN)).toEqual({
      client: 'Archived Co',
      reward: 'TP_11',
      quantity: 1,
      points: 70,
      earned: 0,
      spent: 70,
      balance: -70,
      day: day('2026-04-01'),
    });
  });
});
