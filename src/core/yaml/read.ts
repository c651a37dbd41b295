// Reads one YAML document of a file a person may have written, or an attacker, with the `yaml`
// package: what a hostile or broken file can do to a YAML parser comes back as a problem with its
// line, never as a crash, a hang or a polluted prototype.
import { Composer, isAlias, LineCounter, Parser, visit, type CST, type Document } from 'yaml';
import type { Problem } from '../problems';
import { MAX_YAML_ALIAS_COUNT, MAX_YAML_DEPTH } from './limits';

export interface ReadYaml {
  /** The parsed document, when the text parsed without errors. */
  document?: Document;
  lines: LineCounter;
  /** The document as plain data, when it could be built. */
  data?: unknown;
  /** True when the file holds no document at all: blank, or comments only. */
  empty: boolean;
  problems: Problem[];
}

/** The deepest nesting of collections in the CST, and where it first goes past `limit`. */
function tooDeep(tokens: readonly CST.Token[], limit: number): { offset: number } | undefined {
  // An explicit stack: the check must not itself recurse on a hostile document.
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    const push = (child: CST.Token | null | undefined, d: number) => {
      if (child) stack.push({ token: child, depth: d });
    };
    switch (token.type) {
      case 'document':
        push(token.value, depth);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = depth + 1;
        if (inner > limit) return { offset: token.offset };
        for (const item of token.items) {
          push(item.key, inner);
          push(item.value, inner);
        }
        break;
      }
      case 'block-scalar':
        for (const prop of token.props) push(prop, depth);
        break;
      default:
        break;
    }
  }
  return undefined;
}

function problemAt(file: string, lines: LineCounter, offset: number, message: string, field = ''): Problem {
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col, field, message, severity: 'error' };
}

/** The problems of a composed document: its syntax errors, duplicate keys named by their key. */
function documentErrors(document: Document, text: string, lines: LineCounter, file: string): Problem[] {
  return document.errors.map((error) => {
    let message = error.message.split('\n')[0];
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n]*?)[ \t]*:/.exec(text.slice(error.pos[0], error.pos[0] + 200))?.[1];
      if (key) message = `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : JSON.stringify(key)}: map keys must be unique`;
    }
    return problemAt(file, lines, error.pos[0], message);
  });
}

/** The document's data; its aliases, when one names no anchor or together they expand too far, as a problem. */
function documentData(document: Document, lines: LineCounter, file: string): { data: unknown } | { problem: Problem } {
  try {
    return { data: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) };
  } catch (error) {
    let offset = 0;
    visit(document, {
      Alias(_, node) {
        if (isAlias(node) && node.range) offset = node.range[0];
        return visit.BREAK;
      },
    });
    const message = /excessive alias count/i.test((error as Error).message)
      ? `aliases (*name) expand to more than ${MAX_YAML_ALIAS_COUNT} nodes; the file is not read (an alias bomb?)`
      : (error as Error).message.split('\n')[0];
    return { problem: problemAt(file, lines, offset, message) };
  }
}

/**
 * Parses one YAML document of a file a person may have written, or an attacker. Never throws,
 * never hangs, never overflows the stack: syntax errors, several documents in one file, nesting
 * deeper than `MAX_YAML_DEPTH`, aliases that expand past `MAX_YAML_ALIAS_COUNT` nodes (an "alias
 * bomb") and unresolved aliases all come back as problems with their line. Keys such as
 * `__proto__` become own properties of plain objects, never prototypes.
 */
export function readYaml(text: string, file: string): ReadYaml {
  const lines = new LineCounter();
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const deep = tooDeep(tokens, MAX_YAML_DEPTH);
  if (deep) {
    const message = `nested more than ${MAX_YAML_DEPTH} levels deep; the file is not read (it needs no more than a few levels)`;
    return { lines, empty: false, problems: [problemAt(file, lines, deep.offset, message)] };
  }
  const composer = new Composer({ uniqueKeys: true, logLevel: 'error' });
  let document: Document | undefined;
  const problems: Problem[] = [];
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!document) document = composed;
    else {
      problems.push(problemAt(file, lines, composed.range[0], 'more than one YAML document (a `---` line); a file holds one'));
      break;
    }
  }
  if (!document) return { lines, empty: true, problems };
  problems.push(...documentErrors(document, text, lines, file));
  if (problems.length > 0) return { lines, empty: false, problems };
  if (document.contents === null) return { document, lines, empty: true, data: null, problems };
  const built = documentData(document, lines, file);
  return 'data' in built ? { document, lines, empty: false, data: built.data, problems } : { document, lines, empty: false, problems: [built.problem] };
}
