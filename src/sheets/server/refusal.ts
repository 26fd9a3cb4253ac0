import type { Bilingual, Lang } from '../../core/i18n';
import type { Refusal } from '../api';
import { SheetMissing } from '../io/table';

/** A reason to refuse found deep in a server call; its message is already in the user's language. */
export class Refused extends Error {}

/** Runs a server call's reading and checking; a missing sheet or a Refused becomes a refusal the dialog shows. */
export function refusing<T>(work: () => T): T | Refusal {
  try {
    return work();
  } catch (error) {
    if (error instanceof SheetMissing || error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

export function refusal(message: Bilingual, lang: Lang): Refusal {
  return { ok: false, message: message[lang] };
}
