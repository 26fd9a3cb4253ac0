/**
 * Types the dialogs and the server share, kept free of Apps Script so that a
 * dialog's type check (DOM only) can read them: src/app/api.ts and the
 * programs' api.ts build on these.
 */

/** A refusal the dialog shows as it is; nothing was written. Programs may add fields (a reason number, the owner found). */
export interface Refusal {
  ok: false;
  message: string;
}
