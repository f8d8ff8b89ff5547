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
import {readsChanged, type AnalysisMemo, type ContextChange, type TaggingNote} from '../memo.js';
import type {TaggedName} from './tagger.js';
import {combine, nameTexts, namesStandingAlone, withKnownInside, withNested, type NamesStandingAlone} from './combine.js';
import {peopleNamed, splitCompounds, surnameParticlesOf, withPlacesAndParticles} from './compounds.js';
import {capitalUses, commonCapitals, withoutCommonCapitals} from './common-capitals.js';
import {acronymKeys, definedAcronyms, withDefinedAcronyms} from './acronyms.js';
import {mayHoldName, repeatedNames, repeatedNamesChanged, sameRepeatedNames, withRepeatedNames} from './repeated.js';
import {listSurnames, withListMembers} from './lists.js';
import {NearEdit, sameMap, sameMention, sameSet, type Local, type PassesState} from './near-edit.js';
import {capitalTable, placedWords} from '../text/sentences.js';

export interface PassesInput {
  /** The tagger's names in sentences `from` to `to`; `note` is given each sentence's tagging (memo.ts `TaggingNote`). */
  tagged: (from: number, to: number, note?: TaggingNote) => TaggedName[];
  /** The tagger's model. */
  model: object;
  rules: {mentions: readonly EntityMention[]; demonyms: readonly Demonym[]};
  layout: Layout;
  /** The rules' last-resort guesses (entities.ts `guessedMentions`). */
  guessed: WeakSet<EntityMention>;
  /** Whether a tagged name may stand (entities.ts `isNeverName` says no). */
  mayBeName: (text: string, start: number, end: number) => boolean;
  /** The tagger's names nested in the given names combined so far (those of whole sentences). */
  nestedIn: (mentions: readonly EntityMention[], note?: TaggingNote) => TaggedName[];
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

/** The keys in one set and not the other. */
function setChanges<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const changed = new Set<T>();
  for (const item of a) if (!b.has(item)) changed.add(item);
  for (const item of b) if (!a.has(item)) changed.add(item);
  return changed;
}

/** The keys with another value (or none) in one map than in the other. */
function mapChanges<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): Set<K> {
  const changed = new Set<K>();
  for (const [key, value] of a) if (b.get(key) !== value || !b.has(key)) changed.add(key);
  for (const key of b.keys()) if (!a.has(key)) changed.add(key);
  return changed;
}

/** Emits the names `test` holds for. */
function emitWhere<T extends {start: number; end: number}>(items: readonly T[], test: (item: T) => boolean, emit: (start: number, end: number) => void): void {
  for (const item of items) if (test(item)) emit(item.start, item.end);
}

/** Whether `value` holds one of `parts`. */
function holdsAny(value: string, parts: ReadonlySet<string>): boolean {
  for (const part of parts) if (value.includes(part)) return true;
  return false;
}

/** The tagger's facts: its model, and the document context's answers changed since the version before. */
interface TaggerContext {
  model: object;
  /**
   * None without the incremental memo; its keys none when the log cannot say. With no key
   * changed, a sentence whose words and rules' names are the same is tagged the same.
   */
  changed: ContextChange | undefined;
}

function sameOrNull<T>(same: (a: T, b: T) => boolean): (a: T | null, b: T | null) => boolean {
  return (a, b) => (a === null || b === null ? a === b : same(a, b));
}

