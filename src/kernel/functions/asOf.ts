/**
 * What the function reference says next to every `as_of` (SPEC §2.9): Sheets
 * recomputes a custom function only when its arguments change and refuses
 * TODAY()/NOW() as their arguments, so an omitted report date freezes.
 */
export function asOfDescription(what: string, today = 'today'): string {
  return (
    `${what}. Omitted: ${today}, at the moment of calculation — and the result then stays frozen, because Sheets ` +
    'recomputes a custom function only when its arguments change (TODAY() and NOW() are not allowed as its arguments). ' +
    "Pass a report-date cell instead; the menu item Set report dates to today moves every template's report date to today"
  );
}
