import type { Lang } from '../../app/api';
import { pluralRu } from '../../kernel/i18n';
import { formatAmount } from '../../kernel/values/numbers';

/** Every word the Redeem points dialog shows, in both languages. */
export const TEXT = {
  en: {
    loading: 'Loading…',
    client: 'Client',
    pickClient: '— pick a client —',
    noClients: 'The Clients sheet lists no clients yet.',
    earned: 'Earned',
    spent: 'Spent',
    balance: 'Balance',
    asOf: (day: string) => `as of ${day}`,
    asOfReportToo: (day: string) => `as of ${day}, also the Clients sheet's report date`,
    today: 'Today',
    reportDate: 'Report date',
    dates: (today: string, report: string) => `Today: ${today} · report date: ${report}`,
    balances: (today: number, day: string, report: number) =>
      `Balance today: ${formatPoints(today, 'en')} · on the report date ${day}: ${formatPoints(report, 'en')}`,
    reportNote: "The Clients sheet shows its figures as of its report date; redeeming takes today's balance.",
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    refreshed: 'Re-read from the sheets.',
    clientGone: (name: string) => `${name} is no longer on the Clients sheet.`,
    rewardOption: (name: string, code: string, points: number) => `${name ? `${name} (${code})` : code} — ${formatPoints(points, 'en')}`,
    catalog: 'Catalog',
    points: 'Points',
    reward: 'Reward',
    pickReward: '— pick a reward —',
    quantity: 'Quantity',
    cost: (n: number) => `Cost: ${formatPoints(n, 'en')} ${n === 1 ? 'point' : 'points'}`,
    after: (n: number) => `balance after: ${formatPoints(n, 'en')}`,
    missing: (n: number) => `${formatPoints(n, 'en')} ${n === 1 ? 'point' : 'points'} missing`,
    badQuantity: 'The quantity must be a whole number of 1 or more.',
    needClient: 'Pick a client first.',
    needReward: 'Pick a reward first.',
    confirm: 'Redeem',
    working: 'Redeeming…',
    close: 'Close',
  },
  ru: {
    loading: 'Загрузка…',
    client: 'Клиент',
    pickClient: '— выберите клиента —',
    noClients: 'На листе «Клиенты» пока нет клиентов.',
    earned: 'Начислено',
    spent: 'Списано',
    balance: 'Остаток',
    asOf: (day: string) => `на ${day}`,
    asOfReportToo: (day: string) => `на ${day}, это и дата отчёта листа «Клиенты»`,
    today: 'Сегодня',
    reportDate: 'Дата отчёта',
    dates: (today: string, report: string) => `Сегодня: ${today} · дата отчёта: ${report}`,
    balances: (today: number, day: string, report: number) =>
      `Остаток сегодня: ${formatPoints(today, 'ru')} · на дату отчёта ${day}: ${formatPoints(report, 'ru')}`,
    reportNote: 'Лист «Клиенты» показывает баллы на свою дату отчёта; списание идёт из остатка на сегодня.',
    refresh: 'Обновить',
    refreshing: 'Обновление…',
    refreshed: 'Данные перечитаны из листов.',
    clientGone: (name: string) => `Клиента «${name}» больше нет на листе «Клиенты».`,
    rewardOption: (name: string, code: string, points: number) => `${name ? `${name} (${code})` : code} — ${formatPoints(points, 'ru')}`,
    catalog: 'Каталог',
    points: 'Баллы',
    reward: 'Награда',
    pickReward: '— выберите награду —',
    quantity: 'Количество',
    cost: (n: number) => `Стоимость: ${formatPoints(n, 'ru')} ${pluralRu(n, 'балл', 'балла', 'баллов')}`,
    after: (n: number) => `остаток после: ${formatPoints(n, 'ru')}`,
    missing: (n: number) => `не хватает ${formatPoints(n, 'ru')} ${pluralRu(n, 'балл', 'балла', 'баллов')}`,
    badQuantity: 'Количество должно быть целым числом от 1.',
    needClient: 'Сначала выберите клиента.',
    needReward: 'Сначала выберите награду.',
    confirm: 'Списать',
    working: 'Списание…',
    close: 'Закрыть',
  },
} satisfies Record<Lang, unknown>;

export type Words = (typeof TEXT)['en'];

/** A number as the user reads it: `1,250` in English, `1 250` in Russian. */
export const formatPoints = (n: number, lang: Lang): string => formatAmount(n, lang);

/** An ISO day (`2026-11-22`) as the user writes dates. */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
