// What a peer tool's export says about one document, read into one shape before it is matched to an
// article of the workspace. Each format's reader (formats/) only parses: it never looks at the
// workspace. Matching, anchoring, linking and writing are the importer's (importer.ts).
import type { ArticleDescription } from '../annotation/articleMetadata';

/** A file handed to a format's reader: its path as the user gave it (for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A span as the source marked it. Offsets, when given, count UTF-16 code units of `text`. */
export interface ImportedSpan {
  /** The source's own id of the span (brat `T3`, a Label Studio result id), for relations. */
  sourceId?: string;
  /** The source's label, as written there (`PER`, `Person`, `GPE`…); mapped to a type by the importer. */
  label: string;
  start?: number;
  end?: number;
  /**
   * Offsets in Unicode code points, when the source counts them so and carries no text to turn them
   * into UTF-16 offsets with (a W3C TextPositionSelector): the importer converts them against the
   * article the document is matched to. Absent when `start`/`end` are given.
   */
  codePointStart?: number;
  codePointEnd?: number;
  /** The text the span covers, when the source says it (always for brat and W3C text quotes). */
  quote?: string;
  prefix?: string;
  suffix?: string;
  /** A Wikidata id (`Q7747`) when the source links the span to one (brat normalization, W3C body). */
  wikidata?: string;
  /** This project's entity id, when the source is this project's own export. */
  entity?: string;
  /** An ISO 8601 date (as the fact files write it), when the source gives a date's value. */
  date?: string;
  /** A free note the source attached (brat `#` lines), kept for the report. */
  note?: string;
}

/** A fact between spans: attendance, a role, a summit, as the source wrote it. */
export interface ImportedFact {
  sourceId?: string;
  kind: 'attendance' | 'role' | 'summit';
  /** The fact's fields other than its evidence, as in a fact file (`person`, `event`, `status`…). */
  fields: Record<string, string>;
  /** The spans that are its evidence, by their `sourceId`. */
  evidence: string[];
}

/** One document of the source. */
export interface ImportedDocument {
  /** Where it came from, for the report: a file, and the record in it when a file holds many (`tasks.json#3`). */
  source: string;
  /** The name the source knew it by (a file name or path such as `a.txt`), to match an article by name. */
  name?: string;
  /** The text its offsets count in, when the source carries it. */
  text?: string;
  /**
   * What the source says of the article itself, the fields it gives (each checked as a fact file
   * checks it): a fact file the import creates records them rather than what the article's text suggests.
   */
  article?: ArticleDescription;
  spans: ImportedSpan[];
  facts: ImportedFact[];
  /** What the reader could not read, each naming the line or record. */
  problems: string[];
}

/** A format's reader: the files the user pointed at, read into documents. Never throws on bad input. */
export type FormatReader = (files: readonly SourceFile[]) => ImportedDocument[];
