import { type Day, addMonths } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import { everyForm, perLang, t, type Text } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import type { BonusProgram, RewardRule } from './seed';

/** How a milestone's condition compares: `metric ≥ threshold`, or `numerator × 100 ≥ percent × denominator`. */
export const AT_LEAST = 0;
export const SHARE = 1;

/**
 * A bonus program table checked and laid out for the engine: every log code
 * gets an id (metrics first, `0 … metricCount − 1`, then actions), and the
 * milestones become parallel arrays so the per-client walk touches no objects.
 */
export interface CompiledProgram {
  readonly rules: BonusProgram;
  readonly metricCount: number;
  /** Normalised code (lower case, trimmed) → id. */
  readonly codeIds: ReadonlyMap<string, number>;
  /** Points per occurrence, by id (0 for metrics). */
  readonly actionPoints: Float64Array;
  readonly milestoneCount: number;
  readonly kind: Uint8Array;
  /** The metric compared, or the numerator of a share. */
  readonly left: Int32Array;
  /** The denominator of a share (−1 otherwise). */
  readonly right: Int32Array;
  /** `atLeast`, or the share's percent. */
  readonly threshold: Float64Array;
  readonly points: Float64Array;
  /** Reward code or name (any language), normalised and as the catalog spells it → reward. */
  readonly rewardWords: ReadonlyMap<string, RewardRule>;
  /** The codes the log accepts, for error messages, in each language. */
  readonly codeList: { readonly metrics: Text; readonly actions: Text };
}

const compiled = new WeakMap<BonusProgram, CompiledProgram>();

/** The engine's form of a program (checked once, then cached): the seed's, or one a rules table built. */
export function compileProgram(rules: BonusProgram): CompiledProgram {
  let program = compiled.get(rules);
  if (!program) {
    program = build(rules);
    compiled.set(rules, program);
  }
  return program;
}

/**
 * The day a milestone's window closes (inclusive): access opened plus the
 * window's days, or its calendar months as EDATE counts them.
 */
export function milestoneDeadline(program: CompiledProgram, milestone: number, accessOpened: Day): Day {
  const window = program.rules.milestones[milestone].window;
  return 'months' in window ? addMonths(accessOpened, window.months) : accessOpened + window.days;
}

/**
 * Codes and names already normalised: a rules table passed to a formula is
 * read again at every call, and its few dozen codes and names are the same
 * each time (five regular-expression passes each, otherwise). Pure, so the
 * answers hold across calls; at most 2,000 are kept.
 */
const normalized = new Map<string, string>();

