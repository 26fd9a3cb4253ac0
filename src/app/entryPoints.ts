import { DIALOGS, showDialog } from '../kernel/sheets/dialogs';
import type { EntryPoint } from '../kernel/sheets/entry';
import { addMenu } from './menu';
import { getAddonInfo } from './about';
import { contestEntryPoints } from '../programs/growth/server';
import { dealEntryPoints } from '../programs/partners/server';
import { redeemEntryPoints } from '../programs/bonus/server';
import { setReportDatesToday } from './reportDates';
import { TEMPLATES } from './templates';
import { insertTemplate } from '../kernel/sheets/insertTemplate';
import type { ProgramTemplate } from '../kernel/templates/layout';
import { completeEntryPoints, serverCall } from './serverCall';
import { whatIfEntryPoints } from './whatIf/server';

/** A menu item that inserts a template, telling the user in an alert when it refuses. */
function insertFromMenu(program: ProgramTemplate) {
  return () => {
    const result = insertTemplate(program);
    if (!result.ok) SpreadsheetApp.getUi().alert(result.message);
    return result;
  };
}

/**
 * Every trigger, menu item and dialog server function, in one list. The
 * compiler checks that each ServerApi function is served by exactly one
 * serverCall and that no name is listed twice.
 */
export const ENTRY_POINTS: readonly EntryPoint[] = completeEntryPoints([
  { name: 'onOpen', params: ['e'], description: 'Adds the Incentive Desk menu; safe in AuthMode.NONE.', run: () => addMenu() },
  { name: 'onInstall', params: ['e'], description: 'Adds the menu right after installation.', run: () => addMenu() },
  { name: 'showAboutDialog', params: [], description: 'Menu: opens the About dialog.', run: () => showDialog(DIALOGS.about) },
  { name: 'insertBonusTemplate', params: [], description: 'Menu: inserts the bonus points template.', run: insertFromMenu(TEMPLATES.bonus) },
  { name: 'insertPartnerTemplate', params: [], description: 'Menu: inserts the partner tiers and deals template.', run: insertFromMenu(TEMPLATES.partners) },
  { name: 'insertReferralTemplate', params: [], description: 'Menu: inserts the referral credits template.', run: insertFromMenu(TEMPLATES.referral) },
  { name: 'insertLevelsTemplate', params: [], description: 'Menu: inserts the partner levels template.', run: insertFromMenu(TEMPLATES.levels) },
  { name: 'insertGrowthTemplate', params: [], description: 'Menu: inserts the growth contest and leads template.', run: insertFromMenu(TEMPLATES.growth) },
  { name: 'setReportDatesToday', params: [], description: 'Menu: sets the report date of every template sheet to today.', run: setReportDatesToday },
  serverCall({ name: 'getAddonInfo', params: [], description: 'Dialog server call: add-on, language and spreadsheet settings.', run: getAddonInfo }),
  ...redeemEntryPoints,
  ...dealEntryPoints,
  ...contestEntryPoints,
  ...whatIfEntryPoints,
]);
