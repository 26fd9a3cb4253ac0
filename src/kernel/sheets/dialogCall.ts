import type { CallContext } from '../functions/context';
import { type Lang, t, type Text } from '../i18n';
import type { Day } from '../values/dates';
import { userLang } from './language';
import { withDocumentLock } from './lock';
import { type Refusal, refusal, refusing } from './refusal';
import { requestIdOf } from './requests';
import { callContext } from './spreadsheet';
import { activeUserEmail } from './user';

/*
 * The one pattern of every dialog server call (SPEC §9): settings first (the
 * user's language for what the dialog shows, the spreadsheet's context for
 * how its cells are read, today in its zone), then, for a call that writes,
 * the request id checked and the work done under the document lock: read →
 * decide (a pure function of the program's rules/) → one write. Any refusal
 * on the way (a Refused, a missing sheet or column, a time zone that cannot
 * be used, the lock not obtained) reaches the dialog as a Refusal, with
 * nothing written.
 */

/** What every dialog server call knows before it reads a sheet. */
export interface DialogCall {
  /** The user's language: what the dialog shows. */
  readonly lang: Lang;
  /** The spreadsheet's locale and zone: how its cells are read. */
  readonly ctx: CallContext;
  /** Today in the spreadsheet's time zone. */
  readonly today: Day;
}

/** A call that writes: also its request id and who makes it. */
export interface WriteCall extends DialogCall {
  /** Stored in the rows written (the Request ID column): a repeated id finds them again, and writes nothing. */
  readonly requestId: string;
  /** The user's e-mail for the User column ('' when Google withholds it), asked for when first needed. */
  readonly user: string;
}

function dialogCall(): DialogCall {
  const lang = userLang();
  const ctx = callContext();
  return { lang, ctx, today: ctx.zone.dayOf(ctx.now) };
}

/** A server call that only reads (what a dialog shows when it opens, or on Refresh). */
export function readCall<T>(work: (call: DialogCall) => T): T | Refusal {
  return refusing(() => work(dialogCall()));
}

/**
 * A server call that writes: the request id checked, then `work` under the
 * document lock. `work` reads what it needs (one getValues per sheet), looks
 * for rows that already carry the request id (a repeat: it answers as the
 * first time, writing nothing), decides, and makes its one write last, its
 * answer built before it, so that nothing can fail after writing.
 */
export function writeCall<T>(rawRequestId: unknown, work: (call: WriteCall) => T | Refusal): T | Refusal {
  return refusing(() => {
    const call = dialogCall();
    const requestId = requestIdOf(rawRequestId);
    if (!requestId) return refusal(BAD_REQUEST, call.lang);
    let email: string | undefined;
    const write: WriteCall = {
      ...call,
      requestId,
      get user() {
        return (email ??= activeUserEmail());
      },
    };
    return withDocumentLock(call.lang, () => refusing(() => work(write)));
  });
}

const BAD_REQUEST: Text = t`The request has no valid request id. Reopen the dialog and try again; nothing was written.`;
