/**
 * The preview page: sheet tabs, a cell grid, the add-on menu, the language
 * switch, starting over (the sample workbook, or an empty spreadsheet), and
 * the dialogs the add-on opens (in a 300-px side panel or a modal).
 * Everything it shows comes from the preview server; every action (a menu
 * item, a cell edit, a server call from a dialog) ends with the workbook drawn
 * again from the server's answer. Text from the workbook is only ever set as
 * text, never parsed as HTML.
 *
 * The pieces: grid.ts (the cells), chrome.ts (title, menu, tabs), dialogs.ts
 * (side panel and modal), messages.ts, confirm.ts (the in-page question
 * before edits are thrown away), api.ts (the server).
 */
import type { ActionResult, Lang, WorkbookView } from '../types';
import { ServerError, messageOf, request } from './api';
import { closeMenu, renderChrome, renderMenu, renderTabs, wireMenu } from './chrome';
import { ask, wireAsk } from './confirm';
import { closeDialog, openDialog, wireDialogs } from './dialogs';
import { $ } from './dom';
import { finishEdit, renderGrid, wireGrid } from './grid';
import { showMessages } from './messages';
import { lang, state } from './state';
import { CHROME, type Rebuild } from './texts';

function showFailure(error: unknown): void {
  showMessages([{ kind: 'error', title: CHROME[lang()].failed, message: messageOf(error) }]);
}

async function act(path: string, body: unknown): Promise<void> {
  try {
    applyResult(await request<ActionResult>('POST', path, body));
  } catch (error) {
    showFailure(error);
  }
}

async function refresh(): Promise<void> {
  try {
    applyWorkbook(await request<WorkbookView>('GET', '/api/workbook'));
  } catch (error) {
    showFailure(error);
  }
}

function applyResult(result: ActionResult): void {
  applyWorkbook(result.workbook);
  showMessages(result.messages);
  if (result.dialog) openDialog(result.dialog);
}

function applyWorkbook(wb: WorkbookView): void {
  const old = state.workbook;
  if (old && wb.seq < old.seq) return;
  const rebuilt = !!old && wb.generation !== old.generation;
  if (rebuilt) {
    // A rebuilt workbook (language switch, reset, empty): the same tab, in the new language.
    closeDialog('sidebar');
    closeDialog('modal');
    const index = old.sheets.findIndex((s) => s.name === state.sheet);
    state.sheet = wb.sheets[index]?.name ?? wb.active;
  } else if (wb.active !== state.serverActive) {
    state.sheet = wb.active;
  }
  state.workbook = wb;
  state.serverActive = wb.active;
  if (!wb.sheets.some((s) => s.name === state.sheet)) state.sheet = wb.sheets[0]?.name ?? '';
  if (!old || rebuilt) renderChrome();
  renderMenu();
  renderTabs();
  renderGrid();
}

/**
 * Builds the workbook again (another language, the samples, an empty
 * spreadsheet). When it has edits, asks first, inside the page; Cancel keeps
 * everything as it is. The server refuses (409) to throw away edits it knows
 * of and the page did not ask about, e.g. a dialog's write not yet drawn:
 * then the page asks and tries again.
 */
async function rebuild(kind: Rebuild, path: string, body: Record<string, unknown>): Promise<void> {
  finishEdit(false);
  closeMenu();
  const question = async () => {
    const t = CHROME[lang()];
    return ask(t.ask[kind].text, t.ask[kind].ok, t.cancel);
  };
  let discard = false;
  if (state.workbook?.edited) {
    if (!(await question())) return;
    discard = true;
  }
  try {
    applyResult(await request<ActionResult>('POST', path, { ...body, discard }));
  } catch (error) {
    if (!(error instanceof ServerError && error.status === 409 && !discard)) return showFailure(error);
    await refresh();
    if (await question()) await act(path, { ...body, discard: true });
  }
}

function wire(): void {
  wireGrid((row, col, input) => act('/api/edit', { sheet: state.sheet, row, col, input }));
  wireMenu((functionName) => void act('/api/menu', { name: functionName }));
  wireDialogs(() => void refresh());
  wireAsk();
  document.querySelectorAll<HTMLButtonElement>('.lang button').forEach((button) => {
    button.addEventListener('click', () => {
      const next = button.dataset.lang as Lang;
      if (next !== lang()) void rebuild('language', '/api/language', { lang: next });
    });
  });
  $('reset').addEventListener('click', () => void rebuild('reset', '/api/reset', {}));
  $('empty').addEventListener('click', () => void rebuild('empty', '/api/empty', {}));
}

wire();
void refresh();
