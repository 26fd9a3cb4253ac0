import { describe, expect, it } from 'vitest';
import { CellError, type InputError } from '../../../src/kernel/errors';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { levelCheck, levelDiscount } from '../../../src/programs/levels/rules/levels';
import { HOSTED, type LevelsProgram, PARTICIPATED, findLevel, levelFinder } from '../../../src/programs/levels/rules/program';
import { LEVELS_SEED } from '../../../src/programs/levels/rules/seed';
import { LEVELS_TABLE } from '../../../src/programs/levels/rules/table';
import { ctx } from '../../helpers/context';

/*
 * The levels rules table (SPEC §12.2): a vendor's own levels, bonuses, cap and
 * requirements, read and checked; expected values worked out by hand.
 */

const read = (cells: unknown[][], locale = 'en_US') => readRulesTable(LEVELS_TABLE, cells, ctx(locale));
const failure = (cells: unknown[][], locale = 'en_US') => {
  try {
    read(cells, locale);
  } catch (error) {
    return error as InputError;
  }
  throw new Error('no error');
};
const at = (error: InputError) => [error.item, (error as CellError).column];

const HEADERS = [
  'Level',
  'Base discount',
  'Reviews bonus',
  'Plan bonus',
  'Certified bonus',
  'Participation bonus',
  'Hosting bonus',
  'Reviews above',
  'Certified above',
  'Cap',
  'Required certified',
  'Required reviews',
  'Marketing required',
  'Announcement required',
  'SaaS purchases required',
];

/** Three levels of the vendor's own: Bronze without a cap, Silver capped at 20%, Gold at 30% with every requirement. */
const OWN = [
  HEADERS,
  ['Bronze', '5%', 0, '3%', 0, '0.5%', '1%', '', '', '', 0, 0, false, false, false],
  ['Silver', '12%', '4%', '6%', '2%', '1%', '2%', '60%', 1, '20%', 1, '30%', true, false, false],
  ['Gold', 0.18, 0.05, 0.08, 0.03, 0.015, 0.03, 0.5, 4, 0.3, 3, 0.6, 'да', 'x', true],
];

function discount(program: LevelsProgram, cell: string | number, reviewsShare: number, planMet: boolean, certifiedStaff: number, events: number) {
  return levelDiscount(levelFinder(program)(cell), { reviewsShare, planMet, certifiedStaff, events });
}

describe('a level table of its own', () => {
  const own = read(OWN);

  it('adds its own bonuses over its own thresholds', () => {
    // Bronze: 5 + plan 3 + participation 0.5 + hosting 1 = 9.5% (no reviews or certified bonus)
    expect(discount(own, 'Bronze', 1, true, 10, PARTICIPATED | HOSTED)).toBe(0.095);
    // Silver: reviews 61% > 60% (+4), 2 certified > 1 (+2), participation (+1): 12 + 7 = 19%
    expect(discount(own, 'silver', 0.61, false, 2, PARTICIPATED)).toBe(0.19);
    // Silver: exactly 60% and exactly 1 specialist earn nothing: 12 + plan 6 = 18%
    expect(discount(own, 'Silver', 0.6, true, 1, 0)).toBe(0.18);
    // Gold: reviews 51% > 50% (+5), 5 certified > 4 (+3): 18 + 8 = 26%
    expect(discount(own, 'GOLD', 0.51, false, 5, 0)).toBe(0.26);
  });

  it('stops at each level its own cap', () => {
    // Silver: 12 + 4 + 6 + 2 + 2 = 26% → its cap 20%
    expect(discount(own, 'Silver', 0.7, true, 2, HOSTED)).toBe(0.2);
    // Gold: 18 + plan 8 + 1.5 + 3 = 30.5% → 30% (reviews 50% is not above 50%, 4 is not above 4)
    expect(discount(own, 'Gold', 0.5, true, 4, PARTICIPATED | HOSTED)).toBe(0.3);
  });

  it('names a level by its row number, and knows the seed names no more', () => {
    expect(discount(own, 3, 0, false, 0, 0)).toBe(0.18);
    expect(discount(own, '2', 0, false, 0, 0)).toBe(0.12);
    expect(findLevel(own, 'Retail')).toBeUndefined();
    expect(() => levelFinder(own)('SaaS Partner')).toThrow('is not a level; use Bronze, Silver, Gold (or 1–3)');
  });

  it('checks its own requirements', () => {
    const standing = { certifiedStaff: 0, reviewsShare: 0.2, marketingActive: false, announced: false, saasPurchases: undefined, reRegistration: undefined };
    expect(levelCheck(levelFinder(own)('Bronze'), standing, 'en')).toBe('ok');
    expect(levelCheck(levelFinder(own)('Silver'), standing, 'en')).toBe(
      'certified specialists 0 of 1; client reviews 20% of 30% of implementations; marketing activity',
    );
    const gold = levelFinder(own)('Gold');
    const fine = { ...standing, certifiedStaff: 3, reviewsShare: 0.6, marketingActive: true, announced: true };
    expect(levelCheck(gold, fine, 'en')).toBe('ok');
    expect(levelCheck(gold, { ...fine, saasPurchases: false }, 'ru')).toBe(
      'покупки для SaaS (модуль «Изоляция», лицензии для сдачи в аренду, расширенная техподдержка на год)',
    );
  });

  it('fills the defaults of absent columns: thresholds 75% and 2, no cap, no requirements', () => {
    const small = read([
      ['Level', 'Base discount', 'Reviews bonus', 'Certified bonus'],
      ['Only', '10%', '5%', '1%'],
    ]);
    expect(discount(small, 1, 0.75, true, 2, PARTICIPATED | HOSTED)).toBe(0.1);
    expect(discount(small, 1, 0.76, true, 3, 0)).toBe(0.16);
    expect(
      levelCheck(
        small.levels[0],
        { certifiedStaff: 0, reviewsShare: 0, marketingActive: false, announced: false, saasPurchases: false, reRegistration: undefined },
        'en',
      ),
    ).toBe('ok');
  });
});

