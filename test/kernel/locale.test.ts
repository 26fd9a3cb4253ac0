import { describe, expect, it } from 'vitest';
import { notationOf } from '../../src/kernel/values/locale';

const comma = { decimalComma: true, dayFirst: true };
const dotDayFirst = { decimalComma: false, dayFirst: true };
const us = { decimalComma: false, dayFirst: false };

describe('notationOf: a spreadsheet locale read as SPEC §2.4 and §2.7 say', () => {
  it.each([
    // The languages SPEC names with a decimal comma, and day-first dates.
    ['ru_RU', comma],
    ['ru', comma],
    ['el_GR', comma],
    ['el', comma],
    ['de_DE', comma],
    ['fr_FR', comma],
    ['es_ES', comma],
    ['es', comma],
    ['it_IT', comma],
    ['pt_BR', comma],
    ['pt_PT', comma],
    ['pl_PL', comma],
    ['uk_UA', comma],
    // More of Europe.
    ['nl_NL', comma],
    ['sv_SE', comma],
    ['fi_FI', comma],
    ['cs_CZ', comma],
    ['tr_TR', comma],
    ['id_ID', comma],
    ['in_ID', comma],
    ['no_NO', comma],
    // English outside the US: a dot, but the day first.
    ['en_GB', dotDayFirst],
    ['en_AU', dotDayFirst],
    ['en_IN', dotDayFirst],
    ['en_IE', dotDayFirst],
    ['en_CA', dotDayFirst],
    // Regions that differ from their language.
    ['de_CH', dotDayFirst],
    ['es_MX', dotDayFirst],
    ['es_419', dotDayFirst],
    ['en_ZA', comma],
    ['ja_JP', dotDayFirst],
    ['zh_CN', dotDayFirst],
    ['he_IL', dotDayFirst],
    // Month-first: the US and the Philippines.
    ['en_US', us],
    ['en', us],
    ['fil', us],
    ['en_PH', us],
    ['en_PR', us],
  ])('%s', (locale, expected) => {
    expect(notationOf(locale)).toEqual(expected);
  });

  it('accepts the spellings a locale comes in', () => {
    expect(notationOf('RU-ru')).toEqual(comma);
    expect(notationOf(' el_GR ')).toEqual(comma);
    expect(notationOf('sr_Latn_RS')).toEqual(comma);
    expect(notationOf('en_US_POSIX')).toEqual(us);
    expect(notationOf('es_PA')).toEqual({ decimalComma: false, dayFirst: false });
  });

  it('reads no locale, or nonsense, as en_US (as where no spreadsheet is available)', () => {
    for (const locale of [undefined, null, '', '  ', '12', 'english please']) expect(notationOf(locale)).toEqual(us);
  });
});
