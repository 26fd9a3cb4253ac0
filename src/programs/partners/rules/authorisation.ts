import { legalNameKey } from './customer';

/** One partner as a partners list gives it, for the authorisation: its name and whether it may own deals. */
export interface PartnerListing {
  name: string;
  /** Ticked as authorised and not deauthorised by the vendor. */
  authorised: boolean;
}

/**
 * Who is authorised (SPEC §5; DEAL_STATUS's `partners`, the deal dialog's
 * Partners sheet): legalNameKey of every partner listed as authorised and
 * not deauthorised. A partner listed twice counts as its first listing says,
 * as a lookup finds it.
 */
export function authorisedSet(listings: readonly PartnerListing[]): Set<string> {
  const seen = new Set<string>();
  const authorised = new Set<string>();
  for (const listing of listings) {
    const key = legalNameKey(listing.name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (listing.authorised) authorised.add(key);
  }
  return authorised;
}
