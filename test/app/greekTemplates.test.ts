/**
 * No English left in Greek mode (issue 15): the five templates inserted for a Greek user (el_GR)
 * through dist/Code.js, every sheet name, typed cell (headers, labels, sample data) and drop-down
 * word scanned for Latin words. What may stay Latin is listed here with why: codes a formula or a
 * log matches (M_EMPLOYEES_3, OZON_2000), names of products and programs (SPEC §2.8: "keep names
 * of programs and products as they are"), the level names seed 003 itself uses in every language,
 * and yes/no words as Sheets shows checkboxes. A new English text in a template fails this test.
 */
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';

const INSERTS = ['insertBonusTemplate', 'insertPartnerTemplate', 'insertReferralTemplate', 'insertLevelsTemplate', 'insertGrowthTemplate'];

/** Latin words allowed in a Greek template, and why. */
const KEPT = new Set([
  // products and programs (seeds 000–004), units
  'SaaS',
  'CRM',
  'DLP',
  'NFR',
  'OZON',
  'TechnoProgress',
  'Anaconda',
  'Time',
  'Tracker',
  'Archive',
  // seed 003's level names, the same in every language (LEVEL_DISCOUNT also takes 1, 2, 3)
  'Retail',
  'Competency',
]);

/** A code a formula or a log matches: capitals, digits and underscores (M_EMPLOYEES_3, OZON_2000, ACT_9). */
const isCode = (word: string) => /^[A-Z][A-Z0-9_]*$/.test(word) && /[_\d]|^[A-Z]{2,}$/.test(word);

/** Latin words of a text, but for e-mail addresses (the User column) and request ids (`sample-1`). */
function latinWords(text: string): string[] {
  const plain = text.replace(/\S+@\S+/g, '').replace(/^sample-\d+$/, '');
  return (plain.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter((word) => word.length > 1 && !KEPT.has(word) && !isCode(word));
}

describe('the templates in Greek', () => {
  const spreadsheet = createSpreadsheet({ locale: 'el_GR', timeZone: 'Europe/Athens' });
  const addon = loadAddon({ spreadsheet });
  for (const insert of INSERTS) expect(addon.call(insert)).toMatchObject({ ok: true });

  // The spreadsheet's own first sheet (Sheet1) is not the add-on's.
  const sheets = () => spreadsheet.getSheets().filter((sheet) => sheet.getName() !== 'Sheet1');

  it('are inserted under Greek sheet names', () => {
    const names = sheets().map((sheet) => sheet.getName());
    expect(names).toContain('Πελάτες');
    expect(names.flatMap((name) => latinWords(name).map((word) => `${name}: ${word}`))).toEqual([]);
  });

  it('hold no English word in any typed cell or drop-down', () => {
    const found: string[] = [];
    for (const sheet of sheets()) {
      const range = sheet.getDataRange();
      const values = range.getValues();
      const formulas = range.getFormulas();
      const rules = range.getDataValidations();
      values.forEach((row, r) => {
        row.forEach((value, c) => {
          const where = `${sheet.getName()}!R${r + 1}C${c + 1}`;
          if (!formulas[r][c] && typeof value === 'string') for (const word of latinWords(value)) found.push(`${where}: ${word} (${value})`);
          const choices = rules[r][c]?.getCriteriaValues()?.[0];
          if (Array.isArray(choices)) for (const choice of choices) for (const word of latinWords(String(choice))) found.push(`${where} drop-down: ${word}`);
        });
      });
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
