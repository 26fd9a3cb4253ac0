/**
 * The Anaconda referral program (seed 002) as data. The seed: every
 * referral (σύσταση) that ends in an installation (εγκατάσταση) of a company
 * that thereby becomes a customer (πελάτης) earns the referrer a discount
 * (έκπτωση) on its own annual contract (συμβόλαιο) "up to" the amount of
 * that contract: the referred contract, capped at the referrer's own. A
 * vendor's own rules table (SPEC §12.4) may take a share of the referred
 * contract and cap it otherwise.
 */

/** The most one credit can be worth. */
export type Cap =
  /** The referrer's own annual contract (the seed's rule). */
  | { readonly kind: 'own' }
  /** No cap: the credit is the share of the referred contract, whatever its size. */
  | { readonly kind: 'none' }
  /** A fixed amount. */
  | { readonly kind: 'amount'; readonly amount: number };

export interface ReferralProgram {
  /** The credit as a share of the referred customer's annual contract (a fraction: 1 is 100%). */
  readonly creditShare: number;
  readonly cap: Cap;
}

export const OWN_CONTRACT: Cap = { kind: 'own' };
export const NO_CAP: Cap = { kind: 'none' };

/** Seed 002: the whole referred contract, at most the referrer's own. */
export const ANACONDA_PROGRAM: ReferralProgram = { creditShare: 1, cap: OWN_CONTRACT };
