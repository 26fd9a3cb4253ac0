import { type Reference, callArguments, cellName, parseReference, referenceFits } from './formulaRefs';

/** Gives the formula of the cell whose custom function is running, or undefined when it cannot be read. */
export type FormulaSource = () => string | undefined;

/**
 * Maps a position in an argument to the sheet cell it came from, by reading
 * the calling formula (once, and only when asked). Where the argument is not
 * a plain A1 reference of the size Sheets passed, or the formula cannot be
 * read, the cell is unknown (undefined).
 */
export class ArgumentCells {
  private args: readonly string[] | null | undefined;

  constructor(
    private readonly fn: string,
    private readonly source: FormulaSource | undefined,
  ) {}

  /** The cell holding (row, col), 0-based, of argument `index`, passed as `value`: `B4`, `'Other sheet'!D5`. */
  cell(index: number, value: unknown, row: number, col: number): string | undefined {
    const ref = this.reference(index, value);
    return ref && cellName(ref, row, col);
  }

  /** The cells of row `row` of argument `index`, from column `first` to `last` (0-based): `A5:D5`, or one cell. */
  cells(index: number, value: unknown, row: number, first: number, last: number): string | undefined {
    const ref = this.reference(index, value);
    if (!ref) return undefined;
    return first === last ? cellName(ref, row, first) : `${cellName(ref, row, first)}:${cellName({ ...ref, sheet: '' }, row, last)}`;
  }

  private reference(index: number, value: unknown): Reference | undefined {
    if (this.args === undefined) this.args = this.readArguments();
    const text = this.args?.[index];
    const ref = text === undefined ? undefined : parseReference(text);
    return ref && referenceFits(ref, value) ? ref : undefined;
  }

  private readArguments(): readonly string[] | null {
    let formula: string | undefined;
    try {
      formula = this.source?.();
    } catch {
      formula = undefined;
    }
    return (formula && callArguments(formula, this.fn)) || null;
  }
}
