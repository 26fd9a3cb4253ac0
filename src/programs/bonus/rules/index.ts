/**
 * The bonus points program (SPEC §4), for the custom functions and the
 * redeem-points dialog alike:
 *
 *   const log = readActivityLog(activityValues, sheet);       // once per call
 *   const engine = new BonusEngine(log);                      // groups the log once
 *   engine.earned(client, accessOpened, asOf);                // or earnedPoints(log, …) for one client
 *   new Redemptions(redemptionValues, sheet).spentBy(client); // or spentPoints(values, sheet, client)
 *   findReward('ACT_9').points;                               // catalog look-up by code or name
 *   decideRedemption({ clients, engine, spent }, request, today, sheet); // the Redeem dialog's decision
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
export { REDEMPTION_COLUMNS, Redemptions, findReward, rewardCatalog, spentPoints } from './rewards';
export { type BonusProgram, COURSON_PROGRAM, type RewardRule } from './seed';
