// Conflict markers in a fact file. Git leaves them where two versions of the file could not be
// merged: the merge driver (./merge.ts) around the entries both sides changed, git's own line
// merge anywhere. Such a file is not read as a fact file (and so never written over); each region
// is a problem that names the entries in it and how the two versions differ, so that the annotator
// knows what to resolve, instead of a YAML syntax error at the first marker.
import type { Problem } from '../problems';
import { readYaml } from '../yaml/read';

export interface ConflictRegion {
  /** 1-based lines of its `<<<<<<<` and `>>>>>>>` markers (the same line for a region never closed). */
  startLine: number;
  endLine: number;
  /** The top-level field it lies in (`mentions`, `facts`, `rejections`, `article`), or '' at the top level. */
  section: string;
  /** The lines of each version, markers and the common ancestor's lines (diff3 style) left out. */
  ours: string;
  theirs: string;
  /** True when a `<<<<<<<` has no `>>>>>>>` after it. */
  unfinished?: boolean;
}

export const OURS_MARKER = '<<<<<<< ours';
export const SEPARATOR_MARKER = '=======';
export const THEIRS_MARKER = '>>>>>>> theirs';

const OPEN = /^<{7}(?:[ \t]|$)/;
const BASE = /^\|{7}(?:[ \t]|$)/;
const SEPARATOR = /^={7}[ \t]*$/;
const CLOSE = /^>{7}(?:[ \t]|$)/;
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;

/** The conflict regions of a text, in order; none when it has no `<<<<<<<` line. */
export function findConflictRegions(text: string): ConflictRegion[] {
  if (!text.includes('<<<<<<<')) return [];
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const regions: ConflictRegion[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const key = TOP_LEVEL_KEY.exec(lines[i]);
    if (key) section = key[1];
    if (!OPEN.test(lines[i])) continue;
    const parts: Record<'ours' | 'base' | 'theirs', string[]> = { ours: [], base: [], theirs: [] };
    let part: keyof typeof parts = 'ours';
    let end = -1;
    for (let j = i + 1; j < lines.length && end < 0; j++) {
      const line = lines[j];
      if (OPEN.test(line)) break;
      if (part === 'ours' && BASE.test(line)) part = 'base';
      else if (part !== 'theirs' && SEPARATOR.test(line)) part = 'theirs';
      else if (part === 'theirs' && CLOSE.test(line)) end = j;
      else parts[part].push(line);
    }
    if (end < 0) {
      regions.push({ startLine: i + 1, endLine: i + 1, section, ours: '', theirs: '', unfinished: true });
      continue;
    }
    regions.push({ startLine: i + 1, endLine: end + 1, section, ours: parts.ours.join('\n'), theirs: parts.theirs.join('\n') });
    i = end;
  }
  return regions;
}

type Item = Record<string, unknown>;

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One version of a region as data: the items of a list, or the fields of a mapping; undefined
 * when its lines are not whole items (git's line merge cuts anywhere).
 */
function versionOf(region: ConflictRegion, lines: string): Item[] | Item | undefined {
  if (lines.trim() === '') return [];
  const nested = region.section !== '' && lines.split('\n').every((line) => line.trim() === '' || /^[ \t]/.test(line));
  const { data, problems } = readYaml(nested ? `${region.section}:\n${lines}\n` : `${lines}\n`, '');
  if (problems.length > 0) return undefined;
  const value = nested && isItem(data) ? data[region.section] : data;
  if (Array.isArray(value)) return value.every(isItem) ? value : undefined;
  return isItem(value) ? value : undefined;
}

/** A value as the message shows it: short, on one line. */
function shown(value: unknown): string {
  if (value === undefined) return 'none';
  const text = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : typeof value === 'string' ? value : JSON.stringify(value);
  const line = text.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** How two versions of an item differ, field by field: `entity person:a (ours), person:b (theirs)`. */
function differences(ours: Item, theirs: Item, prefix = ''): string[] {
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter((key) => key !== 'id');
  return keys
    .filter((key) => JSON.stringify(ours[key]) !== JSON.stringify(theirs[key]))
    .map((key) => `${prefix}${key} ${shown(ours[key])} (ours), ${shown(theirs[key])} (theirs)`);
}

/** What names an item of a list: its id; for a rejection, which has none, its text and offsets. */
function labelOf(item: Item): string {
  if (typeof item.id === 'string') return item.id;
  if (typeof item.quote === 'string') return `"${shown(item.quote)}" at ${String(item.start)}–${String(item.end)}`;
  return shown(item);
}

/** The entries of a list region, each named, with what differs between the versions. */
function describeItems(ours: Item[], theirs: Item[]): string {
  const oursByLabel = new Map(ours.map((item) => [labelOf(item), item]));
  const theirsByLabel = new Map(theirs.map((item) => [labelOf(item), item]));
  const parts: string[] = [];
  for (const [label, item] of oursByLabel) {
    const other = theirsByLabel.get(label);
    if (other) parts.push(`${label}: ${differences(item, other).join('; ') || 'written differently'}`);
  }
  const onlyOurs = [...oursByLabel.keys()].filter((label) => !theirsByLabel.has(label));
  const onlyTheirs = [...theirsByLabel.keys()].filter((label) => !oursByLabel.has(label));
  if (onlyOurs.length === 1 && onlyTheirs.length === 1) {
    // One entry in the place of another: the same mention annotated as two things, say.
    const [o, t] = [oursByLabel.get(onlyOurs[0])!, theirsByLabel.get(onlyTheirs[0])!];
    const differing = differences(o, t).filter((d) => !/^(prefix|suffix) /.test(d));
    parts.push(`${onlyOurs[0]} (ours) or ${onlyTheirs[0]} (theirs)${differing.length > 0 ? `: ${differing.join('; ')}` : ''}`);
  } else {
    if (onlyOurs.length > 0) parts.push(`only ours has ${onlyOurs.join(', ')}`);
    if (onlyTheirs.length > 0) parts.push(`only theirs has ${onlyTheirs.join(', ')}`);
  }
  return parts.join('; ');
}

const RESOLVE = 'Keep one version (or combine them), delete the marker lines, and save: until then the file is not read, and annotations are not written to it.';

/** What a region holds and how its versions differ, in a sentence. */
function describe(region: ConflictRegion): string {
  const where = region.startLine === region.endLine ? `line ${region.startLine}` : `lines ${region.startLine}–${region.endLine}`;
  if (region.unfinished) return `unfinished merge conflict (${where}): a <<<<<<< line with no >>>>>>> after it. ${RESOLVE}`;
  const ours = versionOf(region, region.ours);
  const theirs = versionOf(region, region.theirs);
  let what = '';
  // An empty version reads as an empty list; beside a mapping, it is a mapping with nothing in it.
  const asFields = (version: Item[] | Item) => (Array.isArray(version) ? (version.length === 0 ? {} : undefined) : version);
  if (Array.isArray(ours) && Array.isArray(theirs)) what = describeItems(ours, theirs);
  else if (ours && theirs) {
    const [o, t] = [asFields(ours), asFields(theirs)];
    if (o && t) what = differences(o, t).join('; ');
  }
  what ||= 'the two versions between the markers differ';
  return `merge conflict (${where}): ${what}. ${RESOLVE}`;
}

/** A problem for each conflict region of a fact file's text, at its lines; none when there are no markers. */
export function mergeConflictProblems(text: string, file: string): Problem[] {
  return findConflictRegions(text).map((region) => ({
    file,
    line: region.startLine,
    column: 1,
    endLine: region.endLine,
    field: region.section,
    message: describe(region),
    severity: 'error',
  }));
}
