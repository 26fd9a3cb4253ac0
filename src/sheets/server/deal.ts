import type { EntryPoint } from '../entry';

/** The deal dialog's menu item and server functions (filled in with the dialog). */
export const dealEntryPoints: EntryPoint[] = [];
