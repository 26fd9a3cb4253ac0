import type { Bilingual, Lang } from '../i18n';
import type { Refusal } from '../../app/api';
import { UnknownTimeZone } from '../values/zone';
import { SheetMissing } from './table';
import { userLang } from './language';

/** A reason to refuse found deep in a server call; its message is already in the user's language. */
export class Refused extends Error {}

/**
 * Runs a server call's reading and checking; a missing sheet, a Refused, or a
 * spreadsheet time zone that cannot be used becomes a refusal the dialog shows.
 */
export function refusing<T>(work: () => T): T | Refusal {
  try {
    return work();
  } catch (error) {
    if (error instanceof SheetMissing || error instanceof Refused) return { ok: false, message: error.message };
    if (error instanceof UnknownTimeZone) {
      const lang = userLang();
      const text = error.text[lang];
      return { ok: false, message: `${text[0].toUpperCase()}${text.slice(1)}. ${lang === 'ru' ? 'Ничего не записано.' : 'Nothing was written.'}` };
    }
    throw error;
  }
}

export function refusal(message: Bilingual, lang: Lang): Refusal {
  return { ok: false, message: message[lang] };
}
