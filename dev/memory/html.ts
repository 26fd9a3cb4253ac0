/**
 * HtmlService: outputs built from the dialogs' files in dist/ (`name` →
 * `dist/name.html`) or from text. Templates support printing scriptlets
 * (`<?= path ?>` escaped, `<?!= path ?>` raw) over the template's
 * properties; code scriptlets (`<? … ?>`) are refused, since the add-on's
 * dialogs are built ahead of time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES, ServiceError } from './errors';
import { type Execution, expose } from './runtime';

export const SANDBOX_MODE = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const X_FRAME_OPTIONS_MODE = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

/** An HtmlOutput's state. Width and height are 0 until set. */
export class HtmlOutputData {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  sandboxMode: string = SANDBOX_MODE.IFRAME;
  xFrameOptionsMode: string = X_FRAME_OPTIONS_MODE.DEFAULT;
  faviconUrl = '';
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly exec: Execution,
    content: string,
    /** The file it was read from, when it was. */
    readonly fileName?: string,
  ) {
    this.content = content;
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(added: string): this {
    this.content += String(added);
    return this;
  }
  appendUntrusted(added: string): this {
    this.content += escapeHtml(String(added));
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = checkSize(width, 'setWidth');
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = checkSize(height, 'setHeight');
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  setFaviconUrl(url: string): this {
    this.faviconUrl = String(url);
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): Array<{ getName(): string; getContent(): string }> {
    return this.metaTags.map((t) => expose({ getName: () => t.name, getContent: () => t.content }, 'HtmlOutputMetaTag', this.exec));
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return templateView(this.exec, this.content);
  }
}

function checkSize(value: number, method: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ServiceError(MESSAGES.signature(typeof value, `HtmlService.HtmlOutput.${method}`));
  }
  return value;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A template's own state, kept off the object: its properties are the template's variables (`t.raw = …` must not clobber it). */
const templateState = new WeakMap<object, { exec: Execution; raw: string }>();

class MemoryTemplate {
  [property: string]: unknown;

  constructor(exec: Execution, raw: string) {
    templateState.set(this, { exec, raw });
  }

  getRawContent(): string {
    return templateState.get(this)!.raw;
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const { exec, raw } = templateState.get(this)!;
    const html = raw.replace(/<\?(!?=)?([\s\S]*?)\?>/g, (_, kind: string | undefined, code: string) => {
      if (!kind) throw new ServiceError('Code scriptlets (<? … ?>) are not supported by the in-memory HtmlService');
      const path = code.trim();
      if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path)) {
        throw new ServiceError(`Only property paths can be printed by the in-memory HtmlService, not: ${path}`);
      }
      let value: unknown = this;
      for (const part of path.split('.')) value = value == null ? undefined : (value as Record<string, unknown>)[part];
      const text = value === undefined || value === null ? '' : String(value);
      return kind === '=' ? escapeHtml(text) : text;
    });
    return outputView(exec, html);
  }
}

class MemoryHtmlService {
  readonly SandboxMode = SANDBOX_MODE as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = X_FRAME_OPTIONS_MODE as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(private readonly exec: Execution) {}

  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    return outputView(this.exec, html === undefined ? '' : String(html));
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return outputView(this.exec, readHtml(this.exec, filename), filename);
  }

  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    return templateView(this.exec, String(html));
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return templateView(this.exec, readHtml(this.exec, filename));
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (in-memory Apps Script runtime)';
  }
}

/** `name` → `<htmlDir>/name.html` (a trailing `.html` in the name is allowed). */
function readHtml(exec: Execution, filename: string): string {
  const name = String(filename).replace(/\.html$/, '');
  const path = join(exec.runtime.htmlDir, `${name}.html`);
  if (!existsSync(path)) throw new ServiceError(MESSAGES.noHtmlFile(name));
  return readFileSync(path, 'utf8');
}

function outputView(exec: Execution, content: string, fileName?: string): GoogleAppsScript.HTML.HtmlOutput {
  return expose(new HtmlOutputData(exec, content, fileName), 'HtmlOutput', exec) as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

function templateView(exec: Execution, raw: string): GoogleAppsScript.HTML.HtmlTemplate {
  return expose(new MemoryTemplate(exec, raw), 'HtmlTemplate', exec) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

export function htmlService(exec: Execution): GoogleAppsScript.HTML.HtmlService {
  return expose(new MemoryHtmlService(exec), 'HtmlService', exec) as unknown as GoogleAppsScript.HTML.HtmlService;
}
