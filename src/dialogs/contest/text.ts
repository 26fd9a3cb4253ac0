import type { Lang } from '../../app/api';

/** The dialog's own words; everything about the data comes worded from the server. */
export const TEXT = {
  en: {
    month: 'Reporting month',
    compared: (previous: string) => `Growth over the month before: ${previous}`,
    loading: 'Loading…',
    place: 'Place',
    partner: 'Partner',
    growth: 'Growth',
    subscriptions: 'Subscriptions',
    status: '',
    pickAria: (partner: string) => `Pick ${partner}`,
    tie: 'tie',
    tieLegend: '“=” marks a tie: equal growth and equal subscriptions share the place.',
    winner: 'winner',
    declined: 'declined',
    leftOut: 'Left out of this month',
    record: 'Record winner',
    decline: 'Winner declined',
    close: 'Close',
    pick: 'Pick the partner on the podium first.',
  },
  ru: {
    month: 'Отчётный месяц',
    compared: (previous: string) => `Прирост к предыдущему месяцу: ${previous}`,
    loading: 'Загрузка…',
    place: 'Место',
    partner: 'Партнёр',
    growth: 'Прирост',
    subscriptions: 'Подписки',
    status: '',
    pickAria: (partner: string) => `Выбрать: ${partner}`,
    tie: 'ничья',
    tieLegend: '«=» — ничья: равный прирост и равное число подписок делят место.',
    winner: 'победитель',
    declined: 'отказался',
    leftOut: 'Не участвуют в этом месяце',
    record: 'Записать победителя',
    decline: 'Победитель отказался',
    close: 'Закрыть',
    pick: 'Сначала выберите партнёра на пьедестале.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Words = (typeof TEXT)['en'];

/** The place as the podium shows it: `2 =` when the place is shared. */
export function placeText(place: number, tied: boolean): string {
  return tied ? `${place} =` : String(place);
}
