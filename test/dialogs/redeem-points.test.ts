/**
 * redeemPoints (SPEC §9.1): the ledger row it writes and the balance it returns, and every
 * refusal writing nothing. Set-up and the sample worked out by hand: test/helpers/redeemDialog.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import type { Addon } from '../../dev/memory';
import { BONUS_ACTIVITY, BONUS_CLIENTS, BONUS_REDEMPTIONS } from '../../src/programs/bonus/template';
import { ok, refused } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { type Spreadsheet, addRows, giveGranite200, id, ledger, sheet, todayIso, workbook } from '../helpers/redeemDialog';

describe('redeemPoints: success', () => {
  let spreadsheet: Spreadsheet;
  let addon: Addon;
  beforeEach(() => {
    ({ spreadsheet, addon } = workbook('en_US'));
    giveGranite200(spreadsheet);
  });

  it('appends one row (date, client, reward, points, quantity, request id, user) and returns the new balance', () => {
    const before = ledger(spreadsheet);
    const result = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'r-1' }));
    // 200 earned − 1 × 60 = 140
    expect(result).toEqual({
      ok: true,
      client: 'Granite Plant',
      reward: 'OZON_2000',
      quantity: 1,
      points: 60,
      earned: 200,
      spent: 60,
      balance: 140,
      requestId: 'r-1',
      date: todayIso,
      repeated: false,
      message: 'Redeemed 1 × OZON_2000 (60 points) for Granite Plant. Balance: 140 points.',
    });
    expect(ledger(spreadsheet)).toEqual([...before, [midnight(todayIso), 'Granite Plant', 'OZON_2000', 60, 1, 'r-1', 'manager@example.com']]);
  });

  it('takes price × quantity, and records the user who redeemed', () => {
    const result = ok(addon.callAs({ user: 'anna@example.com' }, 'redeemPoints', { client: 'Granite Plant', reward: 'ACT_11', quantity: 2, requestId: 'r-2' }));
    // 2 × 70 = 140; 200 − 140 = 60
    expect(result).toMatchObject({ points: 140, quantity: 2, earned: 200, spent: 140, balance: 60 });
    expect(ledger(spreadsheet).at(-1)).toEqual([midnight(todayIso), 'Granite Plant', 'ACT_11', 140, 2, 'r-2', 'anna@example.com']);
  });

  it('spends down to exactly zero, then says how many points are missing', () => {
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_15', quantity: 1, requestId: id() })); // 200 − 80 = 120
    const last = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 2, requestId: id() })); // 120 − 120 = 0
    expect(last).toMatchObject({ spent: 200, balance: 0 });
    const before = ledger(spreadsheet);
    expect(refused(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'TP_9', quantity: 1, requestId: id() }))).toBe(
      'Granite Plant has 0 points, but 1 × TP_9 costs 60 points: 60 points missing. Nothing was written.',
    );
    expect(ledger(spreadsheet)).toEqual(before);
  });

  it("matches the client as the core does (trimmed, any case) and writes the sheet's spelling; takes a reward by its name", () => {
    const result = ok(
      addon.call('redeemPoints', { client: '  GRANITE plant ', reward: 'OZON gift certificate for 2,000 roubles', quantity: 1, requestId: id() }),
    );
    expect(result).toMatchObject({ client: 'Granite Plant', reward: 'OZON_2000', balance: 140 });
    expect(ledger(spreadsheet).at(-1)!.slice(1, 4)).toEqual(['Granite Plant', 'OZON_2000', 60]);
  });

  it('accepts the quantity as text holding a whole number', () => {
    expect(ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: '3', requestId: id() }))).toMatchObject({
      points: 180,
      balance: 20,
    });
  });

  it("counts the new row in the Clients sheet's Balance formula", () => {
    recalculate(spreadsheet, addon);
    const balanceOf = () => {
      const cells = sheetCells(spreadsheet, 'Clients');
      const col = cells[0].findIndex((c) => c.value === 'Balance');
      return cells.find((row) => row[0].value === 'Granite Plant')![col].value;
    };
    // The formula counts activity up to the report date 30.04.2026: the 20.04 row is in → 200.
    expect(balanceOf()).toBe(200);
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'DISC_15', quantity: 1, requestId: id() }));
    recalculate(spreadsheet, addon);
    expect(balanceOf()).toBe(120); // 200 − 80
  });

  it('says it in Russian to a Russian user', () => {
    const ru = workbook('ru_RU');
    giveGranite200(ru.spreadsheet, 'ru');
    const result = ok(ru.addon.call('redeemPoints', { client: 'Гранит-Завод', reward: 'TP_11', quantity: 1, requestId: id() }));
    expect(result.message).toBe('Списано 1 × TP_11 (70 баллов) у клиента «Гранит-Завод». Остаток: 130 баллов.');
    expect(ledger(ru.spreadsheet, 'ru').at(-1)!.slice(1, 5)).toEqual(['Гранит-Завод', 'TP_11', 70, 1]);
  });

  it('writes a client name, request id or user that starts with = + - @ as text, never as a formula', () => {
    addRows(spreadsheet, BONUS_CLIENTS, 'en', [["'=1+2", midnight('2026-01-10')]]);
    addRows(spreadsheet, BONUS_ACTIVITY, 'en', [[midnight('2026-04-20'), "'=1+2", 'success_story', 5]]);
    const state = ok(addon.call('getRedeemState'));
    expect(state.clients.at(-1)).toMatchObject({ name: '=1+2', earned: 100, spent: 0, balance: 100 }); // 20 × 5
    ok(addon.callAs({ user: '@mallory' }, 'redeemPoints', { client: '=1+2', reward: 'OZON_2000', quantity: 1, requestId: '-42' }));
    const redemptions = sheet(spreadsheet, BONUS_REDEMPTIONS, 'en');
    const row = redemptions.getLastRow();
    expect(
      redemptions
        .getRange(row, 1, 1, 7)
        .getFormulas()[0]
        .every((f) => f === ''),
    ).toBe(true);
    expect(redemptions.getRange(row, 2, 1, 6).getValues()[0]).toEqual(['=1+2', 'OZON_2000', 60, 1, '-42', '@mallory']);
    // and the balance reads the row back under the same name: 100 − 60
    expect(ok(addon.call('getRedeemState')).clients.at(-1).balance).toBe(40);
  });
});

describe('redeemPoints: refusals write nothing', () => {
  let spreadsheet: Spreadsheet;
  let addon: Addon;
  beforeEach(() => {
    ({ spreadsheet, addon } = workbook('en_US'));
    giveGranite200(spreadsheet);
  });

  /** Runs the call and checks that it refused and that the whole Redemptions sheet is unchanged and no write was made. */
  function refusal(request: unknown, user?: { user?: string; locale?: string }): string {
    const before = ledger(spreadsheet);
    addon.resetCounts();
    const message = refused(user ? addon.callAs(user, 'redeemPoints', request) : addon.call('redeemPoints', request));
    expect(ledger(spreadsheet)).toEqual(before);
    expect(Object.keys(addon.counts()).filter((k) => /^Range\.set|appendRow|insert|delete|clear/i.test(k))).toEqual([]);
    return message;
  }

  it('an unknown client', () => {
    expect(refusal({ client: 'Nobody Ltd', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'There is no client "Nobody Ltd" on the Clients sheet. Pick a client from the list; nothing was written.',
    );
    expect(refusal({ client: '', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe('Pick a client. Nothing was written.');
    expect(refusal({ client: 42, reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe('Pick a client. Nothing was written.');
  });

  it('an unknown reward', () => {
    expect(refusal({ client: 'Granite Plant', reward: 'GOLD_BAR', quantity: 1, requestId: id() })).toBe(
      '"GOLD_BAR" is not a reward in the catalog. Pick a reward from the list; nothing was written.',
    );
    expect(refusal({ client: 'Granite Plant', reward: '', quantity: 1, requestId: id() })).toBe('Pick a reward. Nothing was written.');
  });

  it.each([[0], [-1], [1.5], [Number.NaN], ['two'], [''], [null], [undefined], [1e21], ['1,5']])(
    'a quantity that is not a whole number ≥ 1: %s',
    (quantity) => {
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity, requestId: id() })).toMatch(
        /^The quantity( \(.*\))? must be a whole number of 1 or more\. Nothing was written\.$/,
      );
    },
  );

  it('a balance too small, saying how many points are missing', () => {
    // Alpha Build: 35 − 60 → 25 missing
    expect(refusal({ client: 'Alpha Build', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'Alpha Build has 35 points, but 1 × OZON_2000 costs 60 points: 25 points missing. Nothing was written.',
    );
    // Beta Logistics: 5 − 2 × 80 = 5 − 160 → 155 missing
    expect(refusal({ client: 'Beta Logistics', reward: 'ACT_15', quantity: 2, requestId: id() })).toBe(
      'Beta Logistics has 5 points, but 2 × ACT_15 costs 160 points: 155 points missing. Nothing was written.',
    );
    // Granite Plant: 200 − 3 × 70 = 200 − 210 → 10 missing
    expect(refusal({ client: 'Granite Plant', reward: 'ACT_11', quantity: 3, requestId: id() })).toBe(
      'Granite Plant has 200 points, but 3 × ACT_11 costs 210 points: 10 points missing. Nothing was written.',
    );
  });

  it('a balance too small, in Russian', () => {
    expect(refusal({ client: 'Alpha Build', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
      'У клиента «Alpha Build» 35 баллов, а 1 × OZON_2000 стоит 60 баллов: не хватает 25 баллов. Ничего не записано.',
    );
    // Beta Logistics: 5 − 60 → 55 missing
    expect(refusal({ client: 'Beta Logistics', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
      'У клиента «Beta Logistics» 5 баллов, а 1 × OZON_2000 стоит 60 баллов: не хватает 55 баллов. Ничего не записано.',
    );
  });

  it('the lock not obtained in time', () => {
    const release = addon.holdLock('document');
    try {
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
        'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
      );
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
        'Таблицу сейчас изменяет кто-то другой. Повторите через минуту; ничего не записано.',
      );
    } finally {
      release();
    }
    // once free, the same redemption goes through
    expect(ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).balance).toBe(140);
  });

  it('a client whose points cannot be computed', () => {
    addRows(spreadsheet, BONUS_CLIENTS, 'en', [['Epsilon', '']]);
    expect(refusal({ client: 'Epsilon', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'Epsilon has no access date (Clients sheet, row 7), so its points cannot be computed. Enter the date first.',
    );
  });

  it('a cell of the ledger or the log that cannot be read', () => {
    addRows(spreadsheet, BONUS_REDEMPTIONS, 'en', [['yesterday', 'Granite Plant', 'OZON_2000', 60, 1, 'x', 'y']]);
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'The "Redemptions" sheet, row 3, column Date: "yesterday" is not a date (use a date cell, 2026-01-31 or 31.01.2026). Correct the cell; nothing was written.',
    );
    // to a Russian user: the sheet as it is named, the column as the template heads it in Russian
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
      'Лист «Redemptions», строка 3, столбец «Дата»: «yesterday» — не дата (нужна ячейка с датой, 2026-01-31 или 31.01.2026). Исправьте ячейку; ничего не записано.',
    );
  });

  it('names the column of the bad cell, also past the Date column', () => {
    addRows(spreadsheet, BONUS_REDEMPTIONS, 'en', [[midnight('2026-04-01'), 'Granite Plant', 'OZON_2000', 'sixty', 1, 'x', 'y']]);
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'The "Redemptions" sheet, row 3, column Points: "sixty" is not a number of points. Correct the cell; nothing was written.',
    );
  });

  it('an unknown code in the activity log', () => {
    addRows(spreadsheet, BONUS_ACTIVITY, 'en', [[midnight('2026-04-21'), 'Granite Plant', 'lunch', 1]]);
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toMatch(
      /^The "Activity" sheet, row 13, column Code: "lunch" is not a known code; metrics: employees, .*Correct the cell; nothing was written\.$/,
    );
  });

  it('a request without a usable request id', () => {
    for (const requestId of [undefined, '', '   ', 7, 'x'.repeat(101)]) {
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId })).toBe(
        'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
      );
    }
    expect(refusal(null)).toBe('The request has no valid request id. Reopen the dialog and try again; nothing was written.');
  });
});
