import { pluralWord, tx, wordsFor } from '../shared/i18n';
import type { DealOutcome } from '../../programs/partners/api';

/** The dialog's words in the language set last (the catalogs hold every language's). */
function words() {
  return {
    loading: tx`Loading…`,
    partner: tx`Partner`,
    pickPartner: tx`— pick a partner —`,
    noPartners: tx`The Partners sheet lists no partners yet.`,
    notAuthorised: tx`not authorised`,
    downgraded: tx`downgraded by the vendor`,
    tierLine: (tier: string, months: number, extensions: number) =>
      extensions
        ? tx`Tier: ${tier}. A deal is registered for ${months} months, + ${extensions} ${pluralWord(extensions, 'extension', 'extensions')}.`
        : tx`Tier: ${tier}. A deal is registered for ${months} months, no extensions.`,
    customer: tx`Customer (legal name)`,
    taxId: tx`Tax ID (10 or 12 digits, optional)`,
    products: tx`Products`,
    productsHint: tx`Separate products with commas or semicolons.`,
    amount: tx`Expected amount (optional)`,
    register: tx`Register`,
    registering: tx`Registering…`,
    close: tx`Close`,
    deals: tx`Open registrations`,
    noDeals: tx`This partner has no open registrations.`,
    pickPartnerFirst: tx`Pick a partner to see its registrations.`,
    row: (n: number) => tx`Row ${n}`,
    registered: (day: string) => tx`registered ${day}`,
    expires: (day: string) => tx`expires ${day}`,
    expiredOn: (day: string) => tx`expired ${day}`,
    status: tx`Status`,
    extensions: (used: number, allowed: number) => tx`extensions ${used} of ${allowed}`,
    extend: tx`Extend`,
    outcome: tx`Outcome`,
    keepOutcome: tx`— no change —`,
    update: tx`Record update`,
    pickDeal: tx`Pick a registration in the list first.`,
    working: tx`Working…`,
    outcomes: { open: tx`open`, won: tx`won`, lost: tx`lost`, cancelled: tx`cancelled` } as Record<DealOutcome, string>,
  };
}

export type Words = ReturnType<typeof words>;

/** The dialog's words in a language (the server's answers name it). */
export const wordsIn = wordsFor(words);
