/**
 * The bonus points program (SPEC §4), for the custom functions, the
 * redeem-points dialog and What if… alike. The program is the seed's
 * (COURSON_PROGRAM) or one a rules table builds (BONUS_RULES, SPEC §12.3), and
 * every decision takes it:
 *
 *   const program = compileProgram(readRulesTable(BONUS_RULES, rulesValues, ctx)); // once per call
 *   const log = readActivityLog(activityValues, sheet, program);  // the log's codes are the program's
 *   const engine = new BonusEngine(log);                          // groups the log once
 *   engine.earned(client, accessOpened, asOf);                    // or earnedPoints(log, …) for one client
 *   new Redemptions(redemptionValues, sheet).spentBy(client);     // or spentPoints(values, sheet, client)
 *   findReward('ACT_9', program).points;                          // catalog look-up by code or name
 *   decideRedemption({ program, clients, engine, spent }, request, today, sheet); // the Redeem dialog's decision
 *   BONUS_WHAT_IF.compare(data, before, after, lang, today);      // What if…
 *
 * `sheet` is the spreadsheet's time zone and notation (a SheetReading: the
 * call context is one), by which date and number cells typed as text are read.
 *
 * Range readers throw a CellError (an InputError whose `item` is the 0-based
 * row, plus the column and the cell) for a value they cannot take.
 */
export { CellError } from './rows';
export { type Accounts, type ClientRow, type RedemptionRefusal, decideRedemption, pointsOf, recordedRedemption } from './redemption';
export { BonusEngine, type ActionLine, type MilestoneLine, type StatementLine, bonusStatement, earnedPoints } from './engine';
export { ACTIVITY_COLUMNS, type ActivityLog, readActivityLog, rowOf } from './log';
export { type CompiledProgram, compileProgram, milestoneDeadline } from './program';
export { REDEMPTION_COLUMNS, Redemptions, findReward, rewardCatalog, rewardOf, spentPoints } from './rewards';
export { type BonusProgram, COURSON_PROGRAM, type RewardRule } from './seed';
export { BONUS_RULES } from './table';
export { BONUS_WHAT_IF, type BonusData } from './whatIf';
