import type { FormulaSource } from '../functions/argumentCells';

/**
 * Inside a custom function the active range is the calling cell, so its
 * formula says what each argument was. One service call: used only once a
 * call has failed, never on the normal path. Anywhere else (no spreadsheet,
 * no active range, a script run by hand) it gives undefined.
 */
export const callingFormula: FormulaSource = () => {
  try {
    if (typeof SpreadsheetApp === 'undefined') return undefined;
    const range = SpreadsheetApp.getActiveRange();
    const formula = range ? range.getFormula() : '';
    return typeof formula === 'string' && formula !== '' ? formula : undefined;
  } catch {
    return undefined;
  }
};
