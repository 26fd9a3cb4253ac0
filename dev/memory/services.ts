/**
 * The globals of one execution: every Apps Script service the add-on may use,
 * bound to that execution (its realm, user and locks).
 */
import { cacheService } from './cache';
import { htmlService } from './html';
import { lockService } from './lock';
import { propertiesService } from './properties';
import { type Execution, expose } from './runtime';
import { logger, memoryConsole, session } from './session';
import { spreadsheetApp } from './spreadsheet';
import { utilities } from './utilities';

export const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

class MemoryScriptApp {
  readonly AuthMode = AUTH_MODE as unknown as typeof GoogleAppsScript.Script.AuthMode;

  getScriptId(): string {
    return 'in-memory-script';
  }
}

export interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
}

export const GLOBAL_NAMES: readonly (keyof Globals)[] = [
  'SpreadsheetApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Session',
  'Utilities',
  'HtmlService',
  'ScriptApp',
  'Logger',
  'console',
];

export function createGlobals(exec: Execution): Globals {
  return {
    SpreadsheetApp: spreadsheetApp(exec),
    LockService: lockService(exec),
    PropertiesService: propertiesService(exec),
    CacheService: cacheService(exec),
    Session: session(exec),
    Utilities: utilities(exec),
    HtmlService: htmlService(exec),
    ScriptApp: expose(new MemoryScriptApp(), 'ScriptApp', exec) as unknown as GoogleAppsScript.Script.ScriptApp,
    Logger: logger(exec),
    console: memoryConsole(exec),
  };
}
