// Inputs for the benchmark: deterministic, realistic column data, built as plain
// host values and moved into the script's realm by the runner.

const N = 100_000;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1) - 3 * 3_600_000; // midnight in Moscow, the bench spreadsheet's zone

/** A small deterministic generator (mulberry32), so every run times the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const col = (n, f) => Array.from({ length: n }, (_, i) => [f(i)]);
const date = (days) => new Date(START + days * DAY);

/**
 * One builder per function, so that only one function's inputs are alive while it is
 * timed: a call in Apps Script does not share its heap with 19 others' data.
 */
export function benchInputs() {
  const r = random(42);
  const int = (max) => Math.floor(r() * max);
  const pick = (list) => list[int(list.length)];
  const tiers = ['White', 'Bronze', 'Silver', 'Gold', 'Trusted'];
  const metrics = ['employees', 'program_sets', 'assigned', 'completed', 'commissions', 'protocols', 'mintrud_exports'];
  const actions = ['feedback_feature', 'renewal', 'success_story'];
  const rewards = ['ACT_9', 'DISC_11', 'TP_15', 'OZON_2000'];

  const clients10k = Array.from({ length: 10_000 }, (_, i) => `Client ${i}`);
  const log1m = () =>
    Array.from({ length: 1_000_000 }, () => {
      const isAction = r() < 0.1;
      return [date(int(300)), pick(clients10k), isAction ? pick(actions) : pick(metrics), isAction ? 1 : int(60)];
    });
  const oneClientLog = () => Array.from({ length: N }, () => [date(int(300)), 'Client 0', r() < 0.1 ? pick(actions) : pick(metrics), int(60)]);
  const clients100k = Array.from({ length: N }, (_, i) => `Client ${i}`);
  const redemptions = () => Array.from({ length: N }, () => [date(int(300)), pick(clients100k), pick(rewards), 60 + 10 * int(3), 1]);
  // BONUS_DETAILS's ledger (1 row in 100 is the client's), from its own generator so the other inputs stay as they were.
  const detailsLedger = () => {
    const q = random(7);
    return Array.from({ length: N }, (_, i) => [
      date(Math.floor(q() * 300)),
      i % 100 ? `Client ${1 + Math.floor(q() * (N - 1))}` : 'Client 0',
      rewards[i % 4],
      60,
      1,
    ]);
  };

  const sales = () => col(N, () => int(40_000_000));
  const flags = () => col(N, () => r() < 0.5);
  const marketing = () => col(N, () => pick(['none', 'quarterly', 'monthly', 3, 5, 12]));
  const customers = Array.from({ length: 30_000 }, (_, i) => `ООО «Заказчик ${i}»`);
  const deals = () => {
    const table = [['Registered on', 'Partner', 'Tier', 'Customer', 'Tax ID', 'Products', 'Last update', 'Extensions', 'Outcome']];
    for (let i = 0; i < N; i++) {
      const c = int(customers.length);
      table.push([
        date(int(330)),
        `Partner ${int(500)}`,
        pick(tiers),
        customers[c],
        r() < 0.5 ? String(7700000000 + c) : '',
        pick(['DLP', 'DLP, Archive', 'Time Tracker']),
        date(int(330)),
        int(2),
        pick(['', 'open', 'won', 'lost']),
      ]);
    }
    return table;
  };
  const partners = () => col(N, (i) => `Partner ${i}`);
  const previous = () => col(N, () => (r() < 0.05 ? '' : 1000 + int(100_000)));
  const current = () => col(N, () => int(150_000));
  const subs = () => col(N, () => int(5));
  const received = () => col(N, (i) => new Date(START + i * 60_000));

  return {
    BONUS_POINTS: () => [col(10_000, (i) => clients10k[i]), col(10_000, () => date(int(30))), log1m(), date(320)],
    BONUS_DETAILS: () => ['Client 0', date(10), oneClientLog(), date(320), detailsLedger()],
    BONUS_BALANCE: () => [col(N, (i) => clients100k[i]), col(N, () => int(500)), redemptions()],
    REWARD_COST: () => [col(N, () => pick(rewards))],
    REWARD_CATALOG: () => [],
    PARTNER_TIER: () => [sales(), flags(), marketing(), flags(), flags()],
    TIER_GAP: () => [sales(), flags(), marketing(), flags(), flags()],
    TIER_BENEFIT: () => [col(N, () => pick(tiers)), 'registration_months'],
    DEAL_EXPIRY: () => [col(N, () => date(int(330))), col(N, () => pick(tiers)), col(N, () => int(2))],
    DEAL_STATUS: () => [deals(), date(330)],
    PILOT_STATUS: () => [col(N, () => date(int(330))), col(N, () => 14), col(N, () => (r() < 0.5 ? date(int(330)) : '')), date(330)],
    // Their newer argument new_customer (one referral in ten was already a customer) and REFERRAL_SCHEDULE's applied,
    // from a generator of their own, so the functions timed after them get the same data as before.
    REFERRAL_CREDIT: () => {
      const r2 = random(11);
      return [col(N, () => 1000 + int(5000)), col(N, () => int(8000)), flags(), col(N, () => r2() < 0.9)];
    },
    REFERRAL_SCHEDULE: () => {
      const r2 = random(13);
      return [5000, col(N, () => int(8000)), flags(), '', 100, col(N, () => r2() < 0.9)];
    },
    LEVEL_DISCOUNT: () => [
      col(N, () => pick(['Retail', 'Competency', 'SaaS'])),
      col(N, () => r()),
      flags(),
      col(N, () => int(6)),
      col(N, () => pick(['', 'participated', 'hosted'])),
    ],
    LEVEL_CHECK: () => {
      // Its newer arguments (SaaS purchases, participation year, report date) from a generator of their own, so the
      // functions timed after it get the same data as before.
      const r2 = random(7);
      return [
        col(N, () => pick(['Retail', 'Competency', 'SaaS'])),
        col(N, () => int(4)),
        col(N, () => r()),
        flags(),
        flags(),
        col(N, () => r2() < 0.8),
        col(N, () => (r2() < 0.9 ? 2026 : 2025)),
        date(330),
      ];
    },
    GROWTH_PCT: () => [previous(), current()],
    GROWTH_RANK: () => [partners(), previous(), current(), subs(), 'Partner 7'],
    CONTEST_TOP: () => [partners(), previous(), current(), subs(), 'Partner 7'],
    LEAD_SLA: () => [
      received(),
      col(N, (i) => new Date(START + i * 60_000 + int(7200_000))),
      col(N, (i) => (r() < 0.7 ? new Date(START + i * 60_000 + int(80) * 3_600_000) : '')),
      col(N, () => ''),
      date(400),
    ],
  };
}
