// Injected into the bundle by esbuild: the built-ins the code uses, bound once to
// module-level names. In Apps Script this changes nothing; in a Node vm context
// (tests, the local preview, the benchmark) every global lookup goes through the
// context's interceptor and costs about a microsecond, which would dominate any
// loop over 100,000 rows.
const g = globalThis;
const ArrayRef = g.Array;
const ObjectRef = g.Object;
const NumberRef = g.Number;
const StringRef = g.String;
const MathRef = g.Math;
const DateRef = g.Date;
const MapRef = g.Map;
const SetRef = g.Set;
const BigIntRef = g.BigInt;
const ErrorRef = g.Error;
const RangeErrorRef = g.RangeError;
const TypeErrorRef = g.TypeError;
const JSONRef = g.JSON;
const RegExpRef = g.RegExp;
const IntlRef = g.Intl;
const isFiniteRef = g.isFinite;
const isNaNRef = g.isNaN;
export {
  ArrayRef as Array,
  ObjectRef as Object,
  NumberRef as Number,
  StringRef as String,
  MathRef as Math,
  DateRef as Date,
  MapRef as Map,
  SetRef as Set,
  BigIntRef as BigInt,
  ErrorRef as Error,
  RangeErrorRef as RangeError,
  TypeErrorRef as TypeError,
  JSONRef as JSON,
  RegExpRef as RegExp,
  IntlRef as Intl,
  isFiniteRef as isFinite,
  isNaNRef as isNaN,
};