describe('Russian headers', () => {
  it('are read in a Russian spreadsheet, in any order, numbers with a decimal comma', () => {
    const program = read(
      [
        ['Требуется анонс', 'уровень', 'Базовая скидка', 'Бонус за выполнение плана', 'бонус за специалистов', 'Специалистов более', 'Максимальная скидка'],
        ['', 'Партнёр', '10%', '5%', '2,5%', 1, ''],
        ['да', 'Эксперт', '20%', '10%', '2,5%', 1, '30%'],
      ],
      'ru_RU',
    );
    // Эксперт: 20 + 10 + 2.5 (2 specialists > 1) = 32.5% → 30%; Партнёр: 10 + 5 + 2.5 = 17.5%
    expect(discount(program, 'эксперт', 0, true, 2, 0)).toBe(0.3);
    expect(discount(program, 'Партнер', 0, true, 2, 0)).toBe(0.175);
    expect(
      levelCheck(
        levelFinder(program)(2),
        { certifiedStaff: 0, reviewsShare: 0, marketingActive: false, announced: false, saasPurchases: undefined, reRegistration: undefined },
        'ru',
      ),
    ).toBe('анонс участия на сайте');
  });

  it('reads the seed table of the rules sheet, in either language, as the seed', () => {
    expect(read(seedTable(LEVELS_TABLE, 'en'))).toEqual(LEVELS_SEED);
    expect(read(seedTable(LEVELS_TABLE, 'ru'), 'ru_RU')).toEqual(LEVELS_SEED);
    expect(seedTable(LEVELS_TABLE, 'ru')[0]).toEqual([
      'Уровень',
      'Базовая скидка',
      'Бонус за отзывы',
      'Бонус за план',
      'Бонус за специалистов',
      'Бонус за участие',
      'Бонус за своё мероприятие',
      'Отзывов более',
      'Специалистов более',
      'Максимальная скидка',
      'Требуется специалистов',
      'Требуется отзывов',
      'Требуется маркетинг',
      'Требуется анонс',
      'Требуются покупки SaaS',
    ]);
  });
});

