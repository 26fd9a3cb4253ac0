import type { DialogView, Lang, WorkbookView } from '../types';

/** What the page shows: the last workbook from the server, the sheet open, the selection and the open dialogs. */
export interface State {
  workbook: WorkbookView | null;
  sheet: string;
  /** The sheet the add-on had active in the last snapshot: when the add-on changes it, the page follows. */
  serverActive: string;
  sel: { row: number; col: number };
  editing: { row: number; col: number; input: HTMLInputElement; done: boolean } | null;
  dialogs: { sidebar: DialogView | null; modal: DialogView | null };
}

export const state: State = { workbook: null, sheet: '', serverActive: '', sel: { row: 1, col: 1 }, editing: null, dialogs: { sidebar: null, modal: null } };

export const lang = (): Lang => state.workbook?.lang ?? 'en';
