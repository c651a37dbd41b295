// What "New person / organization / place / event…" asks about the selected text before it is
// added to the workspace knowledge base: a country, and a role, a kind or dates as the type needs.
import * as vscode from 'vscode';
import { isoDateProblem } from '../../../core/annotation/dates';
import type { NewEntityDetails } from '../../../core/annotation/newEntity';
import type { KnowledgeBase } from '../../../core/knowledgeBase/knowledgeBase';
import { type EntityType, EVENT_KINDS, ORGANIZATION_KINDS, PLACE_KINDS } from '../../../core/knowledgeBase/schema';
import { eventKindLabel, organizationKindLabel, placeKindLabel } from '../../ui/labels';
import { pickState } from '../../ui/pickState';

/** Picks one of `kinds`, shown by `label`; undefined when dismissed. */
async function pickKind<K extends string>(kinds: readonly K[], label: (kind: K) => string, title: string): Promise<K | undefined> {
  const picked = await vscode.window.showQuickPick(
    kinds.map((kind) => ({ label: label(kind), value: kind })),
    { title },
  );
  return picked?.value;
}

/** A date or range for an event, checked as it is typed; empty when unknown. Undefined when dismissed. */
function askDates(name: string, value: string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Dates of {0} (leave empty if unknown)', name),
    value: value ?? '',
    placeHolder: '2024-11-28, 2024-11-27/2024-11-28',
    validateInput: (v) => (v.trim() === '' ? undefined : isoDateProblem(v.trim())),
  });
}

/** What the article says around a new entity's name: its date, the states it suggests (likeliest first), the title it gives a person. */
export interface NewEntityContext {
  date: string | undefined;
  countries: readonly string[];
  /** The role a title beside the name gives ("Minister of Defence" for "the Kyrgyz defence minister …"). */
  role: string | undefined;
}

/**
 * Asks what is to be known of a new entity named `name`; undefined when the annotator dismisses a
 * question. What the article says (`context`) is offered first: its date for an event, the
 * states it suggests as the country, the title it gives as a person's role.
 */
export async function askNewEntity(type: EntityType, name: string, kb: KnowledgeBase, { date, countries, role: titleRole }: NewEntityContext): Promise<NewEntityDetails | undefined> {
  switch (type) {
    case 'person': {
      const country = await pickState(kb, vscode.l10n.t('Country of {0}', name), countries);
      if (!country) return undefined;
      const role = await vscode.window.showInputBox({
        title: vscode.l10n.t('Role of {0} (leave empty if unknown)', name),
        value: titleRole ?? '',
        placeHolder: vscode.l10n.t('President, Minister of Foreign Affairs, Ambassador…'),
      });
      if (role === undefined) return undefined;
      return { type, country: country.id, role };
    }
    case 'place': {
      const kind = await pickKind(PLACE_KINDS, placeKindLabel, vscode.l10n.t('What kind of place is {0}?', name));
      if (!kind) return undefined;
      if (kind === 'state') return { type, kind };
      const country = await pickState(kb, vscode.l10n.t('Country of {0}', name), countries);
      return country && { type, kind, country: country.id };
    }
    case 'organization': {
      const kind = await pickKind(ORGANIZATION_KINDS, organizationKindLabel, vscode.l10n.t('What kind of organization is {0}?', name));
      if (!kind) return undefined;
      const country = await pickState(kb, vscode.l10n.t('Country of {0}', name), countries);
      return country && { type, kind, country: country.id };
    }
    case 'event': {
      const kind = await pickKind(EVENT_KINDS, eventKindLabel, vscode.l10n.t('What kind of event is {0}?', name));
      if (!kind) return undefined;
      const dates = await askDates(name, date);
      if (dates === undefined) return undefined;
      const host = await pickState(kb, vscode.l10n.t('Host country of {0}', name), countries);
      return host && { type, kind, dates, country: host.id };
    }
  }
}
