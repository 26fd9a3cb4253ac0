import type { WhatIfSource } from '../../kernel/sheets/whatIfSource';
import type { BonusProgram } from './rules/seed';
import { BONUS_WHAT_IF, type BonusData } from './rules/whatIf';
import { readWhatIfData } from './sheets';

/**
 * The bonus program as the What if… dialog's server uses it (SPEC §13): its
 * pure comparison (rules/whatIf.ts), and its data read through the program's
 * one sheet reader: the Clients sheet and the Activity log, one getValues
 * each, the log checked under the rules sheet's program (one more getValues)
 * so that a cell the current rules cannot read refuses, naming it.
 */
export const bonusWhatIf: WhatIfSource<BonusData, BonusProgram> = {
  program: BONUS_WHAT_IF,
  readData: (call) => readWhatIfData(call.lang, call.ctx),
};
