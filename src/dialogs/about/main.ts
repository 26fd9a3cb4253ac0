import { byId, fill, h } from '../shared/dom';
import { setDialogLang, tx } from '../shared/i18n';
import { call, messageOf } from '../shared/server';

declare const google: { script: { host: { close(): void } } };

byId('close').addEventListener('click', () => google.script.host.close());

call('getAddonInfo')
  .then((info) => {
    setDialogLang(info.lang);
    fill(
      byId('info'),
      h('div', {}, tx`Spreadsheet locale: ${info.spreadsheetLocale}`),
      h('div', {}, tx`Time zone: ${info.timeZone}`),
      h('div', {}, tx`Custom functions: ${info.functions.length}`),
      h('div', { class: 'muted', id: 'functions' }, info.functions.join(', ')),
    );
  })
  .catch((error) => fill(byId('error'), messageOf(error)));
