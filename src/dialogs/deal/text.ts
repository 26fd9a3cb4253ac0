import type { Lang } from '../../app/api';
import type { DealOutcome } from '../../programs/partners/api';

/** Every word the Register a deal dialog shows, in both languages. */
export const TEXT = {
  en: {
    loading: 'Loading…',
    partner: 'Partner',
    pickPartner: '— pick a partner —',
    noPartners: 'The Partners sheet lists no partners yet.',
    notAuthorised: 'not authorised',
    downgraded: 'downgraded by the vendor',
    tierLine: (tier: string, months: number, extensions: number) =>
      `Tier: ${tier}. A deal is registered for ${months} months${extensions ? `, + ${extensions} ${extensions === 1 ? 'extension' : 'extensions'}` : ', no extensions'}.`,
    customer: 'Customer (legal name)',
    taxId: 'Tax ID (10 or 12 digits, optional)',
    products: 'Products',
    productsHint: 'Separate products with commas or semicolons.',
    amount: 'Expected amount (optional)',
    register: 'Register',
    registering: 'Registering…',
    close: 'Close',
    deals: 'Open registrations',
    noDeals: 'This partner has no open registrations.',
    pickPartnerFirst: 'Pick a partner to see its registrations.',
    row: (n: number) => `Row ${n}`,
    registered: (day: string) => `registered ${day}`,
    expires: (day: string) => `expires ${day}`,
    expiredOn: (day: string) => `expired ${day}`,
    status: 'Status',
    extensions: (used: number, allowed: number) => `extensions ${used} of ${allowed}`,
    extend: 'Extend',
    outcome: 'Outcome',
    keepOutcome: '— no change —',
    update: 'Record update',
    pickDeal: 'Pick a registration in the list first.',
    working: 'Working…',
    outcomes: { open: 'open', won: 'won', lost: 'lost', cancelled: 'cancelled' } as Record<DealOutcome, string>,
  },
  ru: {
    loading: 'Загрузка…',
    partner: 'Партнёр',
    pickPartner: '— выберите партнёра —',
    noPartners: 'На листе «Партнёры» пока нет партнёров.',
    notAuthorised: 'не авторизован',
    downgraded: 'понижен вендором',
    tierLine: (tier: string, months: number, extensions: number) =>
      `Статус: ${tier}. Сделка регистрируется на ${months} мес.${extensions ? `, продлений: ${extensions}` : ', без продлений'}.`,
    customer: 'Заказчик (наименование юрлица)',
    taxId: 'ИНН (10 или 12 цифр, необязательно)',
    products: 'Продукты',
    productsHint: 'Продукты через запятую или точку с запятой.',
    amount: 'Ожидаемая сумма (необязательно)',
    register: 'Зарегистрировать',
    registering: 'Регистрация…',
    close: 'Закрыть',
    deals: 'Открытые регистрации',
    noDeals: 'У партнёра нет открытых регистраций.',
    pickPartnerFirst: 'Выберите партнёра, чтобы увидеть его регистрации.',
    row: (n: number) => `Строка ${n}`,
    registered: (day: string) => `зарегистрирована ${day}`,
    expires: (day: string) => `истекает ${day}`,
    expiredOn: (day: string) => `истекла ${day}`,
    status: 'Статус',
    extensions: (used: number, allowed: number) => `продлений ${used} из ${allowed}`,
    extend: 'Продлить',
    outcome: 'Итог',
    keepOutcome: '— без изменений —',
    update: 'Записать обновление',
    pickDeal: 'Сначала выберите регистрацию в списке.',
    working: 'Выполняется…',
    outcomes: { open: 'в работе', won: 'выиграна', lost: 'проиграна', cancelled: 'отменена' } as Record<DealOutcome, string>,
  },
} satisfies Record<Lang, unknown>;

export type Words = (typeof TEXT)['en'];

/** An ISO day (`2026-11-22`) as the user writes dates. */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
