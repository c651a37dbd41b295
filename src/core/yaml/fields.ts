// The names of fields in problems: a path into a document's data (`['mentions', 3, 'end']`) as a
// person reads it (`mentions[3].end`), and back.

export function pathToField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The path a field names: `mentions[3].end` → ['mentions', 3, 'end']; the inverse of `pathToField`. */
export function fieldToPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) path.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  return path;
}
