// The recognizer on the bundled knowledge base, built once for the test files that ask what it
// finds in a sentence of their own.
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';

let bundled: Recognizer | undefined;

export function bundledRecognizer(): Recognizer {
  bundled ??= new Recognizer(bundledKnowledgeBase());
  return bundled;
}

/** The names the recognizer finds in `text`, as [text, entity id] pairs in text order. */
export function namesFound(text: string): [string, string | undefined][] {
  return bundledRecognizer().entities(text).map((m) => [m.text, m.id]);
}

/** What the recognizer finds in `text` but dates, as [text, entity id or "candidate:" and the candidate's guess] pairs in text order. */
export function mentionsFound(text: string): [string, string][] {
  return bundledRecognizer()
    .recognize(text)
    .filter((m) => m.type !== 'date')
    .map((m) => [m.text, m.id ?? `${m.type}:${m.guess ?? 'person'}`]);
}
