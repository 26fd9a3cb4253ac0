import { byId, fill, h } from '../shared/dom';
import { call, messageOf } from '../shared/server';

declare const google: { script: { host: { close(): void } } };

const TEXT = {
  en: { locale: 'Spreadsheet locale', zone: 'Time zone', functions: 'Custom functions' },
  ru: { locale: 'Язык таблицы', zone: 'Часовой пояс', functions: 'Функции' },
};

byId('close').addEventListener('click', () => google.script.host.close());

call('getAddonInfo')
  .then((info) => {
    const t = TEXT[info.lang];
    fill(
      byId('info'),
      h('div', {}, `${t.locale}: ${info.spreadsheetLocale}`),
      h('div', {}, `${t.zone}: ${info.timeZone}`),
      h('div', {}, `${t.functions}: ${info.functions.length}`),
      h('div', { class: 'muted', id: 'functions' }, info.functions.join(', ')),
    );
  })
  .catch((error) => fill(byId('error'), messageOf(error)));
