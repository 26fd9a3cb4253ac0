/**
 * PropertiesService: document properties belong to the spreadsheet, script
 * properties to the add-on installation, user properties to the user (of the
 * execution). Values are strings; Apps Script's size limits are enforced.
 */
import { ServiceError } from './errors';
import { type Execution, expose } from './runtime';

/**
 * Google's quotas: "Properties value size 9 KB / val", "Properties total
 * storage 500 KB / property store" (developers.google.com/apps-script/guides/services/quotas).
 * Sizes are UTF-8 bytes, so a Cyrillic letter counts 2 and 4,700 of them
 * (9,400 bytes) are over the limit. The key counts with its value, in the
 * value limit and in the total: measured by tanaikech ("Report: Specification
 * of Properties Service for Google Apps Script", 2023: the usable size must
 * be considered with both the key and value sizes). The errors are Apps
 * Script's: "Argument too large: value" for one value, and "You have exceeded
 * the property storage quota. Please remove some properties and try again."
 * for the store (github.com/lucasvtiradentes/gcal-sync/issues/115).
 */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

class MemoryProperties {
  constructor(
    private readonly exec: Execution,
    private readonly store: Map<string, string>,
  ) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.put(String(key), String(value));
    return this;
  }

  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): Record<string, string> {
    return this.exec.realm.object(this.store) as Record<string, string>;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.put(key, String(value));
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }

  private put(key: string, value: string): void {
    if (Buffer.byteLength(key) + Buffer.byteLength(value) > VALUE_LIMIT) throw new ServiceError('Argument too large: value');
    let total = Buffer.byteLength(key) + Buffer.byteLength(value);
    for (const [k, v] of this.store) if (k !== key) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > STORE_LIMIT) throw new ServiceError('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.set(key, value);
  }
}

class MemoryPropertiesService {
  constructor(private readonly exec: Execution) {}

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return view(this.exec, this.exec.runtime.book.documentProperties);
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return view(this.exec, this.exec.runtime.scriptProperties);
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return view(this.exec, this.exec.runtime.userProperties(this.exec.user.email));
  }
}

function view(exec: Execution, store: Map<string, string>): GoogleAppsScript.Properties.Properties {
  return expose(new MemoryProperties(exec, store), 'Properties', exec) as unknown as GoogleAppsScript.Properties.Properties;
}

export function propertiesService(exec: Execution): GoogleAppsScript.Properties.PropertiesService {
  return expose(new MemoryPropertiesService(exec), 'PropertiesService', exec) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
