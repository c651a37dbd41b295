// The words for the types and kinds of things the extension shows: mention types, kinds of
// places, events and organizations, meeting formats and languages.
import * as vscode from 'vscode';
import type { Event, Organization, Place } from '../../core/knowledgeBase/schema';
import type { MentionType } from '../../core/recognizer/mention';

export function typeLabel(type: MentionType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organization');
    case 'place':
      return vscode.l10n.t('place');
    case 'event':
      return vscode.l10n.t('event');
    case 'date':
      return vscode.l10n.t('date');
    case 'candidate':
      return vscode.l10n.t('candidate');
  }
}

export function placeKindLabel(kind: Place['kind']): string {
  switch (kind) {
    case 'state':
      return vscode.l10n.t('state');
    case 'city':
      return vscode.l10n.t('city');
    case 'region':
      return vscode.l10n.t('region');
    case 'site':
      return vscode.l10n.t('site');
    case 'body-of-water':
      return vscode.l10n.t('body of water');
  }
}

export function eventKindLabel(kind: Event['kind']): string {
  switch (kind) {
    case 'summit':
      return vscode.l10n.t('summit');
    case 'exercise':
      return vscode.l10n.t('exercise');
    case 'meeting':
      return vscode.l10n.t('meeting');
    case 'exhibition':
      return vscode.l10n.t('exhibition');
    case 'operation':
      return vscode.l10n.t('operation');
  }
}

export function formatLabel(format: NonNullable<Event['format']>): string {
  switch (format) {
    case 'in-person':
      return vscode.l10n.t('in person');
    case 'video':
      return vscode.l10n.t('by video link');
    case 'hybrid':
      return vscode.l10n.t('hybrid');
  }
}

export function organizationKindLabel(kind: Organization['kind']): string {
  switch (kind) {
    case 'international-organization':
      return vscode.l10n.t('international organization');
    case 'body':
      return vscode.l10n.t('body');
    case 'government':
      return vscode.l10n.t('government');
    case 'ministry':
      return vscode.l10n.t('ministry');
    case 'news-agency':
      return vscode.l10n.t('news agency');
    case 'armed-forces':
      return vscode.l10n.t('armed forces');
    case 'academic':
      return vscode.l10n.t('academic institution');
    case 'other':
      return vscode.l10n.t('organization');
  }
}

/** A language tag as a reader would name it: the usual four by hand, others from the runtime. */
export function languageLabel(tag: string): string {
  switch (tag) {
    case 'en':
      return vscode.l10n.t('English');
    case 'it':
      return vscode.l10n.t('Italian');
    case 'ru':
      return vscode.l10n.t('Russian');
    case 'ru-Latn':
      return vscode.l10n.t('Russian (Latin)');
  }
  try {
    return new Intl.DisplayNames([vscode.env.language, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Names joined as the display language joins a list: "Belarus, Kyrgyzstan and Tajikistan". */
export function listOf(names: readonly string[]): string {
  try {
    return new Intl.ListFormat([vscode.env.language, 'en'], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
