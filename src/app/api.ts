/**
 * The contract between the dialogs (src/dialogs) and the server functions they
 * call through google.script.run. Types only: the dialogs import them with
 * `import type`, so nothing of the server is bundled into a dialog. No Date
 * crosses the boundary: dates travel as ISO strings (`2026-03-15`).
 */
import type { ContestApi } from '../programs/growth/api';
import type { DealApi } from '../programs/partners/api';
import type { RedeemApi } from '../programs/bonus/api';
import type { WhatIfApi } from './whatIf/api';

import type { Lang } from '../kernel/i18n';

export type { Lang };

export type { Refusal } from '../kernel/api';

export interface AddonInfo {
  name: string;
  lang: Lang;
  spreadsheetLocale: string;
  timeZone: string;
  functions: string[];
}

export interface AboutApi {
  getAddonInfo(): AddonInfo;
}

/** Every server function a dialog may call, with its argument and result types. */
export type ServerApi = AboutApi & RedeemApi & DealApi & ContestApi & WhatIfApi;
