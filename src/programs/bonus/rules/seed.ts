import { type Bilingual, bi } from '../../../kernel/i18n';

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
  readonly names?: Bilingual;
  /** Other spellings the log accepts but results never show (a rules table's seed code in the other language). */
  readonly aliases?: readonly string[];
  readonly description: Bilingual;
}

export interface MilestoneRule {
  readonly code: string;
  readonly description: Bilingual;
  readonly condition: BonusCondition;
  readonly window: BonusWindow;
  readonly points: number;
}

export interface ActionRule {
  readonly code: string;
  /** The code as a manager writes it in each language (the log accepts every one): `renewal` / `пролонгация`. */
  readonly names?: Bilingual;
  /** Other spellings the log accepts but results never show (a rules table's seed code in the other language). */
  readonly aliases?: readonly string[];
  readonly description: Bilingual;
  /** Points per occurrence. */
  readonly points: number;
}

export interface RewardRule {
  readonly code: string;
  readonly name: Bilingual;
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

const assigned = (n: number) =>
  bi(`training assigned to at least ${n}% of employees (any program)`, `назначено обучение минимум ${n}% сотрудникам (любая программа)`);
const completed = (n: number) =>
  bi(`training completed by ${n}% of the employees it was assigned to`, `у ${n}% сотрудников от всех назначенных пройдено обучение`);
const activations = (n: number) =>
  bi(`${n}% extra free activations for each internal-training program`, `${n}% дополнительных бесплатных активаций к каждой программе внутреннего обучения`);
const discount = (n: number) => bi(`${n}% discount on the next internal training contract`, `скидка ${n}% от суммы договора на следующее внутреннее обучение`);
const technoProgress = (n: number) =>
  bi(`${n}% discount on a contract with the TechnoProgress training centre`, `скидка ${n}% от суммы договора с учебным центром «ТехноПрогресс»`);

export const COURSON_PROGRAM: BonusProgram = {
  metrics: [
    {
      code: 'employees',
      names: bi('employees', 'сотрудники'),
      description: bi("employees added to the client's account", 'сотрудники, добавленные в кабинет'),
    },
    {
      code: 'program_sets',
      names: bi('program_sets', 'наборы_программ'),
      description: bi('training program sets created', 'созданные наборы программ обучения'),
    },
    { code: 'assigned', names: bi('assigned', 'назначено'), description: bi('employees with any training assigned', 'сотрудники, которым назначено обучение') },
    {
      code: 'completed',
      names: bi('completed', 'пройдено'),
      description: bi('employees who completed training, among the assigned', 'сотрудники, прошедшие обучение, из назначенных'),
    },
    { code: 'commissions', names: bi('commissions', 'комиссии'), description: bi('commissions added', 'добавленные комиссии') },
    { code: 'protocols', names: bi('protocols', 'протоколы'), description: bi('commission protocols formed', 'сформированные протоколы комиссии') },
    {
      code: 'mintrud_exports',
      names: bi('mintrud_exports', 'выгрузки_в_минтруд'),
      description: bi('data exports to the Ministry of Labour', 'выгрузки данных в Минтруд'),
    },
  ],
  milestones: [
    {
      code: 'M_EMPLOYEES_3',
      description: bi('at least 3 employees added to the account', 'добавлены в кабинет минимум 3 сотрудника'),
      condition: { metric: 'employees', atLeast: 3 },
      window: { days: 14 },
      points: 5,
    },
    {
      code: 'M_PROGRAM_SET',
      description: bi('at least one training program set created', 'создан минимум один набор программ обучения'),
      condition: { metric: 'program_sets', atLeast: 1 },
      window: { days: 14 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_1',
      description: bi('training assigned to at least one employee (any program)', 'назначено обучение минимум одному сотруднику (любая программа)'),
      condition: { metric: 'assigned', atLeast: 1 },
      window: { days: 14 },
      points: 5,
    },
    {
      code: 'M_ASSIGNED_3',
      description: bi('training assigned to at least three employees (any program)', 'назначено обучение минимум троим сотрудникам (любая программа)'),
      condition: { metric: 'assigned', atLeast: 3 },
      window: { months: 1 },
      points: 5,
    },
    {
      code: 'M_COMMISSION',
      description: bi('a commission added', 'добавлена комиссия'),
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
      description: bi('1 or more commission protocols formed', 'сформирован 1 и более протоколов комиссии'),
      condition: { metric: 'protocols', atLeast: 1 },
      window: { months: 3 },
      points: 5,
    },
    {
      code: 'M_MINTRUD',
      description: bi('data exported to the Ministry of Labour', 'выгружены данные в Минтруд'),
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
      description: bi('more than 1 commission protocol formed (2 or more)', 'сформировано больше 1 протокола комиссии (от 2)'),
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
      description: bi('more than 2 commission protocols formed (3 or more)', 'сформировано больше 2 протоколов комиссии (от 3)'),
      condition: { metric: 'protocols', atLeast: 3 },
      window: { months: 9 },
      points: 5,
    },
  ],
  actions: [
    {
      code: 'feedback_feature',
      names: bi('feedback_feature', 'отзыв_о_функции'),
      description: bi('used a new feature and gave feedback on it', 'воспользовались новой функцией и оставили по ней обратную связь'),
      points: 5,
    },
    {
      code: 'feedback_module',
      names: bi('feedback_module', 'отзыв_о_модуле'),
      description: bi('detailed feedback on the whole internal-training module', 'оставили развёрнутую обратную связь по всему модулю внутреннего обучения'),
      points: 5,
    },
    {
      code: 'feedback_manager',
      names: bi('feedback_manager', 'отзыв_о_менеджере'),
      description: bi("feedback on the account manager's work", 'оставили обратную связь по работе личного аккаунт-менеджера'),
      points: 5,
    },
    {
      code: 'module_purchase',
      names: bi('module_purchase', 'покупка_модуля'),
      description: bi('bought more of the internal-training module', 'докупили модуль внутреннего обучения'),
      points: 5,
    },
    {
      code: 'training_center_purchase',
      names: bi('training_center_purchase', 'покупка_обучения_в_уц'),
      description: bi('bought training at the TechnoProgress training centre', 'докупили обучение в УЦ «ТехноПрогресс»'),
      points: 5,
    },
    { code: 'renewal', names: bi('renewal', 'пролонгация'), description: bi('contract prolonged', 'осуществили пролонгацию договора'), points: 10 },
    {
      code: 'success_story',
      names: bi('success_story', 'история_успеха'),
      description: bi('took part in the customer success stories project', 'приняли участие в проекте «Истории успеха клиентов»'),
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
    { code: 'OZON_2000', name: bi('OZON gift certificate for 2,000 roubles', 'подарочный сертификат OZON на 2000 рублей'), points: 60 },
  ],
};
