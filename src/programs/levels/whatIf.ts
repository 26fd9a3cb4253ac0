import type { WhatIfSource } from '../../kernel/sheets/whatIfSource';
import type { LevelsProgram } from './rules/program';
import { LEVELS_WHAT_IF, type LevelsData } from './rules/whatIf';
import { readLevelsSheet } from './sheets';

/** What if… for partner levels: the comparison of rules/whatIf.ts over the Partner levels sheet. */
export const levelsWhatIf: WhatIfSource<LevelsData, LevelsProgram> = {
  program: LEVELS_WHAT_IF,
  readData: (call) => readLevelsSheet(call.lang, call.ctx),
};
