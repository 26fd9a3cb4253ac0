import { t, type Text } from '../i18n';
import { userLang } from './language';

/** The dialogs built from src/dialogs into dist/<file>.html, and how each opens. */
export const DIALOGS = {
  about: { file: 'about', title: t`About Incentive Desk`, kind: 'modal', width: 420, height: 360 },
  redeem: { file: 'redeem', title: t`Redeem points`, kind: 'sidebar', width: 300, height: 0 },
  deal: { file: 'deal', title: t`Deal registration`, kind: 'sidebar', width: 300, height: 0 },
  contest: { file: 'contest', title: t`Growth contest`, kind: 'modal', width: 560, height: 520 },
  // A modal: the rules grid, the changed rows and the chart do not fit a 300-px sidebar.
  whatIf: { file: 'whatif', title: t`What if…`, kind: 'modal', width: 900, height: 640 },
} satisfies Record<string, DialogSpec>;

interface DialogSpec {
  file: string;
  title: Text;
  kind: 'sidebar' | 'modal';
  width: number;
  height: number;
}

/** Opens a dialog in the user's language: a 300-px sidebar or a modal. */
export function showDialog(spec: DialogSpec): void {
  const lang = userLang();
  const output = HtmlService.createHtmlOutputFromFile(spec.file).setTitle(spec.title[lang]);
  const ui = SpreadsheetApp.getUi();
  if (spec.kind === 'sidebar') ui.showSidebar(output.setWidth(300));
  else ui.showModalDialog(output.setWidth(spec.width).setHeight(spec.height), spec.title[lang]);
}
