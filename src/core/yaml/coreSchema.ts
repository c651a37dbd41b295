// The YAML 1.2 core schema as the `yaml` package reads plain scalars, for js-yaml. js-yaml's own
// CORE_SCHEMA reads a few more forms as numbers than the specification does (`0b101`, `+0x1f`),
// and `-0` as 0; these four types follow the specification's core schema (YAML 1.2.2, 10.3.2), as
// `yaml` does. A plain scalar that none of them resolves is a string: no timestamps, so
// `2022-11-23` stays a string, and no YAML 1.1 words, so `no` and `on` do too.
import { FAILSAFE_SCHEMA, type Schema, Type } from 'js-yaml';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Whether a plain scalar may be anything but a string: most are words, which start with a letter none of the types does. */
function mayResolve(s: string): boolean {
  const c = s.charCodeAt(0);
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0x80;
  return !letter || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 || c === 0x6e || c === 0x4e;
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s.length === 0 || ((s[0] === '~' || s[0] === 'n' || s[0] === 'N') && NULL.test(s)),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => mayResolve(s) && BOOL.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => mayResolve(s) && (INT.test(s) || INT_OCT.test(s) || INT_HEX.test(s)),
  construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => mayResolve(s) && (FLOAT.test(s) || FLOAT_SPECIAL.test(s)),
  construct: (s: string) => {
    if (!FLOAT_SPECIAL.test(s)) return parseFloat(s);
    if (s.slice(-3).toLowerCase() === 'nan') return NaN;
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  },
});

/** Strings, sequences and mappings, and the core schema's null, booleans, integers and floats. */
export const YAML_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/** What the core schema reads a plain scalar as (the `yaml` package's core schema, as the types above). */
export type CoreScalarKind = 'string' | 'null' | 'bool' | 'int' | 'float';

/** The type the YAML 1.2 core schema gives a plain scalar: a string unless one of the types above resolves it. */
export function coreScalarKind(s: string): CoreScalarKind {
  if (s.length > 0 && !mayResolve(s)) return 'string';
  if (NULL.test(s)) return 'null';
  if (BOOL.test(s)) return 'bool';
  if (INT.test(s) || INT_OCT.test(s) || INT_HEX.test(s)) return 'int';
  if (FLOAT.test(s) || FLOAT_SPECIAL.test(s)) return 'float';
  return 'string';
}
