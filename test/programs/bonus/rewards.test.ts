import { enRu } from '../../helpers/textMatchers';
import { describe, expect, it } from 'vitest';
import { CellError, clientKey } from '../../../src/programs/bonus/rules/rows';
import { Redemptions, findReward, rewardCatalog, spentPoints } from '../../../src/programs/bonus/rules/rewards';
import { InputError } from '../../../src/kernel/errors';
import { compileProgram } from '../../../src/programs/bonus/rules/program';
import { COURSON_PROGRAM } from '../../../src/programs/bonus/rules/seed';
import { normalizeWord } from '../../../src/kernel/values/text';
import { notationOf } from '../../../src/kernel/values/locale';
import { TimeZone } from '../../../src/kernel/values/zone';
import { dayFromCivil } from '../../../src/kernel/values/dates';

/** A UTC spreadsheet in en_US: how the log's date and number cells are read. */
const UTC = { zone: new TimeZone('UTC'), decimalComma: false, dayFirst: false };
const COURSON = compileProgram(COURSON_PROGRAM);

describe('the reward catalog', () => {
  it('lists the seed catalog in order with its prices', () => {
    // seed 000: activations / discounts / TechnoProgress 9% 60, 11% 70, 15% 80; OZON 2000 roubles 60
    expect(rewardCatalog(COURSON).map((r) => [r.code, r.points])).toEqual([
      ['ACT_9', 60],
      ['ACT_11', 70],
      ['ACT_15', 80],
      ['DISC_9', 60],
      ['DISC_11', 70],
      ['DISC_15', 80],
      ['TP_9', 60],
      ['TP_11', 70],
      ['TP_15', 80],
      ['OZON_2000', 60],
    ]);
  });

  it('has names in both languages', () => {
    const ozon = rewardCatalog(COURSON).find((r) => r.code === 'OZON_2000');
    expect(ozon?.name).toEqual(enRu('OZON gift certificate for 2,000 roubles', 'подарочный сертификат OZON на 2000 рублей'));
  });

  it('finds a reward by code or by name in either language, case-insensitively', () => {
    expect(findReward('act_11', COURSON).points).toBe(70);
    expect(findReward('  OZON_2000 ', COURSON).points).toBe(60);
    expect(findReward('15% Discount on the next internal training contract', COURSON).code).toBe('DISC_15');
    expect(findReward('Скидка 9% от суммы договора с учебным центром «ТехноПрогресс»', COURSON).code).toBe('TP_9');
    // the same name typed with plain quotes, or none
    expect(findReward('скидка 9% от суммы договора с учебным центром "ТехноПрогресс"', COURSON).code).toBe('TP_9');
    expect(findReward('Подарочный сертификат OZON на 2000 рублей', COURSON).code).toBe('OZON_2000');
  });

  it('refuses an unknown reward', () => {
    expect(() => findReward('GOLD_BAR', COURSON)).toThrow(InputError);
    expect(() => findReward('9%', COURSON)).toThrow(/is not a reward in the catalog/);
  });
});

describe('client names', () => {
  it('are compared as normalizeWord compares words', () => {
    for (const name of ['Acme', 'ACME', ' Acme', 'Acme ', 'Ac  me', 'Ac\u00a0me', 'Ёлка', 'ёлка', 'Client 12', 'ООО «Ромашка»', 'a\tb', '  ']) {
      expect(clientKey(name)).toBe(normalizeWord(name));
    }
  });
});

