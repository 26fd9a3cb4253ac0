// Runs the TypeScript checker with a runtime's real settings (tsconfig.<runtime>.json)
// over any files, for tests that a layer breach or an API drift fails the check.
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(__dirname, '../..');

/** A whole type check takes seconds, more on a busy machine: the tests that run one allow this long. */
export const TYPECHECK_MS = 120_000;

export type Runtime = 'rules' | 'gas' | 'dialogs' | 'node';

/** A runtime's tsconfig as tsc reads it: its compiler options and the files of the repository it checks. */
export function tsconfig(runtime: Runtime): ts.ParsedCommandLine {
  const file = join(ROOT, `tsconfig.${runtime}.json`);
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  return parsed;
}

/** The files a runtime's include/exclude globs select under another root (a miniature of the layout). */
export function filesUnder(runtime: Runtime, root: string): string[] {
  const { config } = ts.readConfigFile(join(ROOT, `tsconfig.${runtime}.json`), ts.sys.readFile);
  return ts.parseJsonConfigFileContent({ include: config.include, exclude: config.exclude }, ts.sys, root).fileNames;
}

/** Type-checks `files` with a runtime's options; the error messages by file (relative to the repository), files without errors left out. */
export function typeErrors(runtime: Runtime, files: readonly string[]): Record<string, string[]> {
  const program = ts.createProgram(files, tsconfig(runtime).options);
  const errors: Record<string, string[]> = {};
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const where = d.file ? relative(ROOT, d.file.fileName) : '(options)';
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    (errors[where] ??= []).push(`${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
  return errors;
}
