/**
 * The tagger's names and the passes after it, in order: the tagger's and the rules' names made
 * one list, the names nested in them, then the article-wide corrections (nested names, names
 * inside names, compounds, common capitals, acronyms, repeated names, list members). With the
 * incremental analyser's memo, each step runs again only near the edit when what it reads of
 * the whole article is unchanged (near-edit.ts): for the tagger, its model and its document
 * context; for the passes, their facts.
 */
import type {Demonym, EntityMention} from '../data-map.js';
import type {Layout, SentenceSpan} from '../text/sentences.js';
import type {AnalysisMemo} from '../memo.js';
import type {TaggedName} from './tagger.js';
import {combine, nameTexts, namesStandingAlone, withKnownInside, withNested, type NamesStandingAlone} from './combine.js';
import {peopleNamed, splitCompounds, surnameParticlesOf, withPlacesAndParticles} from './compounds.js';
import {capitalUses, commonCapitals, withoutCommonCapitals} from './common-capitals.js';
import {definedAcronyms, withDefinedAcronyms} from './acronyms.js';
import {repeatedNames, sameRepeatedNames, withRepeatedNames} from './repeated.js';
import {listSurnames, withListMembers} from './lists.js';
import {NearEdit, sameMap, sameMention, sameSet, type PassesState} from './near-edit.js';

export interface PassesInput {
  /** The tagger's names in sentences `from` to `to`. */
  tagged: (from: number, to: number) => TaggedName[];
  /**
   * How many answers of the tagger's document context changed since the previous version (-1:
   * unknown); with none, a sentence whose words and rules' names are the same is tagged the same.
   */
  contextChanges: number;
  /** The tagger's model. */
  model: object;
  rules: {mentions: readonly EntityMention[]; demonyms: readonly Demonym[]};
  layout: Layout;
  /** The rules' last-resort guesses (entities.ts `guessedMentions`). */
  guessed: WeakSet<EntityMention>;
  /** Whether a tagged name may stand (entities.ts `isNeverName` says no). */
  mayBeName: (text: string, start: number, end: number) => boolean;
  /** The tagger's names nested in the given names combined so far (those of whole sentences). */
  nestedIn: (mentions: readonly EntityMention[]) => TaggedName[];
  memo?: AnalysisMemo;
}

const always = () => true;
const none = () => null;

/** `gather(mentions)`, asked only when needed. */
function facts<F>(gather: (mentions: readonly EntityMention[]) => F, mentions: readonly EntityMention[]): () => F {
  return () => gather(mentions);
}

/**
 * What the article-wide facts of the passes read of each name: its type and text, and whether it
 * lies inside a longer name (`namesStandingAlone`). Sorted as the passes hand them on.
 */
function mentionKeys(mentions: readonly EntityMention[], _sentences: readonly SentenceSpan[], emit: (key: string) => void): void {
  let reach = -1;
  for (let index = 0; index < mentions.length; ) {
    const {start, end} = mentions[index]!;
    const inside = reach >= end;
    for (; index < mentions.length && mentions[index]!.start === start && mentions[index]!.end === end; index++) emit(`${mentions[index]!.type}\u0001${Number(inside)}\u0001${mentions[index]!.text}`);
    reach = Math.max(reach, end);
  }
}

function sameTagged(old: TaggedName, now: TaggedName, delta: number, sentenceDelta: number): boolean {
  return old.start + delta === now.start && old.end + delta === now.end && old.type === now.type && old.nested === now.nested && old.sentence + sentenceDelta === now.sentence;
}

function sameDemonym(old: Demonym, now: Demonym, delta: number): boolean {
  return old.start + delta === now.start && old.end + delta === now.end && old.text === now.text && old.country === now.country;
}

function sameStandingAlone(a: NamesStandingAlone, b: NamesStandingAlone): boolean {
  return sameMap(a.standalone, b.standalone) && sameSet(a.surnames, b.surnames);
}

function sameOrNull<T>(same: (a: T, b: T) => boolean): (a: T | null, b: T | null) => boolean {
  return (a, b) => (a === null || b === null ? a === b : same(a, b));
}

export function passesAfterTagging({tagged, contextChanges, model, rules, layout, guessed, mayBeName, nestedIn, memo}: PassesInput): EntityMention[] {
  const {text} = layout;
  const passes = new NearEdit(memo?.previous<PassesState>('entity-passes'), text, layout.sentences);
  const sameRule = (old: EntityMention, now: EntityMention, delta: number, sentenceDelta: number) => sameMention(old, now, delta, sentenceDelta) && guessed.has(old) === guessed.has(now);

  // The tagger's names hold where its model is the same and no answer of its context changed.
  const context = () => ({model, changes: contextChanges});
  const sameContext = (before: {model: object}, now: {model: object; changes: number}) => now.model === before.model && now.changes === 0;
  const outer = passes.pass('tagger', [rules.mentions] as const, [sameRule], context, sameContext, (_near, _changes, from, to) => tagged(from, to));
  let mentions = passes.pass('combine', [outer, rules.mentions, rules.demonyms] as const, [sameTagged, sameRule, sameDemonym], none, always, ([names, mentions, demonyms]) =>
    combine(names.filter((name) => mayBeName(text, name.start, name.end)), {mentions, demonyms}, text, guessed),
  );
  const nested = passes.pass('nested-tagger', [mentions] as const, [sameMention], context, sameContext, ([near]) => nestedIn(near));
  mentions = passes.pass('nested', [mentions, nested] as const, [sameMention, sameTagged], facts(nameTexts, mentions), sameSet, ([given, nested], texts) => withNested(given, nested, text, texts), mentionKeys);
  mentions = passes.pass('known-inside', [mentions] as const, [sameMention], facts(namesStandingAlone, mentions), sameStandingAlone, ([given], known) => withKnownInside(given, text, known), mentionKeys);
  mentions = passes.pass('compounds', [mentions] as const, [sameMention], facts(peopleNamed, mentions), sameSet, ([given], people) => splitCompounds(given, text, people), mentionKeys);
  mentions = passes.pass('localities', [mentions] as const, [sameMention], facts(surnameParticlesOf, mentions), sameMap, ([given], particles) => withPlacesAndParticles(given, text, particles), mentionKeys);
  const given = mentions;
  mentions = passes.pass('common-capitals', [mentions] as const, [sameMention], () => commonCapitals(given, layout), sameOrNull(sameSet), ([near], notNames) => withoutCommonCapitals(near, layout, notNames), (names, sentences, emit) => {
    mentionKeys(names, sentences, emit);
    for (const sentence of sentences) capitalUses(sentence, emit);
  });
  mentions = passes.pass('acronyms', [mentions] as const, [sameMention], facts((names) => definedAcronyms(names, text), mentions), sameMap, ([given], types) => withDefinedAcronyms(given, text, types));
  mentions = passes.pass('repeated', [mentions] as const, [sameMention], facts(repeatedNames, mentions), sameRepeatedNames, ([given], known, from, to) => withRepeatedNames(given, layout, known, from, to), mentionKeys);
  mentions = passes.pass('lists', [mentions] as const, [sameMention], facts(listSurnames, mentions), sameSet, ([given], surnames, from, to) => withListMembers(given, layout, surnames, from, to), mentionKeys);
  memo?.keep('entity-passes', passes.state());
  return mentions;
}
