// The agreement as plain text for people: a table of the figures per article and in total, the
// details behind the totals, then what the two sides disagree on, article by article.
import type { MentionKind } from '../export/prepare';
import { escapeUnsafeCharacters } from '../text/printable';
import type { Alpha } from './alpha';
import { type ArticleAgreement, MENTION_KINDS, type WorkspaceAgreement } from './compare';
import type { FactUnit } from './facts';
import type { Kappa } from './kappa';

/** What the two sides are called in the report: folders, or revisions. */
export interface SideNames {
  a: string;
  b: string;
}

/** A figure with three decimals, or "n/a" where it is undefined (the details say why). */
function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(3);
}

/** A quote or name on one line, with nothing that could act on the terminal. */
function printable(text: string): string {
  return escapeUnsafeCharacters(text.replace(/\s+/g, ' '));
}

function columns(rows: readonly string[][]): string {
  // A loop, not Math.max(...cells): a spread of many thousand arguments overflows the stack.
  const widths = rows[0].map(() => 0);
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c], cell.length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

function articleRow(a: ArticleAgreement): string[] {
  return [printable(a.path), figure(a.spans?.all.exact.f1), figure(a.spans?.all.overlap.f1), figure(a.links?.agreement), figure(a.tokens?.kappa), figure(a.attendance.alpha), figure(a.roles.alpha)];
}

function figuresTable(result: WorkspaceAgreement): string {
  const t = result.total;
  const header = ['article', 'exact F1', 'overlap F1', 'links', 'κ tokens', 'α attendance', 'α roles'];
  const total = ['total', figure(t.spans.all.exact.f1), figure(t.spans.all.overlap.f1), figure(t.links.agreement), figure(t.tokens.kappa), figure(t.attendance.alpha), figure(t.roles.alpha)];
  return columns([header, ...result.articles.map(articleRow), total]);
}

function typesTable(result: WorkspaceAgreement): string {
  const rows = MENTION_KINDS.map((kind: MentionKind) => {
    const f = result.total.spans.byType[kind];
    return [kind, String(f.counts.a), String(f.counts.b), figure(f.exact.f1), figure(f.overlap.f1)];
  });
  return columns([['type', 'A', 'B', 'exact F1', 'overlap F1'], ...rows]);
}

function kappaLine(k: Kappa): string {
  const why = k.kappa === null ? `; κ undefined: ${k.undefinedBecause}` : `; κ ${figure(k.kappa)}`;
  return `Cohen's κ over ${k.items} tokens (IOB2 tags): observed agreement ${figure(k.observed)}, expected by chance ${figure(k.expected)}${why}`;
}

/** α, then the counts behind it on the lines below: units, pairable values, and how often each value was used. */
function alphaLines(what: string, a: Alpha): string[] {
  const alpha = a.alpha === null ? `α undefined: ${a.undefinedBecause}` : `α ${figure(a.alpha)}`;
  const disagreement = a.observedDisagreement === null ? '' : `; disagreement observed ${figure(a.observedDisagreement)}, expected by chance ${figure(a.expectedDisagreement)}`;
  const totals = Object.entries(a.valueTotals).map(([value, n]) => `${printable(value)} ${n}`);
  return [
    `Krippendorff's α on ${what}: ${alpha}`,
    `  ${a.units} units, ${a.pairableUnits} with values from both, ${a.pairableValues} pairable values${disagreement}`,
    ...(totals.length > 0 ? [`  values used: ${totals.join(', ')}`] : []),
  ];
}

function totalsDetails(result: WorkspaceAgreement): string[] {
  const t = result.total;
  const c = t.spans.all.counts;
  const links = t.links;
  return [
    `Spans: A marked ${c.a}, B ${c.b}; at the same offsets with the same type: ${c.exactA} of A's, ${c.exactB} of B's; overlapping one of the same type: ${c.overlapA} of A's, ${c.overlapB} of B's.`,
    `Entity links: ${links.sameEntity} of ${links.pairs} pairs of overlapping spans name the same entity (${figure(links.agreement)}); on exactly matching spans, ${links.exactSameEntity} of ${links.exactPairs} (${figure(links.exactAgreement)}).`,
    kappaLine(t.tokens),
    ...alphaLines('attendance (per person and event)', t.attendance),
    ...alphaLines('roles (per person)', t.roles),
  ];
}

function factLines(what: string, units: readonly FactUnit[]): string[] {
  return units.map((d) => `  ${what} ${printable(d.unit)}: A ${printable(d.a)}, B ${printable(d.b)}`);
}

function articleDisagreements(a: ArticleAgreement): string[] {
  const lines: string[] = [];
  const d = a.disagreements;
  for (const u of d.spans) {
    lines.push(`  only ${u.side.toUpperCase()} marked ${u.start}-${u.end} ${u.kind} "${printable(u.quote)}"${u.entity ? ` (${u.entity})` : ''}`);
  }
  for (const l of [...d.links, ...d.dates].sort((x, y) => x.start - y.start)) lines.push(`  ${l.start}-${l.end} "${printable(l.quote)}": A ${printable(l.a)}, B ${printable(l.b)}`);
  lines.push(...factLines('attendance of', d.attendance), ...factLines('roles of', d.roles));
  if (a.leftOutMentions.a + a.leftOutMentions.b > 0) {
    lines.push(`  left out, their text no longer where they say: ${a.leftOutMentions.a} of A's mentions, ${a.leftOutMentions.b} of B's`);
  }
  return lines.length === 0 ? [] : [printable(a.path), ...lines];
}

function listed(title: string, paths: readonly string[]): string[] {
  return paths.length === 0 ? [] : [`${title}:`, ...paths.map((p) => `  ${printable(p)}`)];
}

/** The whole report, ending with a newline. */
export function agreementText(result: WorkspaceAgreement, names: SideNames): string {
  const both = `${result.total.articles} ${result.total.articles === 1 ? 'article' : 'articles'} annotated by both`;
  const sections: string[] = [
    `A: ${printable(names.a)}\nB: ${printable(names.b)}\n${both}.`,
    `${figuresTable(result)}\n(n/a: undefined, as nothing was marked or one value was used throughout, or not compared, as the texts differ.)`,
    typesTable(result),
    totalsDetails(result).join('\n'),
  ];
  const disagreements = result.articles.flatMap(articleDisagreements);
  if (disagreements.length > 0) sections.push(['Disagreements:', ...disagreements].join('\n'));
  const lists = [
    ...listed('Texts that differ between A and B (facts compared; spans, links and tokens not)', result.total.textDiffers),
    ...listed('Annotated by A only', result.onlyA),
    ...listed('Annotated by B only', result.onlyB),
  ];
  if (lists.length > 0) sections.push(lists.join('\n'));
  return `${sections.join('\n\n')}\n`;
}
