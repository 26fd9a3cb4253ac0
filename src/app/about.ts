import type { AddonInfo } from './api';
import { userLang } from '../kernel/sheets/language';
import { CUSTOM_FUNCTIONS } from './registry';

/** What the About dialog shows: a live round trip through google.script.run. */
export function getAddonInfo(): AddonInfo {
  const spreadsheet = SpreadsheetApp.getActive();
  return {
    name: 'Incentive Desk',
    lang: userLang(),
    spreadsheetLocale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    functions: CUSTOM_FUNCTIONS.map((fn) => fn.name),
  };
}
