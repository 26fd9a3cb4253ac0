import { contextOf } from '../../src/kernel/functions/context';

/** A call context as the adapter makes one, for a spreadsheet in the given locale and zone. */
export function ctx(locale = 'en_US', timeZone = 'Europe/Moscow') {
  return contextOf({ locale, timeZone });
}
