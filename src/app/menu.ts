import { t, type Text } from '../kernel/i18n';
import { userLang } from '../kernel/sheets/language';

/** One menu item: its label and the top-level function it runs (a name from entryPoints.ts). */
interface Item {
  label: Text;
  run: string;
}

export const MENU = {
  dialogs: [
    { label: t`Redeem points…`, run: 'showRedeemDialog' },
    { label: t`Register a deal…`, run: 'showDealDialog' },
    { label: t`Growth contest…`, run: 'showContestDialog' },
    { label: t`What if…`, run: 'showWhatIfDialog' },
  ] as Item[],
  reportDates: { label: t`Set report dates to today`, run: 'setReportDatesToday' } as Item,
  templates: {
    label: t`Insert template`,
    items: [
      { label: t`Bonus points (customers)`, run: 'insertBonusTemplate' },
      { label: t`Partner tiers and deals`, run: 'insertPartnerTemplate' },
      { label: t`Referral credits`, run: 'insertReferralTemplate' },
      { label: t`Partner levels`, run: 'insertLevelsTemplate' },
      { label: t`Growth contest and leads`, run: 'insertGrowthTemplate' },
    ] as Item[],
  },
  about: { label: t`About Incentive Desk`, run: 'showAboutDialog' } as Item,
};

/**
 * Builds the add-on menu. Runs in every authorisation mode, AuthMode.NONE
 * included, so it touches nothing but the Ui and the user's locale.
 */
export function addMenu(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const item of MENU.dialogs) menu.addItem(item.label[lang], item.run);
  menu.addSeparator();
  menu.addItem(MENU.reportDates.label[lang], MENU.reportDates.run);
  const templates = ui.createMenu(MENU.templates.label[lang]);
  for (const item of MENU.templates.items) templates.addItem(item.label[lang], item.run);
  menu.addSubMenu(templates);
  menu.addSeparator();
  menu.addItem(MENU.about.label[lang], MENU.about.run);
  menu.addToUi();
}
