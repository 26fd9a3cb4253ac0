/**
 * A top-level function of dist/Code.js that is not a custom function: a
 * trigger, a menu item or a server function a dialog calls. The build
 * generates one `function NAME(params) {…}` per entry point.
 */
export interface EntryPoint {
  name: string;
  params: readonly string[];
  description: string;
  /**
   * Any function: what it takes is checked where it is listed (a dialog's
   * server call against ServerApi, by src/app/serverCall.ts), and the one
   * caller, main.ts's `entry`, passes what Apps Script hands the stub.
   */
  run: (...args: never[]) => unknown;
}
