/**
 * CacheService: document, script and user caches with expiry measured on the
 * runtime's clock (Date.now()); values are strings of at most 100 KB.
 */
import { ServiceError } from './errors';
import { type Execution, expose } from './runtime';

interface Entry {
  value: string;
  expires: number;
}

const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;
const stores = new WeakMap<object, Map<string, Map<string, Entry>>>();

function storeOf(owner: object, scope: string): Map<string, Entry> {
  let scopes = stores.get(owner);
  if (!scopes) stores.set(owner, (scopes = new Map()));
  let store = scopes.get(scope);
  if (!store) scopes.set(scope, (store = new Map()));
  return store;
}

class MemoryCache {
  constructor(
    private readonly store: Map<string, Entry>,
    private readonly exec: Execution,
  ) {}

  get(key: string): string | null {
    const e = this.store.get(String(key));
    if (!e) return null;
    if (e.expires <= Date.now()) {
      this.store.delete(String(key));
      return null;
    }
    return e.value;
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Array<[string, string]> = [];
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) found.push([k, v]);
    }
    return this.exec.realm.object(found) as Record<string, string>;
  }

  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const text = String(value);
    if (Buffer.byteLength(text) > 100 * 1024) throw new ServiceError('Argument too large: value');
    const ttl = Math.min(Math.max(1, Number(expirationInSeconds)), MAX_TTL_SECONDS);
    this.store.set(String(key), { value: text, expires: Date.now() + ttl * 1000 });
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    for (const [k, v] of Object.entries(values)) this.put(k, String(v), expirationInSeconds);
  }

  remove(key: string): void {
    this.store.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(String(k));
  }
}

class MemoryCacheService {
  constructor(private readonly exec: Execution) {}

  getDocumentCache(): GoogleAppsScript.Cache.Cache {
    return view(this.exec, storeOf(this.exec.runtime.book, 'document'));
  }

  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return view(this.exec, storeOf(this.exec.runtime, 'script'));
  }

  getUserCache(): GoogleAppsScript.Cache.Cache {
    return view(this.exec, storeOf(this.exec.runtime, `user:${this.exec.user.email}`));
  }
}

function view(exec: Execution, store: Map<string, Entry>): GoogleAppsScript.Cache.Cache {
  return expose(new MemoryCache(store, exec), 'Cache', exec) as unknown as GoogleAppsScript.Cache.Cache;
}

export function cacheService(exec: Execution): GoogleAppsScript.Cache.CacheService {
  return expose(new MemoryCacheService(exec), 'CacheService', exec) as unknown as GoogleAppsScript.Cache.CacheService;
}
