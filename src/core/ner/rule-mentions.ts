/**
 * The rule-based recogniser over a whole article: each sentence's runs classified, lone words
 * typed by the full names around them, addresses joined; with the incremental analyser's memo,
 * only the sentences near an edit (and those holding a surname that changed) are read again.
 */
import type {Demonym, EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {countryByCapital, countryByName} from '../data/countries.js';
import {isTownAndRegion} from './addresses.js';
import {knownPlaces} from '../data/places.js';
import type {Layout, SentenceSpan, Word} from '../text/sentences.js';
import {between, changedKeys, NearEdit, sameMap, sentencesHolding, type PassesState} from './near-edit.js';
import {textChange} from '../text/changes.js';
import {wordsOf} from './letters.js';
import type {AnalysisMemo} from '../memo.js';
import {stripPossessive, mention} from './name-words.js';
import {classifyRun} from './classify-run.js';
import {capitalisedRuns} from './capitalised-runs.js';
import {speechAfter, guessedMentions, guessLoneName, setOffAsName, speaksNext} from './lone-names.js';

/** What the rules keep of a version for the next (incremental analysis only). */
interface RulesState {
  passes: PassesState;
  /** The sentences' own findings, in order, before lone words are typed. */
  found: EntityMention[];
  demonyms: Demonym[];
  mentions: EntityMention[];
  surnames: ReadonlyMap<string, EntityType>;
}

/** The rule-based recogniser: capitalised runs classified with gazetteers and context. */
export function ruleMentions(layout: Layout, text: string, userNames: ReadonlyMap<string, EntityType> = new Map(), memo?: AnalysisMemo): {mentions: EntityMention[]; demonyms: Demonym[]} {
  // The incremental analyser keeps each sentence's findings (user names are not part of its key).
  const findings = (sentence: SentenceSpan) => (memo && userNames.size === 0 ? memo.rules(sentence, text, guessedMentions, () => sentenceRules(sentence, text, userNames)) : sentenceRules(sentence, text, userNames));
  if (memo && userNames.size === 0) {
    const before = memo.previous<RulesState>('entity-rules');
    const near = new NearEdit(before?.passes, text, layout.sentences);
    const state = (before && rulesNearEdit(before, near, layout, text, findings)) ?? rulesOf(layout.sentences, 0, layout.sentences.length, text, findings);
    memo.keep('entity-rules', {...state, passes: near.state()} satisfies RulesState);
    return state;
  }
  return rulesOf(layout.sentences, 0, layout.sentences.length, text, findings);
}

/** The rules' names in sentences `from` to `to`, lone words typed by `known` surnames (by the sentences' own, by default). */
function rulesOf(sentences: readonly SentenceSpan[], from: number, to: number, text: string, findings: (sentence: SentenceSpan) => SentenceRules, known?: ReadonlyMap<string, EntityType>): Omit<RulesState, 'passes'> {
  const mentions: EntityMention[] = [];
  const demonyms: Demonym[] = [];
  const pending: Array<{word: Word; sentence: SentenceSpan; initial: boolean}> = [];
  for (let at = from; at < to; at++) {
    const sentence = sentences[at]!;
    const found = findings(sentence);
    mentions.push(...found.mentions);
    demonyms.push(...found.demonyms);
    for (const {word, initial} of found.pending) pending.push({word, sentence, initial});
  }
  const found = mentions.slice();
  // Lone words typed by the full names around them ("Rubio" after "Marco Rubio").
  const surnames = known ?? surnamesOf(mentions);
  for (const {word, sentence, initial} of pending) {
    const name = stripPossessive(word.text);
    // A capital that opens a sentence is a name only when the text names it elsewhere.
    const known = surnames.get(name);
    const type = known ?? (initial && !speaksNext(word, sentence) && !setOffAsName(word, text) ? null : guessLoneName(word, sentence, text));
    if (!type) continue;
    const found = mention(text, word.start, word.start + name.length, type, null, sentence.index);
    if (!known) guessedMentions.add(found);
    mentions.push(found);
  }
  // "Rep. Jim Jordan … Jordan said": a country's name that is the surname of someone the text
  // names in full, and speaks, is that person ("Washington said" stays the government).
  for (const [index, item] of mentions.entries()) {
    if (item.type === 'place' && surnames.get(item.text) === 'person' && !item.text.includes(' ') && !countryByCapital.has(item.text.toLowerCase()) && speechAfter(text, item.end)) mentions[index] = {...item, type: 'person'};
  }
  mentions.sort((a, b) => a.start - b.start);
  return {found, demonyms, mentions: withAddresses(mentions, text), surnames};
}

function surnamesOf(mentions: readonly EntityMention[]): Map<string, EntityType> {
  const surnames = new Map<string, EntityType>();
  for (const mention of mentions) {
    const parts = wordsOf(mention.text);
    if (mention.type === 'person' && parts.length > 1) surnames.set(parts[parts.length - 1]!, 'person');
    // A person's surname stays theirs when the same word names a place alone ("Jordan").
    if (parts.length === 1 && surnames.get(mention.text) !== 'person') surnames.set(mention.text, mention.type);
  }
  return surnames;
}

/**
 * The rules' names when only the sentences within reach of the edit (near-edit.ts) need reading
 * again: the surnames that type lone words elsewhere are the same as before (always so when
 * their findings name the same names), and the previous version's names elsewhere are moved past
 * the edit. When the surnames differ, the sentences holding a word whose surname changed are
 * read again too, with the new ones. Undefined when these are many.
 */
function rulesNearEdit(before: RulesState, near: NearEdit, layout: Layout, text: string, findings: (sentence: SentenceSpan) => SentenceRules): Omit<RulesState, 'passes'> | undefined {
  const window = near.aroundEdit();
  if (!window) return undefined;
  const {first, end, start, stop} = window;
  const {prefix, delta} = textChange(before.passes.text, text);
  // A sentence's findings read the first character after it, however far: the last one before
  // the window must find it before the edit (memo.ts `rules`).
  const last = layout.sentences[first - 1];
  if (last && /^\s*$/u.test(text.slice(last.end, prefix))) return undefined;
  const now = rulesOf(layout.sentences, first, end, text, findings, before.surnames);
  const then = between(before.found, start, stop - delta);
  const sameFindings = then.length === now.found.length && then.every((item, index) => item.type === now.found[index]!.type && item.text === now.found[index]!.text);
  // A copy is a guess when its name was: marked once, when made (the lists share most names).
  const markGuess = (copy: EntityMention, item: EntityMention) => {
    if (guessedMentions.has(item)) guessedMentions.add(copy);
  };
  const moved = (items: readonly EntityMention[]) => items.map((item) => near.move(item, markGuess));
  const around = <T extends {start: number; end: number}>(old: readonly T[], window: readonly T[], move: (items: readonly T[]) => T[]): T[] => between(old, -Infinity, start).concat(window, move(between(old, stop - delta, Infinity)));
  const moveDemonyms = (items: readonly Demonym[]) => items.map((item) => (delta === 0 ? item : {...item, start: item.start + delta, end: item.end + delta}));
  const found = around(before.found, now.found, moved);
  const demonyms = around(before.demonyms, now.demonyms, moveDemonyms);
  // Other names (one retyped, "Fisheries Society" misspelt) mostly leave the surnames as they were.
  const surnames = sameFindings ? before.surnames : surnamesOf(found);
  if (surnames === before.surnames || sameMap(surnames, before.surnames)) {
    const mentions = around(before.mentions, now.mentions, moved);
    // The passes read the names after the window as the previous version's moved, without comparing them.
    near.movedAfter(mentions, before.mentions, stop - delta);
    return {found, demonyms, mentions, surnames: before.surnames};
  }
  // A surname types the lone words and places of its word in any sentence: those holding a
  // word whose surname changed are read again with the new surnames, as the window is.
  const {sentences} = layout;
  const held = first < end ? sentencesHolding(sentences, text, changedKeys(before.surnames, surnames), sentences.length >> 3) : undefined;
  if (!held) return undefined;
  const reread = new Uint8Array(sentences.length);
  reread.fill(1, first, end);
  for (const sentence of held) reread[sentence] = 1;
  const mentions: EntityMention[] = [];
  // Runs of sentences read again, in order; between them the previous version's names, moved
  // past the edit. `from` is where the next of these starts, in the previous version's offsets.
  let from = -Infinity;
  let pastEdit = false;
  for (let low = 0; low < sentences.length; low++) {
    if (!reread[low]) continue;
    let high = low + 1;
    while (high < sentences.length && reread[high]) high++;
    const holdsEdit = low < end && first < high;
    let startNow = low === 0 ? -Infinity : sentences[low]!.start;
    let stopNow = high === sentences.length ? Infinity : sentences[high]!.start;
    if (holdsEdit) {
      startNow = Math.min(startNow, start);
      stopNow = Math.max(stopNow, stop);
    }
    const kept = between(before.mentions, from, pastEdit ? startNow - delta : startNow);
    for (const item of pastEdit ? moved(kept) : kept) mentions.push(item);
    for (const item of rulesOf(sentences, low, high, text, findings, surnames).mentions) mentions.push(item);
    if (holdsEdit) pastEdit = true;
    from = pastEdit ? stopNow - delta : stopNow;
    low = high;
  }
  for (const item of moved(between(before.mentions, from, Infinity))) mentions.push(item);
  near.movedAfter(mentions, before.mentions, from);
  return {found, demonyms, mentions, surnames};
}

/** What the rules find in one sentence; lone words wait for the whole text ('initial': one opens the sentence). */
export interface SentenceRules {
  mentions: EntityMention[];
  demonyms: Demonym[];
  pending: Array<{word: Word; initial: boolean}>;
}

/**
 * One sentence's capitalised runs, classified. Besides the sentence it reads the text up to 60
 * characters before it and 80 after, and the first non-space character after it (memo.ts).
 */
function sentenceRules(sentence: SentenceSpan, text: string, userNames: ReadonlyMap<string, EntityType>): SentenceRules {
  const found: SentenceRules = {mentions: [], demonyms: [], pending: []};
  for (const run of capitalisedRuns(sentence, text)) {
    const result = classifyRun(run, sentence, text, userNames, found.demonyms);
    if (Array.isArray(result)) found.mentions.push(...result);
    else found.pending.push(result);
  }
  return found;
}

/**
 * "Cambridge, Massachusetts", "Evansville, Indiana, United States": a place followed by the
 * region or country it lies in is one place (the region stays a place of its own inside it).
 */
function withAddresses(mentions: EntityMention[], text: string): EntityMention[] {
  const result = [...mentions];
  for (let index = result.length - 2; index >= 0; index--) {
    const first = result[index]!;
    if (first.type !== 'place' || countryByName.has(first.text.toLowerCase())) continue;
    // Only a place right after ", " can be the region; the scan stops past that gap, so a
    // long article stays linear (the mentions are sorted by start).
    const comma = /^,[ \t]*/.exec(text.slice(first.end, first.end + 40));
    if (!comma) continue;
    let next: EntityMention | undefined;
    for (let at = index + 1; at < result.length && result[at]!.start <= first.end + comma[0].length; at++) {
      const item = result[at]!;
      if (item.start >= first.end && item.type === 'place' && item.end > item.start) {
        next = item;
        break;
      }
    }
    if (!next) continue;
    if (!/^,[ \t]*$/.test(text.slice(first.end, next.start)) || !knownPlaces.has(text.slice(next.start, next.end).split(/,\s*/)[0]!.toLowerCase())) continue;
    if (/^\s+and\s/.test(text.slice(next.end, next.end + 6))) continue;
    if (!isTownAndRegion(first.text, first.start, next.end, text)) continue;
    result[index] = mention(text, first.start, next.end, 'place', null, first.sentence);
  }
  return result;
}
