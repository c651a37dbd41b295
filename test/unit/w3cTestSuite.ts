// The W3C Web Annotation test suite's JSONtest assertion lists, run with its JSON Schemas (draft-04),
// for the tests of the W3C export and of the W3C reader's fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';

/** A copy of the suite, under the W3C test suite licence. */
export const W3C_SUITE = join(__dirname, '../../../test/fixtures/w3c-web-annotation-tests');

// RFC 3986 URI (absolute: a scheme, then unreserved, reserved or percent-encoded characters).
export const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;
// RFC 3339 date-time.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

type Entry = string | Entry[] | { [key: string]: unknown };

/**
 * Runs a JSONtest assertion list (the `.test` files of the suite) against one JSON value: entries
 * are assertion files (a path with a slash is relative to the suite's top, without one to the
 * `.test` file's folder), inline assertion objects, objects that load an `assertionFile` and
 * override some of its keys, condition objects (`assertions` compared with `compareWith` and/or),
 * or nested lists. Each assertion's result is compared with its `expectedResult`, and an
 * unexpected one is handled as its `onUnexpectedResult` says.
 */
export class JsonTestRunner {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly root: string) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    this.ajv.addFormat('uri', URI);
    this.ajv.addFormat('date-time', DATE_TIME);
    for (const file of readdirSync(join(root, 'definitions')).filter((f) => f.endsWith('.json')).sort()) {
      this.ajv.addSchema(JSON.parse(readFileSync(join(root, 'definitions', file), 'utf8')));
    }
  }

  /** The failures of `data` against a `.test` file; empty when it conforms. */
  run(testFile: string, data: unknown): string[] {
    const test = JSON.parse(readFileSync(join(this.root, testFile), 'utf8')) as { assertions: Entry[] };
    return this.runList(test.assertions, data, dirname(join(this.root, testFile)));
  }

  /** The failures of `data` against an assertion list. */
  runList(assertions: Entry[], data: unknown, dir = this.root): string[] {
    const failures: string[] = [];
    this.list(assertions, data, dir, failures);
    return failures;
  }

  /** How many assertions a `.test` file holds, nested ones included. */
  count(testFile: string): number {
    const test = JSON.parse(readFileSync(join(this.root, testFile), 'utf8')) as { assertions: Entry[] };
    const countList = (entries: Entry[]): number => entries.reduce<number>((n, e) => n + (Array.isArray(e) ? countList(e) : 1), 0);
    return countList(test.assertions);
  }

  /** Returns true when the list was aborted. */
  private list(entries: Entry[], data: unknown, dir: string, failures: string[]): boolean {
    for (const entry of entries) {
      if (Array.isArray(entry)) {
        if (this.list(entry, data, dir, failures)) return true;
        continue;
      }
      const assertion = this.load(entry, dir);
      if (this.passes(assertion, data, dir)) continue;
      const action = String(assertion.onUnexpectedResult ?? 'failAndContinue');
      if (action.startsWith('fail')) failures.push(`${assertion.title ?? entry}: ${assertion.errorMessage ?? 'unexpected result'}`);
      if (action.endsWith('Skip')) return false;
      if (action.endsWith('Abort')) return true;
    }
    return false;
  }

  private load(entry: Exclude<Entry, Entry[]>, dir: string): { [key: string]: unknown } {
    if (typeof entry === 'string') {
      const path = entry.includes('/') ? join(this.root, entry) : join(dir, entry);
      return JSON.parse(readFileSync(path, 'utf8'));
    }
    if (typeof entry.assertionFile === 'string') {
      const { assertionFile, ...overrides } = entry;
      return { ...this.load(assertionFile as string, dir), ...overrides };
    }
    return entry;
  }

  /** True when the result is the expected one. */
  private passes(assertion: { [key: string]: unknown }, data: unknown, dir: string): boolean {
    const expected = (assertion.expectedResult ?? 'valid') === 'valid';
    let valid: boolean;
    if (Array.isArray(assertion.assertions)) {
      const children = (assertion.assertions as Entry[]).map((child) => (Array.isArray(child) ? this.listPasses(child, data, dir) : this.passes(this.load(child, dir), data, dir)));
      valid = assertion.compareWith === 'or' ? children.some(Boolean) : children.every(Boolean);
    } else {
      valid = this.validator(assertion)(data) === true;
    }
    return valid === expected;
  }

  private listPasses(entries: Entry[], data: unknown, dir: string): boolean {
    const failures: string[] = [];
    return !this.list(entries, data, dir, failures) && failures.length === 0;
  }

  private validator(assertion: { [key: string]: unknown }): ValidateFunction {
    // The suite's own keys are not JSON Schema; `id` is dropped so that the same file can be
    // compiled again with overrides, its relative $refs still resolving to the definitions.
    const { id: _id, assertionType: _t, expectedResult: _e, onUnexpectedResult: _o, errorMessage: _m, ...schema } = assertion;
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
