/**
 * A top-level function of dist/Code.js that is not a custom function: a
 * trigger, a menu item or a server function a dialog calls. The build
 * generates one `function NAME(params) {…}` per entry point.
 */
export interface EntryPoint {
  name: string;
  params: string[];
  description: string;
  run: (...args: any[]) => unknown;
}
