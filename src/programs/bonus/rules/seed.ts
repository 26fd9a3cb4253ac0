import { t, type Text } from '../../../kernel/i18n';

/**
 * The Courson bonus program (seed 000, SPEC §4) as data: the metrics a client's
 * activity log reports, the usage milestones (a condition on the metrics, a
 * window after access was opened, points), the one-off actions and the reward
 * catalog. The engine (`engine.ts`) reads any table of this shape; nothing in
 * code knows a particular milestone: a vendor's rules table (`table.ts`, SPEC
 * §12.3) builds another program of the same shape.
 */

/** How long after access was opened a milestone still earns: calendar days, or calendar months as EDATE counts them. */
export type BonusWindow = { readonly days: number } | { readonly months: number };

/**
 * When a milestone holds, given each metric's latest value:
 * - `metric ≥ atLeast`;
 * - `numerator / denominator ≥ percent %`, compared exactly as
 *   `numerator × 100 ≥ percent × denominator`; a zero denominator never holds.
 */
export type BonusCondition =
  | { readonly metric: string; readonly atLeast: number }
  | { readonly numerator: string; readonly denominator: string; readonly percent: number };

export interface MetricRule {
  readonly code: string;
  /** The code as a manager writes it in each language (the log accepts every one): `employees` / `сотрудники`. */
  readonly names?: Text;
  /** Other spellings the log accepts but results never show (a rules table's seed code in the other language). */
  readonly aliases?: readonly string[];
  readonly description: Text;
}

export interface MilestoneRule {
  readonly code: string;
  readonly description: Text;
  readonly condition: BonusCondition;
  readonly window: BonusWindow;
  readonly points: number;
}

export interface ActionRule {
  readonly code: string;
  /** The code as a manager writes it in each language (the log accepts every one): `renewal` / `пролонгация`. */
  readonly names?: Text;
  /** Other spellings the log accepts but results never show (a rules table's seed code in the other language). */
  readonly aliases?: readonly string[];
  readonly description: Text;
  /** Points per occurrence. */
  readonly points: number;
}

export interface RewardRule {
  readonly code: string;
  readonly name: Text;
  readonly points: number;
}

export interface BonusProgram {
  readonly metrics: readonly MetricRule[];
  /** In the order a statement lists them. */
  readonly milestones: readonly MilestoneRule[];
  readonly actions: readonly ActionRule[];
  /** In the order the catalog lists them. */
  readonly rewards: readonly RewardRule[];
}

const assigned = (n: number) => t`training assigned to at least ${n}% of employees (any program)`;
const completed = (n: number) => t`training completed by ${n}% of the employees it was assigned to`;
const activations = (n: number) => t`${n}% extra free activations for each internal-training program`;
const discount = (n: number) => t`${n}% discount on the next internal training contract`;
const technoProgress = (n: number) => t`${n}% discount on a contract with the TechnoProgress training centre`;

