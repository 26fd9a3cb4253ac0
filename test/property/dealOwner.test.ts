/**
 * SPEC §5/§9.2 (issue 12 item 2): the deal dialog names the owner DEAL_STATUS finds, by the same
 * code. On random Deals tables, a registration the dialog is asked to make is put under the
 * table and DEAL_STATUS (through dist/Code.js, with the Partners sheet as `partners`) gives its
 * row a status: `duplicate of row N` must be the dialog's refusal 3 naming row N, `repeat of row N`
 * its refusal of a repeat of row N, and any other status a registration the dialog makes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay } from '../../src/kernel/values/dates';
import { decideRegistration } from '../../src/programs/partners/rules/decisions';
import { at, loadBundle } from '../helpers/bundle';
import { EN, PARTNERS, type Spec, TODAY, book } from '../programs/partners/fixtures';

const bundle = loadBundle({ timeZone: 'Europe/Moscow', locale: 'en_US' });
const dateOf = (day: number) => {
  const c = civilFromDay(day);
  return at(`${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}T00:00+03:00`);
};
const isoOf = (day: number) => dateOf(day).toISOString().slice(0, 10);
/** The fixture's partners without the row that cannot be read, as the Partners sheet lists them. */
const LISTED = PARTNERS.filter((p) => !p.problem);
const PARTNER_RANGE = [['Partner', 'Authorised'], ...LISTED.map((p) => [p.name, p.authorised === true])];
const REGISTRANTS = LISTED.filter((p) => p.authorised);

const customers = fc.constantFrom('Acme', 'ACME LLC', 'ООО «Ромашка»', 'Ромашка');
const taxIds = fc.constantFrom('', '', '7701234567', '7709876543');
const products = fc.constantFrom('DLP', 'dlp; Cloud', 'Cloud', 'Archive');
const spec: fc.Arbitrary<Spec> = fc.record({
  on: fc.integer({ min: 0, max: 200 }).map((back) => isoOf(TODAY - back)),
  partner: fc.constantFrom(...LISTED.map((p) => p.name), 'Nobody'),
  tier: fc.constantFrom('white', 'bronze', 'silver', 'gold') as fc.Arbitrary<Spec['tier']>,
  customer: customers,
  taxId: taxIds,
  products,
  updated: fc.option(
    fc.integer({ min: 0, max: 120 }).map((back) => isoOf(TODAY - back)),
    { nil: undefined },
  ),
  extensions: fc.integer({ min: 0, max: 2 }),
  outcome: fc.constantFrom('open', 'open', 'open', 'won', 'lost', 'cancelled') as fc.Arbitrary<Spec['outcome']>,
});
const request = fc.record({ partner: fc.constantFrom(...REGISTRANTS.map((p) => p.name)), customer: customers, taxId: taxIds, products });

const HEAD = ['Registered on', 'Partner', 'Tier', 'Customer', 'Tax ID', 'Products', 'Last update', 'Extensions', 'Outcome'];
const TIER_NAMES = { white: 'White', bronze: 'Bronze', silver: 'Silver', gold: 'Gold', trusted: 'Trusted' };

describe('the deal dialog and DEAL_STATUS agree on who owns a deal', () => {
  it('refuses exactly the duplicates (naming DEAL_STATUS’s owner) and the repeats, on random tables', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 25 }), request, (specs, asked) => {
        const decision = decideRegistration({ ...asked, amount: '' }, LISTED, book(...specs), TODAY, EN);
        const registrant = REGISTRANTS.find((p) => p.name === asked.partner)!;
        const rows = specs.map((s) => [
          dateOf(book(s).deals[0].registered),
          s.partner,
          TIER_NAMES[s.tier],
          s.customer,
          s.taxId ?? '',
          s.products ?? 'DLP',
          s.updated ? dateOf(book(s).deals[0].lastUpdate!) : '',
          s.extensions ?? 0,
          s.outcome === 'open' ? '' : s.outcome,
        ]);
        // The row the dialog would append: today, the partner's tier, 0 extensions, updated today, open.
        rows.push([dateOf(TODAY), asked.partner, registrant.tier!.name.en, asked.customer, asked.taxId, asked.products, dateOf(TODAY), 0, '']);
        const statuses = bundle.call('DEAL_STATUS', [HEAD, ...rows], dateOf(TODAY), PARTNER_RANGE) as string[][];
        const status = statuses[statuses.length - 1][0];
        const duplicate = /^duplicate of row (\d+)$/.exec(status);
        const repeat = /^repeat of row (\d+)$/.exec(status);
        if (duplicate) {
          expect(decision).toMatchObject({ ok: false, refused: 'owned', reason: 3 });
          expect((decision as { owner: { row: number } }).owner.row).toBe(Number(duplicate[1]));
        } else if (repeat) {
          expect(decision).toMatchObject({ ok: false });
          expect(['repeat', 'repeatLimit']).toContain((decision as { refused: string }).refused);
          expect((decision as { deal: { row: number } }).deal.row).toBe(Number(repeat[1]));
        } else {
          expect(status).toBe('active');
          expect(decision).toMatchObject({ ok: true });
        }
      }),
      { numRuns: 300 },
    );
  });
});
