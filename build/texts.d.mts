export interface TextUse {
  plural: boolean;
  values: number;
}
export function keysIn(fileName: string, text: string): Map<string, TextUse>;
export function sourceFiles(dir: string): string[];
export function keysUnder(...dirs: string[]): Map<string, TextUse>;
