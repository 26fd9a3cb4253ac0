import { type Lang, langFromLocale } from '../i18n';
import { type SheetReading, notationOf } from '../values/locale';
import { TimeZone } from '../values/zone';

/**
 * What every custom function needs to know about the spreadsheet it runs in.
 * As a SheetReading it also says how the spreadsheet locale writes numbers
 * and dates (`decimalComma`, `dayFirst`), which the readers of text cells need.
 */
export interface CallContext extends SheetReading {
  readonly lang: Lang;
  /** The spreadsheet's time zone (never the script's): dates are calendar days there. Throws UnknownTimeZone for a name it cannot use. */
  readonly zone: TimeZone;
  /** The moment of calculation, used where an optional report date is omitted. */
  readonly now: number;
}

/** The spreadsheet's own settings a call depends on (kernel/sheets/spreadsheet.ts reads them from Sheets). */
export interface SpreadsheetSettings {
  locale: string | undefined;
  timeZone: string | undefined;
}

/**
 * The context of one call from the spreadsheet's locale and time zone. Where
 * no spreadsheet is available (tests, a bare script) the language is English,
 * numbers and dates are read as in en_US, and the zone is the runtime's own.
 */
export function contextOf(settings: SpreadsheetSettings, now = Date.now()): CallContext {
  let zone: TimeZone | undefined;
  const { decimalComma, dayFirst } = notationOf(settings.locale);
  return {
    lang: langFromLocale(settings.locale),
    decimalComma,
    dayFirst,
    // Built on first use: a function that reads no date needs no Intl formatter.
    get zone() {
      return (zone ??= TimeZone.named(settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'));
    },
    now,
  };
}