describe('level names', () => {
  it('keep the seed’s full names for a level named as the seed’s, unless another level has that name', () => {
    const program = read([
      ['Level', 'Base discount'],
      ['SaaS', '10%'],
      ['SaaS Partner', '20%'],
    ]);
    expect(findLevel(program, 'ASoft SaaS Partner')?.name).toBe('SaaS');
    expect(findLevel(program, 'saas partner')?.name).toBe('SaaS Partner');
  });

  it('may be a number only where it is the row’s own', () => {
    const numbered = read([
      ['Level', 'Base discount'],
      ['1', '10%'],
      [2, '20%'],
    ]);
    expect(findLevel(numbered, 2)?.name).toBe('2');
    const error = failure([
      ['Level', 'Base discount'],
      ['A', '10%'],
      [3, '20%'],
    ]);
    expect(at(error)).toEqual([2, 0]);
    expect(error.text.en).toBe('is a number, but this is level 2: a number names the level in that row, so name it 2 or give it a word');
  });
});

describe('a table the reader refuses, naming the cell', () => {
  const base = (row: unknown[]) => [['Level', 'Base discount', 'Reviews bonus', 'Certified above', 'Cap'], ['A', '10%', '5%', 2, '30%'], row];

  it('without a required column', () => {
    const error = failure([
      ['Level', 'Plan bonus'],
      ['A', '5%'],
    ]);
    expect(error).not.toBeInstanceOf(CellError);
    expect(error.text.en).toBe('has no "Base discount" column (headers are read from its first row)');
  });

  it('with an unknown header', () => {
    const error = failure([
      ['Level', 'Base discount', 'Bonus for reviews'],
      ['A', '10%', '5%'],
    ]);
    expect(at(error)).toEqual([0, 2]);
    expect(error.text.en).toMatch(/^is not a column of the levels table; its columns: Level, Base discount, Reviews bonus, /);
  });

  it('with a value that cannot be read', () => {
    for (const [row, column, text] of [
      [['B', 'abc', 0, 2, ''], 1, 'is not a share (use a fraction or a percentage like 75%)'],
      [['B', '10%', '120%', 2, ''], 2, 'is above 100%'],
      [['B', '10%', 1.5, 2, ''], 2, 'is above 100%'],
      [['B', '10%', 0, 1.5, ''], 3, 'is not a whole number of 0 or more'],
      [['B', '10%', 0, -1, ''], 3, 'is not a whole number of 0 or more'],
      [['B', '10%', 0, 2, 'none'], 4, 'is not a share (use a fraction or a percentage like 75%)'],
    ] as const) {
      const error = failure(base([...row]));
      expect(at(error), text).toEqual([2, column]);
      expect(error.text.en).toBe(text);
    }
  });

  it('with a level named twice (in any case)', () => {
    const error = failure(base(['a', '20%', 0, 2, '']));
    expect(at(error)).toEqual([2, 0]);
    expect(error.text.ru).toBe('так уже называется уровень выше; у каждого уровня своё название');
  });

  it('with a cap below the base discount, or no cap and bonuses beyond 100%', () => {
    const low = failure(base(['B', '35%', 0, 2, '30%']));
    expect(at(low)).toEqual([2, 4]);
    expect(low.text.en).toBe("is below the level's base discount 35%");
    const over = failure([
      ['Level', 'Base discount', 'Plan bonus', 'Hosting bonus'],
      ['B', '60%', '40%', '2,5%'],
    ]);
    expect(at(over)).toEqual([1, 1]);
    expect(over.text.en).toBe('plus every bonus of the level comes to 102.5%, above 100%: lower the bonuses or give the level a Cap');
  });

  it('with a level without a name or a base discount', () => {
    const noName = failure(base(['', '20%', 0, 2, '']));
    expect(at(noName)).toEqual([2, 0]);
    expect(noName.text.en).toBe('is empty, but the level needs a name');
    const noBase = failure(base(['B', '', 0, 2, '']));
    expect(at(noBase)).toEqual([2, 1]);
    expect(noBase.text.en).toBe('is empty, but a share is needed');
  });

  it('with no levels at all', () => {
    const error = failure([
      ['Level', 'Base discount', 'Marketing required'],
      ['', '', false],
    ]);
    expect(error).not.toBeInstanceOf(CellError);
    expect(error.text.en).toBe('has no levels: add one row per level under the header');
  });

  it('but skips a cleared row, whose checkboxes stay unchecked', () => {
    const program = read([
      ['Level', 'Base discount', 'Marketing required', 'SaaS purchases required'],
      ['A', '10%', true, false],
      ['', '', false, false],
      ['B', '20%', false, true],
    ]);
    expect(program.levels.map((l) => [l.name, l.number])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });
});