/** A word as codes and reward names are compared: trimmed, case-insensitive, quotes ignored, `_` read as a space (`program sets` is `program_sets`). */
export function normalizeCode(text: string): string {
  let key = normalized.get(text);
  if (key === undefined) {
    key = normalizeWord(text.replace(/[«»"“”„]/g, '').replace(/_/g, ' '));
    if (normalized.size >= 2000) normalized.clear();
    normalized.set(text, key);
  }
  return key;
}

function build(rules: BonusProgram): CompiledProgram {
  const codeIds = new Map<string, number>();
  const addCode = (code: string, id: number) => {
    const key = normalizeCode(code);
    if (!key || codeIds.has(key)) throw tableError(t`code "${code}" is empty or used twice`);
    codeIds.set(key, id);
  };
  if (rules.metrics.length + rules.actions.length > 0xffff) throw tableError(t`too many metrics and actions`);
  /** A log code, its name in each language and its aliases, one id; a spelling equal to one already added is the same key. */
  const addCodes = (rule: { code: string; names?: Text; aliases?: readonly string[] }, id: number) => {
    const keys = new Set<string>();
    for (const spelling of [rule.code, ...Object.values(rule.names ?? {}), ...(rule.aliases ?? [])]) {
      const key = normalizeCode(spelling);
      if (keys.has(key)) continue;
      keys.add(key);
      addCode(spelling, id);
    }
  };
  for (const [i, metric] of rules.metrics.entries()) addCodes(metric, i);
  const metricCount = rules.metrics.length;
  const actionPoints = new Float64Array(metricCount + rules.actions.length);
  rules.actions.forEach((action, i) => {
    checkPoints(action.code, action.points);
    addCodes(action, metricCount + i);
    actionPoints[metricCount + i] = action.points;
  });

  const metricId = (milestone: string, code: string) => {
    const id = codeIds.get(normalizeCode(code));
    if (id === undefined || id >= metricCount) {
      throw tableError(t`milestone ${milestone} names "${code}", which is not a metric`);
    }
    return id;
  };
  const n = rules.milestones.length;
  const kind = new Uint8Array(n);
  const left = new Int32Array(n);
  const right = new Int32Array(n).fill(-1);
  const threshold = new Float64Array(n);
  const points = new Float64Array(n);
  const milestoneCodes = new Set<string>();
  rules.milestones.forEach((m, i) => {
    const key = normalizeCode(m.code);
    if (!key || milestoneCodes.has(key)) throw tableError(t`milestone code "${m.code}" is empty or used twice`);
    milestoneCodes.add(key);
    checkPoints(m.code, m.points);
    const w = m.window as { days?: number; months?: number };
    const length = w.months ?? w.days;
    if (length === undefined || !Number.isInteger(length) || length < 0) {
      throw tableError(t`milestone ${m.code} needs a window of whole days or months`);
    }
    const c = m.condition;
    if ('metric' in c) {
      kind[i] = AT_LEAST;
      left[i] = metricId(m.code, c.metric);
      threshold[i] = c.atLeast;
    } else {
      kind[i] = SHARE;
      left[i] = metricId(m.code, c.numerator);
      right[i] = metricId(m.code, c.denominator);
      threshold[i] = c.percent;
    }
    if (!Number.isFinite(threshold[i]) || threshold[i] < 0) {
      throw tableError(t`milestone ${m.code} needs a threshold of 0 or more`);
    }
    points[i] = m.points;
  });

  const rewardWords = new Map<string, RewardRule>();
  for (const reward of rules.rewards) {
    checkPoints(reward.code, reward.points);
    const key = normalizeCode(reward.code);
    if (!key || rewardWords.has(key)) throw tableError(t`reward code "${reward.code}" is empty or used twice`);
    rewardWords.set(key, reward);
  }
  // Names after codes, so that a code always wins over a name spelled the same.
  for (const reward of rules.rewards) {
    for (const name of everyForm(reward.name)) {
      const key = normalizeCode(name);
      if (key && !rewardWords.has(key)) rewardWords.set(key, reward);
    }
  }
  // The exact spellings the catalog shows too, so that they are found without normalising.
  for (const reward of rules.rewards) {
    for (const spelling of [reward.code, ...everyForm(reward.name)]) {
      if (!rewardWords.has(spelling) && rewardWords.get(normalizeCode(spelling)) === reward) rewardWords.set(spelling, reward);
    }
  }

  return {
    rules,
    metricCount,
    codeIds,
    actionPoints,
    milestoneCount: n,
    kind,
    left,
    right,
    threshold,
    points,
    rewardWords,
    codeList: { metrics: codeNames(rules.metrics), actions: codeNames(rules.actions) },
  };
}

/** `employees, program_sets…` in English, `сотрудники, наборы_программ…` in Russian, and so on: the codes in one language. */
function codeNames(rules: readonly { code: string; names?: Text }[]): Text {
  return perLang((lang) => rules.map((r) => r.names?.[lang] ?? r.code).join(', '));
}

function checkPoints(code: string, points: number): void {
  if (!Number.isFinite(points) || points < 0) throw tableError(t`${code} needs points of 0 or more`);
}

function tableError(text: Text): InputError {
  return new InputError(t`bonus rules: ${text}`);
}
