// What an import did, or would do (a dry run): counts per article and in total, and every span,
// fact and document left out with its reason. The command line prints it; the editor shows it
// before anything is written.
import type { ArticleImport, ImportPlan, LeftOutReason } from './importer';

export interface ImportTotals {
  documents: number;
  matched: number;
  unmatched: number;
  articles: number;
  /** Fact files the import creates. */
  created: number;
  spans: number;
  anchored: number;
  linked: number;
  written: number;
  alreadyThere: number;
  disagreeing: number;
  /** Spans and facts left out, of every reason (disagreements included). */
  leftOut: number;
  facts: number;
  factsWritten: number;
  factsAlreadyThere: number;
  /** Fact files not written because of their problems. */
  notWritten: number;
  byReason: Partial<Record<LeftOutReason, number>>;
}

export function importTotals(plan: ImportPlan): ImportTotals {
  const totals: ImportTotals = {
    documents: plan.articles.reduce((n, a) => n + a.documents.length, 0) + plan.unmatched.length,
    matched: plan.articles.reduce((n, a) => n + a.documents.length, 0),
    unmatched: plan.unmatched.length,
    articles: plan.articles.length,
    created: 0,
    spans: 0,
    anchored: 0,
    linked: 0,
    written: 0,
    alreadyThere: 0,
    disagreeing: 0,
    leftOut: 0,
    facts: 0,
    factsWritten: 0,
    factsAlreadyThere: 0,
    notWritten: 0,
    byReason: {},
  };
  for (const a of plan.articles) {
    const writes = a.problems.length === 0;
    if (a.created && a.text !== undefined) totals.created++;
    if (!writes) totals.notWritten++;
    totals.spans += a.counts.spans;
    totals.anchored += a.counts.anchored;
    totals.linked += a.counts.linked;
    totals.facts += a.counts.facts;
    if (writes) {
      totals.written += a.written.written;
      totals.alreadyThere += a.written.alreadyThere;
      totals.factsWritten += a.factsWritten.written;
      totals.factsAlreadyThere += a.factsWritten.alreadyThere;
    }
    totals.disagreeing += a.written.disagreeing;
    totals.leftOut += a.leftOut.length;
    for (const l of a.leftOut) totals.byReason[l.reason] = (totals.byReason[l.reason] ?? 0) + 1;
  }
  return totals;
}

/** True when everything read was imported: every document matched, nothing left out, every fact file writable, no reader problem. */
export function importComplete(plan: ImportPlan): boolean {
  return plan.unmatched.length === 0 && plan.readerProblems.length === 0 && plan.articles.every((a) => a.leftOut.length === 0 && a.problems.length === 0);
}

function reasons(byReason: Partial<Record<LeftOutReason, number>>): string {
  return Object.entries(byReason)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
}

function articleLine(a: ArticleImport): string {
  const from = a.documents.map((d) => `${d.source} by ${d.matchedBy}`).join('; ');
  const byReason: Partial<Record<LeftOutReason, number>> = {};
  for (const l of a.leftOut) byReason[l.reason] = (byReason[l.reason] ?? 0) + 1;
  const parts = [
    `${a.counts.spans} spans, ${a.counts.anchored} anchored, ${a.counts.linked} linked`,
    `mentions: ${a.written.written} new, ${a.written.alreadyThere} already there, ${a.written.disagreeing} disagreeing`,
    `facts: ${a.factsWritten.written} new, ${a.factsWritten.alreadyThere} already there`,
  ];
  if (a.leftOut.length > 0) parts.push(`left out: ${reasons(byReason)}`);
  return `${a.path} (${a.created ? 'new ' : ''}${a.factFilePath}; from ${from}): ${parts.join('; ')}`;
}

/** The report as lines of text: each article with what was left out, unmatched documents, unmapped labels, the totals. */
export function formatImportReport(plan: ImportPlan, dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const a of plan.articles) {
    lines.push(articleLine(a));
    for (const p of a.problems) lines.push(`  not written: ${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    for (const l of a.leftOut) lines.push(`  left out: "${l.what}" (${l.source}): ${l.reason}${l.detail ? `: ${l.detail}` : ''}`);
  }
  for (const u of plan.unmatched) lines.push(`unmatched: ${u.source}: ${u.reason}`);
  if (plan.unmappedLabels.length > 0) lines.push(`unmapped labels (give them a type in a --labels file): ${plan.unmappedLabels.map((l) => `${l.label} (${l.count})`).join(', ')}`);
  const t = importTotals(plan);
  const verb = dryRun ? 'would import' : 'imported';
  lines.push(
    `${verb} ${t.matched} of ${t.documents} documents into ${t.articles} articles (${t.created} new fact files): ${t.spans} spans, ${t.anchored} anchored, ${t.linked} linked; ` +
      `${t.written} mentions new, ${t.alreadyThere} already there, ${t.disagreeing} disagreeing; ${t.factsWritten} of ${t.facts} facts new, ${t.factsAlreadyThere} already there` +
      (t.leftOut > 0 ? `; left out: ${reasons(t.byReason)}` : '') +
      (t.notWritten > 0 ? `; ${t.notWritten} fact files not written (their problems above)` : '') +
      (dryRun ? '; dry run: nothing written' : ''),
  );
  return lines;
}

/** The report as one JSON-ready object, for `--json`. */
export function importReportJson(plan: ImportPlan, dryRun: boolean): Record<string, unknown> {
  return {
    dryRun,
    totals: importTotals(plan),
    articles: plan.articles.map((a) => ({
      path: a.path,
      factFile: a.factFilePath,
      created: a.created,
      documents: a.documents,
      spans: a.counts.spans,
      anchored: a.counts.anchored,
      anchoring: a.anchoring,
      linked: a.counts.linked,
      mentions: a.written,
      facts: { read: a.counts.facts, ...a.factsWritten },
      leftOut: a.leftOut,
      problems: a.problems,
      written: !dryRun && a.text !== undefined && a.problems.length === 0,
    })),
    unmatched: plan.unmatched,
    unmappedLabels: plan.unmappedLabels,
    readerProblems: plan.readerProblems,
  };
}
