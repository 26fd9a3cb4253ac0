import type { Refusal } from '../api';
import { type Lang, type Text, t } from '../i18n';
import { UnknownTimeZone } from '../values/zone';
import { userLang } from './language';
import { SheetMissing } from './table';

export type { Refusal } from '../api';

/**
 * A reason to refuse found deep in a server call; its message is already in
 * the user's language. `details` are merged into the refusal the dialog gets
 * (a deal refusal's reason number and owner, say).
 */
export class Refused extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Runs a server call's reading and checking; a missing sheet, a Refused, or a
 * spreadsheet time zone that cannot be used becomes a refusal the dialog shows.
 */
export function refusing<T>(work: () => T): T | Refusal {
  try {
    return work();
  } catch (error) {
    if (error instanceof Refused) return { ...error.details, ok: false, message: error.message };
    if (error instanceof SheetMissing) return { ok: false, message: error.message };
    if (error instanceof UnknownTimeZone) {
      const lang = userLang();
      const text = error.text[lang];
      return { ok: false, message: `${text[0].toUpperCase()}${text.slice(1)}. ${NOTHING_WRITTEN[lang]}` };
    }
    throw error;
  }
}

export function refusal(message: Text, lang: Lang): Refusal {
  return { ok: false, message: message[lang] };
}

export const NOTHING_WRITTEN: Text = t`Nothing was written.`;
