/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts. Nothing
 * is shown; everything is recorded in the runtime's UiRecorder, where tests
 * and the preview server read the menu tree and the last dialog opened, and
 * queue the answers that alert() and prompt() return.
 */
import type { HtmlOutputData } from './html';
import { type Execution, expose, unwrap } from './runtime';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  /** Made with createAddonMenu (it shows under Extensions → the add-on's name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
  /** The HtmlOutput as the add-on built it. */
  output: HtmlOutputData;
  /** Which execution opened it. */
  executionId: number;
}

export interface MessageRecord {
  kind: 'alert' | 'prompt' | 'toast';
  title: string;
  message: string;
  buttons: string;
  /** What it returned: the button pressed (and for a prompt the text entered). */
  button?: string;
  text?: string;
}

export const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class UiRecorder {
  /** The add-on's name: the caption of the menu createAddonMenu() builds. */
  addonName = 'Incentive Desk';
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly messages: MessageRecord[] = [];
  private readonly answers: Array<{ button: string; text: string }> = [];

  /** The add-on menu last added with addToUi(). */
  get addonMenu(): MenuRecord | undefined {
    return this.menus.find((m) => m.addon);
  }

  get lastDialog(): DialogRecord | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }

  /** Queues what the next alert() or prompt() returns (default: the first button, empty text). */
  answer(button: keyof typeof BUTTON, text = ''): void {
    this.answers.push({ button, text });
  }

  nextAnswer(buttons: string): { button: string; text: string } {
    return this.answers.shift() ?? { button: buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
  }

  addMenu(record: MenuRecord): void {
    const i = this.menus.findIndex((m) => (record.addon ? m.addon : !m.addon && m.caption === record.caption));
    if (i >= 0) this.menus[i] = record;
    else this.menus.push(record);
  }

  clear(): void {
    this.menus.length = 0;
    this.dialogs.length = 0;
    this.messages.length = 0;
    this.answers.length = 0;
  }
}

type Entry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; menu: MemoryMenu };

class MemoryMenu {
  readonly entries: Entry[] = [];

  constructor(
    private readonly exec: Execution,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw new TypeError('Menu.addItem(caption, functionName) takes two strings');
    }
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.entries.push({ kind: 'submenu', menu: unwrap(menu) as unknown as MemoryMenu });
    return this;
  }

  addToUi(): void {
    this.exec.runtime.ui.addMenu({ caption: this.caption, addon: this.addon, items: this.snapshot() });
  }

  snapshot(): MenuEntry[] {
    return this.entries.map((e) => (e.kind === 'submenu' ? { kind: 'submenu', caption: e.menu.caption, items: e.menu.snapshot() } : { ...e }));
  }
}

class MemoryUi {
  readonly Button = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(private readonly exec: Execution) {}

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return expose(new MemoryMenu(this.exec, this.exec.runtime.ui.addonName, true), 'Menu', this.exec) as unknown as GoogleAppsScript.Base.Menu;
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return expose(new MemoryMenu(this.exec, caption, false), 'Menu', this.exec) as unknown as GoogleAppsScript.Base.Menu;
  }

  showSidebar(output: GoogleAppsScript.HTML.HtmlOutput): void {
    this.show('sidebar', output, undefined);
  }

  showModalDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modal', output, title);
  }

  showModelessDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modeless', output, title);
  }

  private show(kind: DialogRecord['kind'], output: GoogleAppsScript.HTML.HtmlOutput, title: string | undefined): void {
    const data = unwrap(output) as unknown as HtmlOutputData;
    if (!data || typeof data.getContent !== 'function') throw new TypeError(`Ui.show…: expected an HtmlOutput`);
    this.exec.runtime.ui.dialogs.push({
      kind,
      title: title ?? data.getTitle(),
      content: data.getContent(),
      // A sidebar is always 300 px wide in Sheets.
      width: kind === 'sidebar' ? 300 : data.getWidth(),
      height: data.getHeight(),
      output: data,
      executionId: this.exec.id,
    });
  }

  alert(...args: unknown[]): string {
    const [title, message, buttons] = messageArgs(args);
    const { button } = this.exec.runtime.ui.nextAnswer(buttons);
    this.exec.runtime.ui.messages.push({ kind: 'alert', title, message, buttons, button });
    return button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const [title, message, buttons] = messageArgs(args);
    const { button, text } = this.exec.runtime.ui.nextAnswer(buttons);
    this.exec.runtime.ui.messages.push({ kind: 'prompt', title, message, buttons, button, text });
    const response = {
      getResponseText: () => text,
      getSelectedButton: () => button as unknown as GoogleAppsScript.Base.Button,
    };
    return expose(response, 'PromptResponse', this.exec);
  }
}

/** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
function messageArgs(args: unknown[]): [string, string, string] {
  if (args.length >= 3) return [String(args[0]), String(args[1]), String(args[2])];
  if (args.length === 2) return ['', String(args[0]), String(args[1])];
  return ['', String(args[0] ?? ''), 'OK'];
}

export function uiView(exec: Execution): GoogleAppsScript.Base.Ui {
  return expose(new MemoryUi(exec), 'Ui', exec) as unknown as GoogleAppsScript.Base.Ui;
}
