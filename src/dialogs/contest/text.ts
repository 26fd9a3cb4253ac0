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
    leftOut: 'Left out of this month',
    record: 'Record winner',
    recordNamed: (partner: string, month: string) => `Record ${partner} as the winner for ${month}`,
    decline: 'Winner declined',
    breach: 'Handling breach',
    close: 'Close',
    pick: 'Pick the partner on the podium first.',
    records: 'Recorded for this month',
    cancelRow: (row: number) => `Cancel row ${row}`,
    confirmCancel: (row: number) => `Confirm: cancel row ${row}`,
    declineTitle: (partner: string) => `${partner} declines the leads`,
    breachTitle: (partner: string) => `Handling breach by ${partner}`,
    lead: 'Lead',
    received: 'Received',
    sla: 'SLA',
    switchFrom: 'The leads pass on from',
    passTo: (partner: string, day: string) => `Pass the leads to ${partner} from ${day}`,
    declineFrom: (day: string) => `Record the decline from ${day}`,
    switchTo: (partner: string, day: string) => `Switch the leads to ${partner} from ${day}`,
    breachFrom: (day: string) => `Record the breach from ${day}`,
    back: 'Back',
    pickDay: 'Pick the day the leads pass on.',
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
    leftOut: 'Не участвуют в этом месяце',
    record: 'Записать победителя',
    recordNamed: (partner: string, month: string) => `Записать «${partner}» победителем за ${month}`,
    decline: 'Победитель отказался',
    breach: 'Нарушение регламента',
    close: 'Закрыть',
    pick: 'Сначала выберите партнёра на пьедестале.',
    records: 'Записано за этот месяц',
    cancelRow: (row: number) => `Отменить строку ${row}`,
    confirmCancel: (row: number) => `Подтвердить отмену строки ${row}`,
    declineTitle: (partner: string) => `«${partner}» отказывается от лидов`,
    breachTitle: (partner: string) => `Нарушение регламента: «${partner}»`,
    lead: 'Лид',
    received: 'Получен',
    sla: 'Регламент',
    switchFrom: 'Лиды переходят с даты',
    passTo: (partner: string, day: string) => `Передать лиды «${partner}» с ${day}`,
    declineFrom: (day: string) => `Записать отказ с ${day}`,
    switchTo: (partner: string, day: string) => `Переключить лиды на «${partner}» с ${day}`,
    breachFrom: (day: string) => `Записать нарушение с ${day}`,
    back: 'Назад',
    pickDay: 'Выберите день, с которого лиды переходят.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Words = (typeof TEXT)['en'];

/** The place as the podium shows it: `2 =` when the place is shared. */
export function placeText(place: number, tied: boolean): string {
  return tied ? `${place} =` : String(place);
}

/** `2026-11-10` as the dialog's language writes a day: as it is in English, `10.11.2026` in Russian. */
export function dayText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
