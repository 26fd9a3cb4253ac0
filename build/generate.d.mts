export const GLOBAL_NAME: string;
export function customFunctionStubs(functions: unknown[]): string;
export function entryPointStubs(entryPoints: unknown[]): string;
export function functionsMarkdown(functions: unknown[], rulesTables?: unknown[], words?: unknown): string;
