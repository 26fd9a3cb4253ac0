import { type Lang, langFromLocale } from '../i18n';

/**
 * The language of what the user sees around the sheet (menu, dialogs,
 * template headers): the user's own locale. Formulas follow the spreadsheet
 * locale instead (see context.ts). Session is available in every
 * authorisation mode, but an add-on in AuthMode.NONE must not fail to build
 * its menu, so any failure falls back to English.
 */
export function userLang(): Lang {
  try {
    return typeof Session === 'undefined' ? 'en' : langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