describe('redemptions', () => {
  it('sum the points each client spent, net of reversals', () => {
    const range = [
      ['Date', 'Client', 'Reward', 'Points', 'Quantity'],
      ['2026-03-01', 'Acme', 'ACT_9', 60, 1],
      ['2026-03-05', 'ACME ', 'DISC_11', 70, 1],
      ['', '', '', '', ''],
      ['2026-03-06', 'acme', 'ACT_9', -60, 1], // reversal of the first
      ['2026-03-07', 'Other', 'OZON_2000', '120', 2],
    ];
    const redemptions = new Redemptions(range, UTC);
    expect(redemptions.spentBy('Acme')).toBe(70); // 60 + 70 − 60
    expect(redemptions.spentBy('other')).toBe(120);
    expect(redemptions.spentBy('Nobody')).toBe(0);
    expect(spentPoints(range, UTC, 'acme')).toBe(70);
  });

  it('read text dates and points by the spreadsheet locale', () => {
    const range = [
      ['Date', 'Client', 'Reward', 'Points'],
      ['01/03/2026', 'Acme', 'ACT_9', '1.250'],
      ['15.03.2026', 'Αθήνα Α.Ε.', 'ACT_9', '2,500'],
      ['2026-03-20', 'ΑΘΗΝΑ Α.Ε.', 'ACT_9', '1 000'],
    ];
    // el_GR: 01/03 is 1 March, the dot groups (1.250 = 1250) and the comma is decimal (2,500 = 2.5).
    const athens = { zone: UTC.zone, ...notationOf('el_GR') };
    expect(new Redemptions(range, athens).spentBy('Acme')).toBe(1250);
    expect(new Redemptions(range, athens).spentBy('αθηνα α.ε.')).toBe(1002.5); // accents and case aside, one client
    // en_US: 01/03 is 3 January, the dot is decimal (1.25) and the comma groups (2500).
    expect(new Redemptions(range, UTC).spentBy('Acme')).toBe(1.25);
    expect(new Redemptions(range, UTC).spentBy('Αθήνα Α.Ε.')).toBe(3500);
    // 15/03/2026 names no month in en_US.
    expect(() => new Redemptions([...range, ['15/03/2026', 'Acme', 'ACT_9', 1]], UTC)).toThrow(CellError);
    expect(new Redemptions([...range, ['15/03/2026', 'Acme', 'ACT_9', 1]], athens).spentBy('Acme')).toBe(1251);
  });

  it("list one client's lines for its statement: up to as_of, in date order, a day's in ledger order", () => {
    const range = [
      ['Date', 'Client', 'Reward', 'Points'],
      ['2026-03-10', 'Acme', 'DISC_11', 70],
      ['2026-03-01', 'Other', 'ACT_9', 60],
      ['2026-03-02', ' ACME', ' ACT_9 ', 60],
      ['', '', '', ''],
      ['2026-03-10', 'acme', 'DISC_11', -70], // the reversal, after the redemption of the same day
      ['2026-04-01', 'Acme', 'OZON_2000', 60], // after as_of
    ];
    const at = (iso: string) => dayFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)));
    const lines = (keep: boolean, client: string, asOf: string) =>
      new Redemptions(range, UTC, keep).linesOf(client, at(asOf)).map((line) => [line.day, line.reward, line.points]);
    expect(lines(true, 'acme', '2026-03-31')).toEqual([
      [at('2026-03-02'), 'ACT_9', 60],
      [at('2026-03-10'), 'DISC_11', 70],
      [at('2026-03-10'), 'DISC_11', -70],
    ]);
    expect(lines(true, 'Acme', '2026-04-01')).toHaveLength(4);
    expect(lines(true, 'Acme', '2026-03-01')).toEqual([]);
    expect(lines(true, 'Nobody', '2026-12-31')).toEqual([]);
    expect(lines(false, 'Acme', '2026-12-31')).toEqual([]); // BONUS_BALANCE keeps the sums only
  });

  it('count rewards no longer in the catalog', () => {
    expect(new Redemptions([['2026-03-01', 'Acme', 'old reward', 50]], UTC).spentBy('Acme')).toBe(50);
  });

  it('name the row and cell of a bad value', () => {
    const problem = (rows: unknown[][]) => {
      try {
        new Redemptions(rows, UTC);
      } catch (error) {
        if (error instanceof CellError) return { row: error.item, column: error.column, en: error.text.en };
        throw error;
      }
      throw new Error('no error');
    };
    expect(
      problem([
        ['Date', 'Client', 'Reward', 'Points'],
        ['2026-03-01', 'Acme', 'ACT_9', 'sixty'],
      ]),
    ).toEqual({ row: 1, column: 3, en: 'is not a number of points' });
    expect(problem([['2026-03-01', 'Acme', 'ACT_9', '']])).toMatchObject({ row: 0, column: 3 });
    expect(
      problem([
        ['2026-03-01', 'Acme', 'ACT_9', 60],
        ['soon', 'Acme', 'ACT_9', 60],
      ]),
    ).toMatchObject({ row: 1, column: 0 });
    expect(problem([['2026-03-01', '', 'ACT_9', 60]])).toMatchObject({ row: 0, column: 1 });
  });
});
