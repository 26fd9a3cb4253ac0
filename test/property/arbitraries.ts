import fc from 'fast-check';

/** Words the rules know, so that random rows often get past the readers and into the rules. */
const KNOWN_WORDS = [
  'SaaS',
  'Retail',
  'Competency',
  'CRM Competency Partner',
  'hosted',
  'participated',
  'участие',
  'своё мероприятие',
  'White',
  'Bronze',
  'Silver',
  'Gold',
  'Trusted',
  'Серебряный',
  'Золотой',
  'none',
  'quarterly',
  'monthly',
  'ежеквартально',
  'open',
  'won',
  'lost',
  'cancelled',
  'в работе',
  'выиграна',
  'discount',
  'registration_months',
  'extensions',
  'leads_per_month',
  'nfr_months',
  'employees',
  'assigned',
  'completed',
  'renewal',
  'success_story',
  'OZON_2000',
  'ACT_9',
  'DISC_15',
  'да',
  'нет',
  'yes',
  'no',
  'x',
  'Alfa',
  'Beta',
  'ООО «Ромашка»',
  'Romashka LLC',
];

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 50_000_000 }),
  fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 2, 3, 0.5, 0.75, 0.76, 12, 150_000, 500_000, 5_000_000, 30_000_000, 1e300, -1e300, 5e-324, Number.MAX_SAFE_INTEGER),
);

const numberText = fc.oneof(
  fc.constantFrom('150 000', '1 250,50', '1,250.50', '150000 ₽', '150 000 руб.', '75%', '0,3', '12', '-5', '1e5', '1,2,3'),
  number.map((n) => String(n)),
);

const text = fc.oneof(
  fc.constantFrom('', ' ', '   ', '=1+1', '+7', '-', '@x', 'n/a', 'Ромашка', 'ёлка', '\u00a0', 'x'.repeat(300)),
  fc.constantFrom(...KNOWN_WORDS),
  fc.string({ maxLength: 12 }),
);

const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
  fc.constant(new Date(NaN)),
  fc.constantFrom('2026-01-31', '31.01.2026', '29.02.2024', '2026-02-29', '31.01.2026 14:30'),
);

/** One cell as Sheets may hand it to a custom function. */
export const cell = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: numberText },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: date },
  { weight: 2, arbitrary: fc.constant('') },
);

/** A range of `rows` × `cols` cells. */
export const rangeOf = (rows: number, cols: number) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** An argument: one cell, or a range of the call's shape, or now and then a range of another shape. */
export function argument(rows: number, cols: number) {
  return fc.oneof(
    { weight: 3, arbitrary: cell },
    { weight: 4, arbitrary: rangeOf(rows, cols) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).chain((r) => rangeOf(r, fc.sample(fc.integer({ min: 1, max: 3 }), 1)[0])) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}
