import { type Bilingual, bi } from '../kernel/i18n';
import { userLang } from '../kernel/sheets/language';

/** One menu item: its label and the top-level function it runs (a name from entryPoints.ts). */
interface Item {
  label: Bilingual;
  run: string;
}

export const MENU = {
  dialogs: [
    { label: bi('Redeem points…', 'Списать баллы…'), run: 'showRedeemDialog' },
    { label: bi('Register a deal…', 'Зарегистрировать сделку…'), run: 'showDealDialog' },
    { label: bi('Growth contest…', 'Конкурс роста…'), run: 'showContestDialog' },
    { label: bi('What if…', 'Что если…'), run: 'showWhatIfDialog' },
  ] as Item[],
  reportDates: { label: bi('Set report dates to today', 'Установить сегодняшнюю дату отчёта'), run: 'setReportDatesToday' } as Item,
  templates: {
    label: bi('Insert template', 'Вставить шаблон'),
    items: [
      { label: bi('Bonus points (customers)', 'Бонусные баллы (клиенты)'), run: 'insertBonusTemplate' },
      { label: bi('Partner tiers and deals', 'Статусы партнёров и сделки'), run: 'insertPartnerTemplate' },
      { label: bi('Referral credits', 'Реферальные скидки'), run: 'insertReferralTemplate' },
      { label: bi('Partner levels', 'Уровни партнёров'), run: 'insertLevelsTemplate' },
      { label: bi('Growth contest and leads', 'Конкурс роста и лиды'), run: 'insertGrowthTemplate' },
    ] as Item[],
  },
  about: { label: bi('About Incentive Desk', 'О программе Incentive Desk'), run: 'showAboutDialog' } as Item,
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
