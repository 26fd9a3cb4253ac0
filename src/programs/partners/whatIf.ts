import { isEmpty } from '../../kernel/functions/cells';
import { Refused } from '../../kernel/sheets/refusal';
import type { WhatIfSource } from '../../kernel/sheets/whatIfSource';
import type { TierProgram } from './rules/seed';
import { TIERS_WHAT_IF, type TiersData, type TiersPartner } from './rules/whatIf';
import { readPartnerRows } from './sheets';

/**
 * What if… for partner tiers: the comparison of rules/whatIf.ts over the
 * Partners sheet, read by the program's one sheet reader (one getValues). A
 * cell PARTNER_TIER could not read either refuses, naming the cell.
 */
export const tiersWhatIf: WhatIfSource<TiersData, TierProgram> = {
  program: TIERS_WHAT_IF,
  readData: ({ lang, ctx }) => {
    const sheet = readPartnerRows(lang, ctx);
    const partners = sheet.rows.map((row): TiersPartner => {
      // A row without a problem has every cell read.
      if (row.problem || !row.standing || row.ticked === undefined) throw new Refused(row.problem?.[lang] ?? '');
      const override = isEmpty(row.override) ? '' : String(row.override);
      return { name: row.name, standing: row.standing, authorised: row.ticked, override };
    });
    return { partners };
  },
};