export function passesAfterTagging({tagged, model, rules, layout, guessed, mayBeName, nestedIn, memo}: PassesInput): EntityMention[] {
  const {text} = layout;
  const passes = new NearEdit(memo?.previous<PassesState>('entity-passes'), text, layout.sentences);
  const sameRule = (old: EntityMention, now: EntityMention, delta: number, sentenceDelta: number) => sameMention(old, now, delta, sentenceDelta) && guessed.has(old) === guessed.has(now);

  // The tagger's names hold where its model is the same and no answer of its context changed;
  // where some changed, in the sentences whose tagging asked about them (memo.ts `readsChanged`).
  // The version's changes are kept even when there are none: the next version's are read against its number.
  // One object for both tagger passes: the changed keys are gathered from the log once a version.
  let taggerContext: TaggerContext | undefined;
  const context = (): TaggerContext => (taggerContext ??= {model, changed: memo?.contextChanged()});
  const sameContext = (before: TaggerContext, now: TaggerContext) => now.model === before.model && now.changed?.keys?.size === 0;
  const sentences = layout.sentences;
  const taggerLocal: Local<TaggerContext> = {
    affected(before, now, noteOf, emit) {
      // The log's changes are those since the version before the tracker's last: the passes' last run.
      if (now.model !== before.model || !now.changed?.keys || !before.changed || now.changed.generation !== before.changed.generation + 1) return false;
      const keys = [...now.changed.keys.keys()];
      const bits = [...now.changed.keys.values()];
      for (let at = 0; at < sentences.length; at++) if (readsChanged(noteOf(at), keys, bits)) emit(sentences[at]!.start, sentences[at]!.end);
      return true;
    },
  };
  const outer = passes.pass('tagger', [rules.mentions] as const, [sameRule], context, sameContext, (_near, _changes, from, to, note) => tagged(from, to, note), undefined, taggerLocal);
  let mentions = passes.pass('combine', [outer, rules.mentions, rules.demonyms] as const, [sameTagged, sameRule, sameDemonym], none, always, ([names, mentions, demonyms]) =>
    combine(names.filter((name) => mayBeName(text, name.start, name.end)), {mentions, demonyms}, text, guessed),
  );
  const nested = passes.pass('nested-tagger', [mentions] as const, [sameMention], context, sameContext, ([near], _changes, _from, _to, note) => nestedIn(near, note), undefined, taggerLocal);
  // Each local pass below names what its run reads of the facts that changed: names whose text
  // is (or holds, or ends with) a changed text, or sentences with a capital opening a changed name.
  const nestedLocal: Local<Set<string>> = {
    affected(before, now, _noteOf, emit) {
      const changed = setChanges(before, now);
      emitWhere(nested, (name) => changed.has(text.slice(name.start, name.end)), emit);
      return true;
    },
  };
  mentions = passes.pass('nested', [mentions, nested] as const, [sameMention, sameTagged], facts(nameTexts, mentions), sameSet, ([given, nested], texts) => withNested(given, nested, text, texts), mentionKeys, nestedLocal);
  const beforeKnownInside = mentions;
  const knownInsideLocal: Local<NamesStandingAlone> = {
    affected(before, now, _noteOf, emit) {
      // firstWords and surnameStarts are made from the two and only spare trying parts.
      const changed = new Set([...mapChanges(before.standalone, now.standalone), ...setChanges(before.surnames, now.surnames)]);
      emitWhere(beforeKnownInside, (item) => item.text.includes(' ') && holdsAny(item.text, changed), emit);
      return true;
    },
  };
  mentions = passes.pass('known-inside', [mentions] as const, [sameMention], facts(namesStandingAlone, mentions), sameStandingAlone, ([given], known) => withKnownInside(given, text, known), mentionKeys, knownInsideLocal);
  const beforeCompounds = mentions;
  const compoundsLocal: Local<Set<string>> = {
    affected(before, now, _noteOf, emit) {
      const changed = setChanges(before, now);
      emitWhere(beforeCompounds, (item) => holdsAny(item.text, changed), emit);
      return true;
    },
  };
  mentions = passes.pass('compounds', [mentions] as const, [sameMention], facts(peopleNamed, mentions), sameSet, ([given], people) => splitCompounds(given, text, people), mentionKeys, compoundsLocal);
  const beforeLocalities = mentions;
  const localitiesLocal: Local<Map<string, string>> = {
    affected(before, now, _noteOf, emit) {
      const changed = mapChanges(before, now);
      emitWhere(beforeLocalities, (item) => item.type === 'person' && changed.has(item.text.slice(item.text.lastIndexOf(' ') + 1)), emit);
      return true;
    },
  };
  mentions = passes.pass('localities', [mentions] as const, [sameMention], facts(surnameParticlesOf, mentions), sameMap, ([given], particles) => withPlacesAndParticles(given, text, particles), mentionKeys, localitiesLocal);
  const given = mentions;
  // With the memo, the article's capitalised words are counted in step with its lines, not read
  // again: every version, so that each counts only the lines it changed.
  const capitalCounts = memo?.capitalCounts(layout.sentences);
  mentions = passes.pass('common-capitals', [mentions] as const, [sameMention], () => commonCapitals(given, layout, capitalCounts), sameOrNull(sameSet), ([near], notNames) => withoutCommonCapitals(near, layout, notNames), (names, sentences, emit) => {
    mentionKeys(names, sentences, emit);
    for (const sentence of sentences) capitalUses(sentence, emit);
  });
  mentions = passes.pass('acronyms', [mentions] as const, [sameMention], facts((names) => definedAcronyms(names, text), mentions), sameMap, ([given], types) => withDefinedAcronyms(given, text, types), acronymKeys);
  const beforeRepeated = mentions;
  const repeatedLocal: Local<ReturnType<typeof repeatedNames>> = {
    affected(before, now, _noteOf, emit) {
      const {texts, names} = repeatedNamesChanged(before, now);
      // Names retyped by a changed majority, and sentences where a changed name may be found again.
      emitWhere(beforeRepeated, (item) => texts.has(item.text), emit);
      if (names.size === 0) return true;
      const capitals = capitalTable(layout);
      for (let at = 0; at < sentences.length; at++) {
        // Texts only: the words as kept serve, unmoved (most sentences' are never copied).
        if (mayHoldName(placedWords(sentences[at]!).words, capitals[at]!, names)) emit(sentences[at]!.start, sentences[at]!.end);
      }
      return true;
    },
  };
  mentions = passes.pass('repeated', [mentions] as const, [sameMention], facts(repeatedNames, mentions), sameRepeatedNames, ([given], known, from, to) => withRepeatedNames(given, layout, known, from, to), mentionKeys, repeatedLocal);
  const beforeLists = mentions;
  const listsLocal: Local<Set<string>> = {
    affected(before, now, _noteOf, emit) {
      const changed = setChanges(before, now);
      emitWhere(beforeLists, (item) => item.type === 'person' && changed.has(item.text), emit);
      return true;
    },
  };
  mentions = passes.pass('lists', [mentions] as const, [sameMention], facts(listSurnames, mentions), sameSet, ([given], surnames, from, to) => withListMembers(given, layout, surnames, from, to), mentionKeys, listsLocal);
  memo?.keep('entity-passes', passes.state());
  return mentions;
}
