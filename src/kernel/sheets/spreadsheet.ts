import { type CallContext, type SpreadsheetSettings, contextOf } from '../functions/context';

/**
 * The call context of the active spreadsheet: its locale and time zone, read
 * once per call (two service calls). Where no spreadsheet is available (a
 * bare script, tests outside the in-memory spreadsheet) the defaults of
 * contextOf apply.
 */
export function callContext(): CallContext {
  return contextOf(spreadsheetSettings());
}

function spreadsheetSettings(): SpreadsheetSettings {
  if (typeof SpreadsheetApp === 'undefined') return { locale: undefined, timeZone: undefined };
  const spreadsheet = SpreadsheetApp.getActive();
  if (!spreadsheet) return { locale: undefined, timeZone: undefined };
  return { locale: spreadsheet.getSpreadsheetLocale(), timeZone: spreadsheet.getSpreadsheetTimeZone() };
}
