/**
 * Lone capitalised words with no full name to lean on, and the rules' last-resort guesses: a
 * word that acts like a person (speaks, follows a role, has an office in apposition). The
 * guesses are marked (`guessedMentions`) so that the tagger may overrule them.
 */
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {occupationNouns, organizationRoleNouns, roleNouns} from '../data/titles.js';
import {isCommonWord} from '../data/lexicon.js';
import {sourceNouns, speechVerbs} from '../data/speech.js';
import {placedWords, type SentenceSpan, type Word} from '../text/sentences.js';

/** Verbs after a capitalised word that make it the speaker ("Trump said", "Jordan told"). */
const speakingVerbs = new Set(['said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'argued', 'insisted']);

/** Whether a speaking verb follows the name ending at `end`. */
export function speechAfter(text: string, end: number): boolean {
  const verb = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 12));
  return verb !== null && speakingVerbs.has(verb[1]!);
}

// The office is the phrase's head: the last word before its end or its "of …" ("the port director,").
const officeApposition = /^,\s+(?:the|a|an)\s+((?:[\p{L}.'’-]+\s+){0,4}?)(\p{Ll}+)(?=\s*[,;:.)]|\s+(?:of|for|at|in|to|and)\b)/u;

/** "Bukele, the Salvadoran president, …": an apposition right after `end` names an office. */
export function namesOffice(text: string, end: number): boolean {
  const apposition = officeApposition.exec(text.slice(end, end + 80));
  return apposition !== null && roleNouns.has(apposition[2]!);
}

/** "Ecopetrol, the state oil company, …": an apposition right after `end` names a kind of organisation. */
export function namesOrganizationKind(text: string, end: number): boolean {
  const apposition = officeApposition.exec(text.slice(end, end + 80));
  return apposition !== null && organizationRoleNouns.has(apposition[2]!);
}

/**
 * A word opening its sentence that an apposition names as an office holder or an organisation
 * ("Ecopetrol, the state oil company, said …"), not an ordinary word ("However, the company …").
 */
export function setOffAsName(word: Word, text: string): boolean {
  return !isCommonWord(word.text) && (namesOffice(text, word.end) || namesOrganizationKind(text, word.end));
}

/** Mentions the rules typed by a last resort: the tagger may overrule them. */
export const guessedMentions = new WeakSet<EntityMention>();

/** A lone capitalised word with no full name to lean on: a person only when it acts like one. */
export function guessLoneName(word: Word, sentence: SentenceSpan, text: string): EntityType | null {
  // Texts, tags and spacing only: the words as kept serve, unmoved.
  const {words} = placedWords(sentence);
  const next = words[word.index + 1];
  const previous = words[word.index - 1];
  if (next && /^(VBD|VBZ|VBN|MD)$/.test(next.pos) && /^\s*$/.test(next.before)) return 'person';
  if (next && speechVerbs.has(next.text.toLowerCase()) && /^\s*$/.test(next.before)) return 'person';
  if (previous && speechVerbs.has(previous.text.toLowerCase()) && /^\s+$/.test(word.before)) return 'person';
  if (previous && (occupationNouns.has(previous.text) || roleNouns.has(previous.text)) && word.before === ' ') return 'person';
  if (namesOffice(text, word.end)) return 'person';
  if (namesOrganizationKind(text, word.end)) return 'organization';
  return null;
}

/** "Trump said …": a capitalised word that opens a sentence and speaks, not a plural like "Officials". */
export function speaksNext(word: Word, sentence: SentenceSpan): boolean {
  const next = placedWords(sentence).words[word.index + 1];
  return Boolean(next && speakingVerbs.has(next.text) && !/s$/.test(word.text) && !sourceNouns.has(word.text.toLowerCase()));
}
