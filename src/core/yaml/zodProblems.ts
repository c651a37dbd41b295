// Problems for what a schema found wrong in a YAML file's data, each at the line and column of the
// field it concerns.
import type { z } from 'zod';
import type { Problem } from '../problems';
import { pathToField } from './fields';
import type { Locator } from './locate';

/**
 * Problems for zod's issues, each at the line of the field it concerns. Unknown keys are
 * reported one by one, at the key itself: `article.__proto__: unknown field "__proto__"`.
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[], locator: Locator, file: string, prefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  const report = (path: readonly PropertyKey[], message: string) => problems.push({ file, ...locator.at(path), field: pathToField(path), message, severity: 'error' });
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...path, key];
        problems.push({ file, ...locator.keyAt(path, key), field: pathToField(field), message: `unknown field "${key}"`, severity: 'error' });
      }
    } else if (issue.code === 'invalid_key') report(path, `"${String(issue.path[issue.path.length - 1])}" is not allowed as a key here: ${issue.issues[0]?.message ?? issue.message}`);
    else report(path, issue.message);
  }
  return problems;
}

/** Whether any object in `data` has an own `__proto__` key. Iterative, and each object once: aliases can make the data circular. */
export function hasPrototypeKey(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object') stack.push(item);
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) return true;
    for (const item of Object.values(value)) if (typeof item === 'object') stack.push(item);
  }
  return false;
}

/**
 * Problems for every `__proto__` key in `data`, at the key's line. YAML reading keeps such a key
 * an own property (never the prototype), and zod's strict objects report it as unknown, but its
 * records drop it without a word: so it is looked for here, everywhere. Problems for fields
 * already in `reported` are not repeated.
 */
export function prototypeKeyProblems(data: unknown, locator: Locator, file: string, prefix: readonly PropertyKey[] = [], reported: readonly Problem[] = []): Problem[] {
  // Most data has none: it is looked through once without building paths.
  if (!hasPrototypeKey(data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<unknown>();
  const already = new Set(reported.map((p) => p.field));
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        const field = pathToField([...prefix, ...path, key]);
        if (!already.has(field)) problems.push({ file, ...locator.keyAt([...prefix, ...path], key), field, message: 'unknown field "__proto__"', severity: 'error' });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
