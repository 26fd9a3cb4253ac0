/*
 * Calendar days for expected values in tests, worked out here with plain Date
 * arithmetic rather than the add-on's own date code, so a bug there cannot
 * hide in both the answer and the code under test. The test spreadsheets are
 * in Moscow (UTC+3 all year).
 */

/** Today in Moscow, as an ISO day. */
export const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO day n days later. */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** EDATE by hand: the same day of the month `months` later, or that month's last day when it is shorter. */
export function edate(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** 2026-09-01 → 01.09.2026 */
export const ruDay = (iso: string) => iso.split('-').reverse().join('.');

/** Local midnight of a calendar day (default Moscow): what a date cell holds. */
export const midnight = (iso: string, offset = '+03:00') => new Date(`${iso}T00:00:00${offset}`);
