/**
 * A realm is a JS global environment: the test's own, or the vm context an
 * add-on execution runs in. Arrays, Dates and Errors a service hands to the
 * add-on are made in the add-on's realm, so that `instanceof Array`,
 * `instanceof Date` and `instanceof Error` hold there as they do in Apps Script.
 */
import vm from 'node:vm';

export interface Realm {
  /**
   * Deep copy: arrays, plain objects and Dates become those of this realm;
   * other values (primitives, service objects) stay as they are.
   */
  adopt<T>(value: T): T;
  /** An Error of this realm, named `Exception` like Apps Script's. */
  error(message: string): Error;
  /** A plain object of this realm with these own properties. */
  object(entries: Iterable<[string, unknown]>): Record<string, unknown>;
}

/** The same code runs in every realm: it must create its arrays, Dates and Errors with that realm's constructors. */
const REALM_SOURCE = `(function () {
  var toString = Object.prototype.toString;
  function adopt(v) {
    if (Array.isArray(v)) {
      var out = new Array(v.length);
      for (var i = 0; i < v.length; i++) out[i] = adopt(v[i]);
      return out;
    }
    if (v === null || typeof v !== 'object') return v;
    if (toString.call(v) === '[object Date]') return new Date(v.getTime());
    if (isPlain(v)) {
      var copy = {};
      for (var key of Object.keys(v)) copy[key] = adopt(v[key]);
      return copy;
    }
    return v;
  }
  // A plain object of any realm: its prototype is some realm's Object.prototype (or null).
  function isPlain(v) {
    var proto = Object.getPrototypeOf(v);
    if (proto === null) return true;
    if (Object.getPrototypeOf(proto) !== null) return false;
    var ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') ? proto.constructor : null;
    return typeof ctor === 'function' && ctor.name === 'Object';
  }
  function error(message) {
    var e = new Error(message);
    e.name = 'Exception';
    return e;
  }
  function object(entries) {
    var out = {};
    for (var pair of entries) out[pair[0]] = pair[1];
    return out;
  }
  return { adopt: adopt, error: error, object: object };
})()`;

const REALM_SCRIPT = new vm.Script(REALM_SOURCE, { filename: 'realm.js' });

/** The realm of the Node process (tests, the preview server). */
export const nodeRealm: Realm = REALM_SCRIPT.runInThisContext() as Realm;

/** The realm of a vm context. */
export function contextRealm(context: vm.Context): Realm {
  return REALM_SCRIPT.runInContext(context) as Realm;
}
