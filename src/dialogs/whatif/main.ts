/**
 * The What if… dialog (SPEC §13): pick a program, edit its rules table,
 * Compare (the server computes every data row under the sheet's rules and
 * under the edited ones, writing nothing), then Apply (one write of the
 * edited table into the rules sheet) or Close (discards). Apply is possible
 * only for the table just compared without a problem. Every server call goes
 * through `call` (google.script.run); text from the sheets is set as text.
 */
import type { Lang } from '../../app/api';
import type { WhatIfTable } from '../../app/whatIf/api';
import { byId, fill, h } from '../shared/dom';
import { PendingIds } from '../shared/requestId';
import { call, messageOf } from '../shared/server';
import { RulesGrid } from './grid';
import { hideResults, showResults } from './results';
import { type Words, wordsIn } from './text';

declare const google: { script: { host: { close(): void } } };

const programSelect = byId<HTMLSelectElement>('program');
const compareButton = byId<HTMLButtonElement>('compare');
const applyButton = byId<HTMLButtonElement>('apply');
const reloadButton = byId<HTMLButtonElement>('reload');
const addRowButton = byId<HTMLButtonElement>('add-row');
const closeButton = byId<HTMLButtonElement>('close');

let lang: Lang = 'en';
let t: Words = wordsIn('en');
let table: WhatIfTable | undefined;
/** The grid (as JSON) of the last comparison without a problem: only that table can be applied. */
let compared: string | undefined;
let inFlight = false;
/** Counts table loads, so an answer for a program no longer picked is dropped. */
let loads = 0;
const requestIds = new PendingIds();
const grid = new RulesGrid(byId('grid').querySelector('tbody')!, () => t, onEdit);

function setLanguage(next: Lang): void {
  lang = next;
  t = wordsIn(next);
  document.documentElement.lang = next;
  fill(byId('loading'), t.loading);
  fill(byId('program-label'), t.program);
  fill(byId('rules-label'), t.rules);
  fill(addRowButton, t.addRow);
  fill(compareButton, t.compare);
  fill(applyButton, t.apply);
  fill(reloadButton, t.reload);
  fill(closeButton, t.close);
}

const showError = (message: string) => fill(byId('error'), message);
const showNotice = (message: string) => fill(byId('notice'), message);
const showNote = (message: string) => fill(byId('note'), message);

function updateButtons(): void {
  const current = JSON.stringify(grid.cells);
  compareButton.disabled = inFlight || !table;
  applyButton.disabled = inFlight || !table || compared !== current || !grid.edited();
  reloadButton.disabled = inFlight || programSelect.options.length === 0;
  addRowButton.disabled = inFlight || !table;
  programSelect.disabled = inFlight || programSelect.options.length === 0;
  grid.setDisabled(inFlight || !table);
}

/** The grid changed: a comparison shown no longer describes it. */
function onEdit(): void {
  if (compared !== undefined) {
    byId('results').classList.add('outdated');
    showNote(t.outdated);
  }
  showNotice('');
  updateButtons();
}

/** Reads the picked program's rules sheet into the grid (discarding edits); keeps `keepNotice` (an Apply just done) on screen. */
async function loadTable(keepNotice = false): Promise<void> {
  const program = programSelect.value;
  const load = ++loads;
  table = undefined;
  compared = undefined;
  hideResults();
  showError('');
  showNote('');
  if (!keepNotice) showNotice('');
  fill(byId('from'), t.loading);
  updateButtons();
  if (!program) return;
  try {
    const answer = await call('getWhatIfTable', program);
    if (load !== loads) return;
    if (!answer.ok) {
      fill(byId('from'));
      showError(answer.message);
      return;
    }
    table = answer;
    grid.show(answer);
    fill(byId('from'), t.from(answer.sheet), ...grid.datalists());
  } catch (error) {
    if (load === loads) showError(messageOf(error));
  } finally {
    if (load === loads) updateButtons();
  }
}

async function compare(): Promise<void> {
  if (inFlight || !table) return;
  const cells = grid.snapshot();
  inFlight = true;
  updateButtons();
  showError('');
  showNotice('');
  showNote('');
  try {
    const answer = await call('compareWhatIf', { program: table.program, cells, token: table.token });
    compared = undefined;
    if (answer.ok) {
      compared = JSON.stringify(cells);
      showResults(answer, t, lang);
      if (!grid.edited()) showNote(t.nothingToApply);
    } else {
      hideResults();
      if ('table' in answer) grid.showProblem(answer);
      else showError(answer.message);
    }
  } catch (error) {
    showError(messageOf(error));
  } finally {
    inFlight = false;
    updateButtons();
  }
}

async function apply(): Promise<void> {
  if (inFlight || !table || compared === undefined) return;
  const cells = grid.snapshot();
  const requestId = requestIds.for(`${table.program}\u0000${table.token}\u0000${JSON.stringify(cells)}`);
  inFlight = true;
  updateButtons();
  showError('');
  showNotice('');
  let done: string | undefined;
  try {
    const answer = await call('applyWhatIf', { program: table.program, cells, token: table.token, requestId });
    requestIds.done();
    if (answer.ok) done = answer.message;
    else if ('table' in answer) grid.showProblem(answer);
    else showError(answer.message);
  } catch (error) {
    // No answer: Apply again sends the same request id and grid, so it cannot write twice.
    showError(messageOf(error));
  } finally {
    inFlight = false;
    updateButtons();
  }
  if (done !== undefined) {
    showNotice(done);
    await loadTable(true);
  }
}

async function start(): Promise<void> {
  try {
    const answer = await call('getWhatIfPrograms');
    setLanguage(answer.lang);
    byId('loading').hidden = true;
    if (!answer.ok) {
      showError(answer.message);
      return;
    }
    fill(programSelect, ...answer.programs.map((p) => h('option', { value: p.key }, p.label)));
    byId('main').hidden = false;
    await loadTable();
  } catch (error) {
    byId('loading').hidden = true;
    showError(messageOf(error));
  }
}

programSelect.addEventListener('change', () => void loadTable());
compareButton.addEventListener('click', () => void compare());
applyButton.addEventListener('click', () => void apply());
reloadButton.addEventListener('click', () => void loadTable());
addRowButton.addEventListener('click', () => grid.addRow());
closeButton.addEventListener('click', () => google.script.host.close());
setLanguage('en');
void start();
