/** Server calls of this dialog (filled in with the dialog). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DealApi {}