export const COURSON_PROGRAM: BonusProgram = {
  metrics: [
    {
      code: 'employees',
      names: t`employees`,
      description: t`employees added to the client's account`,
    },
    {
      code: 'program_sets',
      names: t`program_sets`,
      description: t`training program sets created`,
    },
    { code: 'assigned', names: t`assigned`, description: t`employees with any training assigned` },
    {
      code: 'completed',
      names: t`completed`,
      description: t`employees who completed training, among the assigned`,
    },
    { code: 'commissions', names: t`commissions`, description: t`commissions added` },
    { code: 'protocols', names: t`protocols`, description: t`commission protocols formed` },
    {
      code: 'mintrud_exports',
      names: t`mintrud_exports`,
      description: t`data exports to the Ministry of Labour`,
    },
  ],
  milestones: [
    {
      code: 'M_EMPLOYEES_3',
      description: t`at least 3 employees added to the account`,
      condition: { metric: 'employees', atLeast: 3 },
      window: { days: 14 },
      points: 5,
    },
    {
      code: 'M_PROGRAM_SET',
      description: t`at least one training program set created`,
      condition: { metric: 'program_sets', atLeast: 1 },
      window: { days: 14 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_1',
      description: t`training assigned to at least one employee (any program)`,
      condition: { metric: 'assigned', atLeast: 1 },
      window: { days: 14 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_3',
      description: t`training assigned to at least three employees (any program)`,
      condition: { metric: 'assigned', atLeast: 3 },
      window: { months: 1 },
      points: 5,
    },
    {
      code: 'M_COMMISSION',
      description: t`a commission added`,
      condition: { metric: 'commissions', atLeast: 1 },
      window: { months: 1 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_10PCT',
      description: assigned(10),
      condition: { numerator: 'assigned', denominator: 'employees', percent: 10 },
      window: { months: 3 },
      points: 5,
    },
    {
      code: 'M_COMPLETED_25PCT',
      description: completed(25),
      condition: { numerator: 'completed', denominator: 'assigned', percent: 25 },
      window: { months: 3 },
      points: 5,
    },
    {
      code: 'M_PROTOCOL_1',
      description: t`1 or more commission protocols formed`,
      condition: { metric: 'protocols', atLeast: 1 },
      window: { months: 3 },
      points: 5,
    },
    {
      code: 'M_MINTRUD',
      description: t`data exported to the Ministry of Labour`,
      condition: { metric: 'mintrud_exports', atLeast: 1 },
      window: { months: 3 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_30PCT',
      description: assigned(30),
      condition: { numerator: 'assigned', denominator: 'employees', percent: 30 },
      window: { months: 6 },
      points: 5,
    },
    {
      code: 'M_COMPLETED_50PCT',
      description: completed(50),
      condition: { numerator: 'completed', denominator: 'assigned', percent: 50 },
      window: { months: 6 },
      points: 5,
    },
    {
      code: 'M_PROTOCOL_2',
      description: t`more than 1 commission protocol formed (2 or more)`,
      condition: { metric: 'protocols', atLeast: 2 },
      window: { months: 6 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_50PCT',
      description: assigned(50),
      condition: { numerator: 'assigned', denominator: 'employees', percent: 50 },
      window: { months: 9 },
      points: 5,
    },
    {
      code: 'M_COMPLETED_75PCT',
      description: completed(75),
      condition: { numerator: 'completed', denominator: 'assigned', percent: 75 },
      window: { months: 9 },
      points: 5,
    },
    {
      code: 'M_PROTOCOL_3',
      description: t`more than 2 commission protocols formed (3 or more)`,
      condition: { metric: 'protocols', atLeast: 3 },
      window: { months: 9 },
      points: 5,
    },
  ],
  actions: [
    {
      code: 'feedback_feature',
      names: t`feedback_feature`,
      description: t`used a new feature and gave feedback on it`,
      points: 5,
    },
    {
      code: 'feedback_module',
      names: t`feedback_module`,
      description: t`detailed feedback on the whole internal-training module`,
      points: 5,
    },
    {
      code: 'feedback_manager',
      names: t`feedback_manager`,
      description: t`feedback on the account manager's work`,
      points: 5,
    },
    {
      code: 'module_purchase',
      names: t`module_purchase`,
      description: t`bought more of the internal-training module`,
      points: 5,
    },
    {
      code: 'training_center_purchase',
      names: t`training_center_purchase`,
      description: t`bought training at the TechnoProgress training centre`,
      points: 5,
    },
    { code: 'renewal', names: t`renewal`, description: t`contract prolonged`, points: 10 },
    {
      code: 'success_story',
      names: t`success_story`,
      description: t`took part in the customer success stories project`,
      points: 20,
    },
  ],
  rewards: [
    { code: 'ACT_9', name: activations(9), points: 60 },
    { code: 'ACT_11', name: activations(11), points: 70 },
    { code: 'ACT_15', name: activations(15), points: 80 },
    { code: 'DISC_9', name: discount(9), points: 60 },
    { code: 'DISC_11', name: discount(11), points: 70 },
    { code: 'DISC_15', name: discount(15), points: 80 },
    { code: 'TP_9', name: technoProgress(9), points: 60 },
    { code: 'TP_11', name: technoProgress(11), points: 70 },
    { code: 'TP_15', name: technoProgress(15), points: 80 },
    { code: 'OZON_2000', name: t`OZON gift certificate for 2,000 roubles`, points: 60 },
  ],
};
