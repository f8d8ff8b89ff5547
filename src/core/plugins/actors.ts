/**
 * retext plugin: actors, the people and organisations behind the mentions.
 *
 * Names are grouped (full name, surname, title + surname; acronyms with the name they abbreviate),
 * then role phrases ("the Salvadoran president") and pronouns are resolved to the actor they
 * refer to, and a place that speaks or acts ("Washington attributes …") becomes its government.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {ActorMention, EntityMention} from '../data-map.js';
import type {Actor, Span} from '../model.js';
import {countryByCapital, countryByDemonym, countryByName, type Country} from '../data/countries.js';
import {genderOfGivenName, genderOfPronoun, genderOfWords, type Gender} from '../data/gender.js';
import {honorifics, organizationRoleNouns, roleNouns} from '../data/titles.js';
import {kindInOtherLanguages, knownOrganizations, organizationWords, partyMembers} from '../data/organizations.js';
import {largeRegions} from '../data/places.js';
import {isGivenName} from '../data/first-names.js';
import {firstReading, isCommonWord} from '../data/lexicon.js';
import {personPronouns, speechVerbs} from '../data/speech.js';
import {layoutOf, placedWords, type SentenceSpan, type Word} from '../text/sentences.js';
import {findContaining, findStartingIn, lowerBoundOfNumbers, overlapping, within} from '../text/span-index.js';
import {detached} from '../text/kept-by-text.js';
import {textChange} from '../text/changes.js';
import {isCapitalisedParticle} from '../ner/name-words.js';
import {componentsOf, passNearEdit, type Components, type EntityKeys, type NamePass, type PassActor} from './actors-near-edit.js';

const nameSuffixes = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** Verbs after a place that make it act as a government ("Washington attributes", "The U.S. is urging"). */
const actingVerb = /^\s+(?:(?:is|was|has|have|had|will|would)\s+)?(\p{Ll}+)/u;
const governmentVerbs: ReadonlySet<string> = new Set(['attributes', 'attributed', 'accuses', 'accused', 'wants', 'wanted', 'demands', 'demanded', 'insists', 'insisted', 'rejects', 'rejected', 'denies', 'denied', 'says', 'said', 'urging', 'urges', 'urged', 'announced', 'announces', 'warned', 'warns', 'imposed', 'imposes', 'sanctioned', 'blamed', 'blames', 'considers', 'considered', 'views', 'viewed', 'responded', 'condemned', 'condemns']);

/** Seats of a country's government, which act as that government ("the Kremlin said" → the Russian government). */
const seatCountries: ReadonlyMap<string, string> = new Map([
  ['white house', 'united states'],
  ['kremlin', 'russia'],
  ['downing street', 'united kingdom'],
  ['whitehall', 'united kingdom'],
  ['élysée', 'france'],
  ['elysee', 'france'],
]);

/** Seats of government and states of the past that act as their governments ("the White House said"). */
const governmentSeats: ReadonlySet<string> = new Set([...seatCountries.keys(), 'pentagon', 'soviet union', 'ussr', 'yugoslavia', 'czechoslovakia', 'east germany', 'west germany']);

/**
 * The government a place acting as one stands for: its registry key and its actor's name. A
 * country's by its demonym ("Chinese government", "Hungarian government"; the United States'
 * as "U.S. government"), shared by its capital, its names and its seats; a seat or a past state
 * with no country is the actor itself ("Pentagon", "Soviet Union"); a state or province is its
 * own ("Texas government").
 */
function governmentOf(place: string): {key: string; name: string} {
  const lower = place.toLowerCase();
  const seat = seatCountries.get(lower);
  const country = countryByCapital.get(lower) ?? countryByName.get(seat ?? lower);
  if (country) return {key: `government:${country.name}`, name: `${country.name === 'United States' ? 'U.S.' : (country.demonyms[0] ?? country.name)} government`};
  return {key: `government:${lower}`, name: governmentSeats.has(lower) ? place : `${place} government`};
}

/** A country, a capital, a state or province, or a seat of government: a place that can act as a government. */
function mayStandForGovernment(name: string): boolean {
  const lower = name.toLowerCase();
  return countryByCapital.has(lower) || countryByName.has(lower) || largeRegions.has(lower) || governmentSeats.has(lower);
}

/** Whether a place ending at `end` acts as its government: a verb of acting follows. */
function actsAsGovernment(text: string, end: number): boolean {
  const verb = actingVerb.exec(text.slice(end, end + 40));
  return verb !== null && (governmentVerbs.has(verb[1]!) || speechVerbs.has(verb[1]!));
}

/** How far before a place the layer reads, for the name it ends (`endsName`). */
const NAME_BEFORE_REACH = 40;

/**
 * "The Bank of England said", "the University of Texas said": the place ends another name, whose
 * verb that is; it acts for no government. Reads NAME_BEFORE_REACH characters before it.
 */
function endsName(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}.&'’-]*\s+(?:of|de|for)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - NAME_BEFORE_REACH), start));
}

/** Whether a place acts as its government: a verb of acting after it, and no name it ends. */
function actsForGovernment(text: string, place: EntityMention): boolean {
  return actsAsGovernment(text, place.end) && !endsName(text, place.start);
}

/** The acronym introduced in parentheses right after an organisation's name ending at `end`. */
function acronymAfter(text: string, end: number): string | undefined {
  return /^\s*\((\p{Lu}[\p{Lu}.&-]{1,9})\)/u.exec(text.slice(end, end + 14))?.[1];
}

/** The apposition set off by commas right after a name ending at `end` ("Bukele, the Salvadoran president,", "Kent Walker, Google's general counsel,"). */
/** "Republican of Iowa": a lawmaker's party and state, as The New York Times sets them off. */
const partyOfState = new RegExp(`^(?:${[...partyMembers].join('|')}) of \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?$`, 'u');

/** "Özgür Özel, head of the Republican People's Party (CHP),": an office of a body, with no article. */
const officeOfBody = /^,\s+((?:head|chief|director|leader|chairman|chairwoman|chair|president|secretary|founder|spokesman|spokeswoman|spokesperson)\s+(?:of|at|for)\s+[^,;:.“”"]{3,70}?)(?:,|\.(?=\s|$))/u;

function appositionAfter(text: string, end: number): string | undefined {
  // "Charles E. Grassley, Republican of Iowa,": a party and a state, as The New York Times writes a lawmaker's.
  const party = /^,\s+([^,]{5,40}),/u.exec(text.slice(end, end + 50))?.[1];
  if (party && partyOfState.test(party)) return party;
  // The apposition may close the sentence: "…," said Justice Norma Piña, the court's president.
  const phrase = (/^,\s+((?:the|a|an|\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3}['’]s)\s+[^,;:.“”"]{3,70}?)(?:,|\.(?=\s|$))/u.exec(text.slice(end, end + 90)) ?? officeOfBody.exec(text.slice(end, end + 90)))?.[1];
  // "Clinton, President Obama's approval rating remains strong,": a clause, not an apposition.
  return phrase && !phrase.split(/\s+/u).some((word) => /^(?:VB[DPZ]|MD)$/u.test(firstReading(word) ?? '')) ? phrase : undefined;
}

const phraseOpeningSentence = /(?:^|[.!?;:“"]\s*|\n)\s*((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}['’]s)\s+[^,;:.“”"\n]{3,70}?),\s+$/u;

/**
 * The apposition of a name: set off by commas after it, or opening its sentence before it with
 * the name set off by commas ("The Salvadoran president, Nayib Bukele, said"). Reads
 * ENTITY_REACH characters on either side.
 */
function appositionOf(text: string, start: number, end: number): string | undefined {
  const after = appositionAfter(text, end);
  if (after) return after;
  const from = Math.max(0, start - ENTITY_REACH);
  if (text[end] === ',') {
    const before = phraseOpeningSentence.exec(text.slice(from, start));
    // A match at the window's edge may begin mid-sentence.
    if (before && (before.index > 0 || from === 0)) return before[1];
  }
  return titleInLowerCase(text.slice(from, start));
}

/** A capitalised name, then an office in lower case, right before a name ("Human Rights Watch director "). */
const lowerCaseTitle = /(?<![\p{L}\p{N}.&'’-])(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|de|\p{Lu}[\p{L}.&'’-]*)){0,4})\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+$/u;

/** Words that may stand in an office's name before its noun ("chief executive", "deputy director"). */
const officeModifiers = new Set(['chief', 'deputy', 'vice', 'senior', 'former', 'acting', 'interim', 'executive', 'general', 'foreign', 'prime', 'managing', 'assistant', 'associate', 'founding', 'top', 'regional', 'national', 'country']);

/**
 * "Human Rights Watch director Juanita Goebertus", "Amnesty's secretary general Agnès Callamard":
 * an organisation's or a place's office in lower case before a name, read as that person's role.
 * The name before it is a name, not an ordinary word opening the sentence ("Meanwhile president …").
 */
function titleInLowerCase(before: string): string | undefined {
  // Most names follow no word in lower case: the pattern, tried at every offset, is spared them.
  if (!/\p{Ll}\s+$/u.test(before)) return undefined;
  const match = lowerCaseTitle.exec(before);
  if (!match) return undefined;
  const office = match[2]!.split(/\s+/u);
  if (!roleNouns.has(office.at(-1)!) || !office.every((word) => roleNouns.has(word) || officeModifiers.has(word))) return undefined;
  const owner = match[1]!.replace(/^The\s+/u, '');
  const bare = owner.replace(/['’]s$/u, '');
  // A possessor is an owner ("Amnesty's"), but for a day's ("Today's").
  if (bare !== owner ? /^(?:Today|Yesterday|Tomorrow|This|That|Last|Next)$/u.test(bare) : !/\s/u.test(bare) && isCommonWord(bare) && !countryByDemonym.has(bare.toLowerCase()) && !countryByName.has(bare.toLowerCase())) return undefined;
  return `${owner} ${match[2]!}`;
}

export default function retextActors() {
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const layout = layoutOf(tree, text);
    const entities = file.data.entityMentions ?? [];
    const memo = file.data.memo;
    // What each sentence alone decides, one memo question per sentence for all three passes.
    const phrases = layout.sentences.map((sentence) => (memo ? memo.windowed('actor-phrases', sentence, text, 0, PHRASE_REACH, '', sentencePhrases) : sentencePhrases(sentence, text)));
    const before = memo?.previous<ActorsState>('actors');
    // Dropped until this run keeps its own: the near-edit pass changes the components it holds.
    memo?.keep('actors', undefined);
    const kept = before && moved(before, text, layout.sentences, entities, phrases);
    let result: Resolved;
    let pass: NamePass | undefined;
    let components: Components | undefined;
    if (kept) {
      result = kept.result;
      // The same entities in the same places: the same pass, and the same components; else
      // only places that act for no government changed, which the near-edit pass finds alone.
      if (kept.inPlace) ({pass, components} = before!);
      else {
        ({pass, components} = namePassNearEdit(before!, text, entities) ?? {pass: undefined, components: undefined});
        // (Its pass over those places names them again; their actors are none, as before.)
        if (pass) assignActors(entities, pass);
      }
    } else {
      const near = before && namePassNearEdit(before, text, entities);
      if (near) ({pass, components} = near);
      else {
        pass = namePass(text, entities);
        // With the memo, the components are made with the whole pass, when the article opens,
        // rather than on the first keystroke, which would wait for them.
        if (memo) components = componentsOf(entities.length, (index) => resolutionKeys(entities[index]!, text));
      }
      result = resolve(text, layout.sentences, entities, phrases, pass);
    }
    file.data.actors = result.actors;
    file.data.actorMentions = result.mentions;
    memo?.keep('actors', {text, entities, sentences: layout.sentences, phrases, ...result, pass, components} satisfies ActorsState);
  };
}

/** The layer's output, and the organisations' name mentions (sorted) that organisation phrases resolve to. */
interface Resolved {
  actors: Actor[];
  mentions: ActorMention[];
  named: ActorMention[];
}

/**
 * The name pass: each entity's actor, met left to right (of the entities at `only`, as if the
 * document held no others, when given).
 */
function namePass(text: string, entities: readonly EntityMention[], only?: readonly number[]): NamePass {
  const list = only ? only.map((index) => entities[index]!) : entities;
  const names = namesByFirstWord(list);
  const registry = new ActorRegistry(surnamesIn(list), names.person, names.organization);
  const creators: number[] = [];
  for (let at = 0; at < list.length; at++) {
    const entity = list[at]!;
    if (entity.type === 'place') {
      // Only a country, a capital, a state or a seat of government acts for a government: "the
      // University of California at Berkeley found" is a study, not a "Berkeley government".
      if (actsForGovernment(text, entity) && mayStandForGovernment(entity.text)) registry.government(entity);
    } else registry.name(entity, text);
    // (One entity's turn creates one actor at most.)
    if (creators.length < registry.created.length) creators.push(only ? only[at]! : at);
  }
  const created = registry.created;
  const indexOf = new Map(created.map((actor, index) => [actor.id, index]));
  const actorOf = new Int32Array(entities.length).fill(-1);
  for (let at = 0; at < list.length; at++) {
    const actor = list[at]!.actor;
    if (actor !== null) actorOf[only ? only[at]! : at] = indexOf.get(actor) ?? -1;
  }
  const actors = created.map((actor): PassActor => ({name: actor.name, type: actor.type as PassActor['type'], roles: actor.roles.slice(), gender: registry.genderOf(actor.id)}));
  return {actors, creators: Int32Array.from(creators), actorOf};
}

/** Each entity's actor id as the pass decided (ids follow creation order). */
function assignActors(entities: readonly EntityMention[], pass: NamePass): void {
  for (let at = 0; at < entities.length; at++) {
    const actor = pass.actorOf[at]!;
    const id = actor < 0 ? null : `a${actor + 1}`;
    if (entities[at]!.actor !== id) entities[at]!.actor = id;
  }
}

/**
 * The actors of a document and every mention of them, from its entities, sentence phrases and
 * name pass: appositions, role and organisation phrases, pronouns.
 */
function resolve(text: string, sentences: SentenceSpan[], entities: EntityMention[], phrases: readonly SentencePhrases[], pass: NamePass): Resolved {
  const registry = ActorRegistry.adopting(pass.actors);
  assignActors(entities, pass);

  const mentions: ActorMention[] = entities
    .filter((entity) => entity.actor)
    .map((entity) => ({start: entity.start, end: entity.end, text: entity.text, actor: entity.actor!, kind: 'name' as const}));

  // Appositions first: the roles and genders they state help resolve what follows.
  addAppositions(text, mentions, registry);
  mentions.push(...rolePhrases(sentences, phrases, text, registry, mentions));
  const organizations = new Set(registry.organizations().map((actor) => actor.id));
  const named = mentions.filter((item) => organizations.has(item.actor)).sort((a, b) => a.start - b.start);
  mentions.push(...organizationPhrases(sentences, phrases, text, registry, named));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(...pronouns(sentences, phrases, mentions, registry, text));
  mentions.sort((a, b) => a.start - b.start);

  for (const item of mentions) registry.get(item.actor)?.mentions.push({start: item.start, end: item.end, text: item.text});
  return {actors: registry.list(), mentions, named};
}

/**
 * What the layer keeps of a version for the next (incremental analysis only): what it read and
 * what it found.
 */
interface ActorsState extends Resolved {
  text: string;
  entities: readonly EntityMention[];
  sentences: readonly SentenceSpan[];
  phrases: readonly SentencePhrases[];
  /** What the name pass decided (none after a reuse that changed which entities there are). */
  pass: NamePass | undefined;
  /** The entities' components by `resolutionKeys` (made when first needed). */
  components: Components | undefined;
}

/** How far before and after an entity the layer reads the text (an apposition, an acronym, a verb). */
const ENTITY_REACH = 90;

/**
 * The previous version's result, moved past the edit, when everything the layer reads is the
 * same but for where it lies: most edits change no name, role phrase or pronoun, and the actors
 * and their mentions then come out the same. What is compared, item by item: the entities with
 * their types, roles and the text after them (ENTITY_REACH), each sentence's place, paragraph
 * and phrases (role and organisation phrases, pronouns), whether the mentions in a sentence the
 * edit touched still open it (a pronoun's antecedent is the subject), and the organisations
 * within reach of an organisation phrase whose reach spans the edit. Items must lie wholly
 * before or after the edited text. Undefined when anything differs; the layer then resolves the
 * document afresh. (Moved mentions keep their texts, slices of the version that resolved them:
 * at most that one older version is kept alive.)
 */
function moved(before: ActorsState, text: string, sentences: SentenceSpan[], entities: EntityMention[], phrases: readonly SentencePhrases[]): {result: Resolved; inPlace: boolean} | undefined {
  const {prefix, suffixStart, delta} = textChange(before.text, text);
  const oldSuffix = suffixStart - delta;
  // An old span's offsets now, or -1 when it overlaps the edited text.
  const startOf = (start: number) => (start < prefix ? start : start >= oldSuffix ? start + delta : -1);
  const endOf = (end: number) => (end <= prefix ? end : end >= oldSuffix ? end + delta : -1);
  const clean = cleanAcross(before.text, text);

  const oldEntities = before.entities;
  const sameEntity = sameEntityAcross(before.text, text);
  // Each entity's counterpart in the version before, position for position; from the first
  // difference on, past the places that act for no government (see `pairedPastPlaces`), when a
  // place is there (before it, places are read alike in both versions, so skipping them would
  // pair the same entities again).
  let counterparts: ReadonlyArray<EntityMention | undefined> = oldEntities;
  const common = Math.min(entities.length, oldEntities.length);
  let same = 0;
  while (same < common && sameEntity(oldEntities[same]!, entities[same]!)) same++;
  if (same < common || entities.length !== oldEntities.length) {
    if (oldEntities[same]?.type !== 'place' && entities[same]?.type !== 'place') return undefined;
    const paired = pairedPastPlaces(oldEntities, before.text, entities, text, sameEntity, same);
    if (!paired) return undefined;
    counterparts = paired;
  }

  const oldSentences = before.sentences;
  if (oldSentences.length !== sentences.length) return undefined;
  const oldPhraseList = before.phrases;
  for (let at = 0; at < sentences.length; at++) {
    const old = oldSentences[at]!;
    const now = sentences[at]!;
    const oldPhrases = oldPhraseList[at]!;
    const nowPhrases = phrases[at]!;
    // The previous version's sentence itself, before the edit, with the memo's same phrases:
    // nothing below can differ (most sentences before the edit are).
    if (old === now && old.end < prefix && oldPhrases === nowPhrases) continue;
    if (old.paragraph !== now.paragraph || startOf(old.start) !== now.start || endOf(old.end) !== now.end) return undefined;
    const touched = old.end > prefix && old.start < oldSuffix;
    if (touched && !sameSubjects(before.mentions, old, now, startOf)) return undefined;
    // An organisation phrase after the edit whose reach holds it: the organisations named
    // within reach are the same ones (distances across the edit changed by its length).
    // (Only a sentence reaching past the edit's end and starting within reach of it holds one.)
    const organizations = now.end > suffixStart && now.start - ORGANIZATION_REACH - 1 <= prefix ? nowPhrases.organizations : noPhrases;
    for (let index = 0; index < organizations.length; index++) {
      const item = organizations[index]!;
      const start = now.start + item.start;
      if (start < suffixStart || start - ORGANIZATION_REACH - 1 > prefix) continue;
      const oldStart = start - delta;
      const then = nearbyOrganizations(before.named, oldStart, (end) => end);
      const nowNearby = nearbyOrganizations(before.named, start, (end) => (end <= prefix ? end : end + delta), Math.abs(delta));
      if (then.length !== nowNearby.length || then.some((named, index) => named !== nowNearby[index])) return undefined;
    }
    // The memo's same answer for an untouched sentence: the same words and phrases, moved alike.
    if (oldPhrases === nowPhrases && !touched) continue;
    if (!samePhrases(oldPhrases.roles, old, nowPhrases.roles, now, clean) || !samePhrases(oldPhrases.organizations, old, nowPhrases.organizations, now, clean)) return undefined;
    if (oldPhrases.roles.some((item, index) => item.country !== nowPhrases.roles[index]!.country)) return undefined;
    if (oldPhrases.pronouns.length !== nowPhrases.pronouns.length) return undefined;
    for (let index = 0; index < oldPhrases.pronouns.length; index++) {
      const oldWord = old.words[oldPhrases.pronouns[index]!]!;
      const nowWord = now.words[nowPhrases.pronouns[index]!]!;
      if (!clean(oldWord, nowWord) || oldWord.text !== nowWord.text) return undefined;
    }
  }

  // Nothing the layer reads changed: the same actors, their mentions after the edit moved.
  for (let at = 0; at < entities.length; at++) {
    const old = counterparts[at];
    // (Most already hold it: the entity layer's copies keep the actor of what they copy.)
    if (old && entities[at]!.actor !== old.actor) entities[at]!.actor = old.actor;
  }
  // Written out, not spread: a spread copy is several times slower, and there are thousands.
  const moveMention = (item: ActorMention): ActorMention => (delta === 0 || item.end <= prefix ? item : {start: item.start + delta, end: item.end + delta, text: item.text, actor: item.actor, kind: item.kind});
  const moveSpan = (item: Span): Span => (delta === 0 || item.end <= prefix ? item : {start: item.start + delta, end: item.end + delta, text: item.text});
  const mentions = before.mentions.map(moveMention);
  // An actor named only before the edit is the previous version's object (the layers only read actors).
  const actors = before.actors.map((actor): Actor => (delta === 0 || !movesAny(actor.mentions, prefix) ? actor : {id: actor.id, name: actor.name, type: actor.type, roles: actor.roles, mentions: actor.mentions.map(moveSpan)}));
  const named = before.named.map(moveMention);
  return {result: {actors, mentions, named}, inPlace: counterparts === oldEntities};
}

interface Positioned {
  start: number;
  end: number;
}

/** Whether an old span lies wholly before or after the edit between two versions, and `now` is it, moved. */
function cleanAcross(oldText: string, text: string): (old: Positioned, now: Positioned) => boolean {
  const {prefix, suffixStart, delta} = textChange(oldText, text);
  const oldSuffix = suffixStart - delta;
  return (old, now) => (old.end <= prefix ? now.start === old.start && now.end === old.end : old.start >= oldSuffix && now.start === old.start + delta && now.end === old.end + delta);
}

/**
 * Whether an entity of the version before is `now` for everything the layer reads of it: the
 * same type, text and role, lying wholly before or after the edit, with the same text read
 * around it where the edit lies within reach.
 */
function sameEntityAcross(oldText: string, text: string): (old: EntityMention, now: EntityMention) => boolean {
  const {prefix, suffixStart, delta} = textChange(oldText, text);
  const oldSuffix = suffixStart - delta;
  const clean = cleanAcross(oldText, text);
  return (old, now) => {
    if (!clean(old, now) || old.type !== now.type || old.text !== now.text || (old.role === null ? now.role !== null : now.role === null || old.role.text !== now.role.text)) return false;
    // The text after it, where the edit may lie: only what is read of it must be the same.
    if (old.end <= prefix && old.end + ENTITY_REACH > prefix && !sameReadAround(old, oldText, now, text)) return false;
    // The text before it, for an apposition that opens its sentence (a person's) or the name a
    // place ends (endsName).
    if (old.type === 'place') return !(old.start >= oldSuffix && old.start - NAME_BEFORE_REACH < oldSuffix && endsName(oldText, old.start) !== endsName(text, now.start));
    return !(old.type === 'person' && old.start >= oldSuffix && old.start - ENTITY_REACH < oldSuffix && appositionOf(oldText, old.start, old.end) !== appositionOf(text, now.start, now.end));
  };
}

/**
 * The name pass of a version near the edit from the one before (passNearEdit): the entities
 * are paired from either end while the same (`sameEntityAcross`); undefined when the version
 * before kept no pass.
 */
function namePassNearEdit(before: ActorsState, text: string, entities: readonly EntityMention[]): {pass: NamePass; components: Components} | undefined {
  if (!before.pass) return undefined;
  const oldEntities = before.entities;
  const same = sameEntityAcross(before.text, text);
  const common = Math.min(oldEntities.length, entities.length);
  let start = 0;
  while (start < common && same(oldEntities[start]!, entities[start]!)) start++;
  let end = 0;
  while (end < common - start && same(oldEntities[oldEntities.length - 1 - end]!, entities[entities.length - 1 - end]!)) end++;
  return passNearEdit({
    before: before.pass,
    components: before.components,
    beforeKeys: (index) => resolutionKeys(oldEntities[index]!, before.text),
    beforeCount: oldEntities.length,
    count: entities.length,
    same: start,
    sameAtEnd: end,
    keys: (index) => resolutionKeys(entities[index]!, text),
    run: (indices) => namePass(text, entities, indices),
  });
}

/**
 * Whether what the layer reads around an entity (of one type in both versions) is the same: a
 * place's verb that makes it act as its government, an organisation's acronym, a person's
 * apposition (its roles, its gender) and whether the name is a possessor (pronouns take none for
 * their antecedent). Nothing else is read around these (`resolve`).
 */
function sameReadAround(old: EntityMention, oldText: string, now: EntityMention, text: string): boolean {
  if (old.type === 'place') return actsForGovernment(oldText, old) === actsForGovernment(text, now);
  if (old.type === 'organization') return acronymAfter(oldText, old.end) === acronymAfter(text, now.end);
  return appositionOf(oldText, old.start, old.end) === appositionOf(text, now.start, now.end) && isPossessor(oldText, old.end) === isPossessor(text, now.end);
}

/**
 * Each of `entities`' counterpart in `oldEntities`: the first `from` position for position (found
 * `same`), then by position in the lists with the places that act for no government
 * (`actsAsGovernment`) in either version left out of both: resolution reads nothing else of a
 * place, so an edit that added, removed or changed only such places (typing in "San Salvador")
 * leaves it as it was. Undefined for those places; the whole pairing undefined when the other
 * entities are not pairwise `same`.
 */
function pairedPastPlaces(oldEntities: readonly EntityMention[], oldText: string, entities: readonly EntityMention[], text: string, same: (old: EntityMention, now: EntityMention) => boolean, from: number): Array<EntityMention | undefined> | undefined {
  const read = (entity: EntityMention, within: string) => entity.type !== 'place' || actsForGovernment(within, entity);
  const counterparts: Array<EntityMention | undefined> = oldEntities.slice(0, from);
  let at = from;
  for (let index = from; index < entities.length; index++) {
    const now = entities[index]!;
    if (!read(now, text)) {
      counterparts.push(undefined);
      continue;
    }
    while (at < oldEntities.length && !read(oldEntities[at]!, oldText)) at++;
    const old = oldEntities[at];
    if (!old || !same(old, now)) return undefined;
    counterparts.push(old);
    at++;
  }
  while (at < oldEntities.length && !read(oldEntities[at]!, oldText)) at++;
  return at === oldEntities.length ? counterparts : undefined;
}

/** Whether any of `spans` ends after `prefix` (and so moves with an edit there). */
function movesAny(spans: readonly Span[], prefix: number): boolean {
  for (let at = spans.length - 1; at >= 0; at--) if (spans[at]!.end > prefix) return true;
  return false;
}

/** Shared by the sentences whose phrases are not looked at; never added to. */
const noPhrases: readonly PhraseCandidate[] = Object.freeze([]);

/**
 * Whether the mentions in a sentence the edit touched open it as they did (`opensSentence`: its
 * words are read for nothing else but pronouns, compared with the phrases).
 */
function sameSubjects(mentions: readonly ActorMention[], old: SentenceSpan, now: SentenceSpan, startOf: (start: number) => number): boolean {
  for (const item of overlapping(mentions, old.start, old.end)) {
    if (item.start >= old.start && opensSentence(old, item.start) !== opensSentence(now, startOf(item.start))) return false;
  }
  return true;
}

/** Whether two sentences' phrase candidates are the same nouns at the same offsets now (offsets kept from each sentence's start). */
function samePhrases(old: readonly PhraseCandidate[], oldSentence: SentenceSpan, now: readonly PhraseCandidate[], nowSentence: SentenceSpan, clean: (old: Positioned, now: Positioned) => boolean): boolean {
  if (old.length !== now.length) return false;
  for (let index = 0; index < old.length; index++) {
    const a = old[index]!;
    const b = now[index]!;
    if (a.noun !== b.noun || !clean({start: oldSentence.start + a.start, end: oldSentence.start + a.end}, {start: nowSentence.start + b.start, end: nowSentence.start + b.end})) return false;
  }
  return true;
}

class ActorRegistry {
  /**
   * `surnames`: the last words of the document's people named in full ("Obama" of "Barack Obama");
   * `fullNames`: their full names by first word, for a given name used before the full name.
   */
  constructor(
    private readonly surnames: ReadonlySet<string>,
    private readonly fullNames: ReadonlyMap<string, readonly string[]> = new Map(),
    private readonly organizationNames: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  private readonly actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  private readonly byId = new Map<string, Actor>();
  /** Acronyms introduced in parentheses after an organisation's name. */
  private readonly acronyms = new Map<string, Actor>();
  private lastSeen = new Map<string, number>();
  /** What the text says of a person's gender (a title, a listed given name, a gendered role). */
  private readonly genders = new Map<string, Gender>();

  /**
   * A registry of the name pass's actors, numbered in order, for what follows the pass (which
   * looks actors up by id, reads their genders, adds roles and mentions): nothing is indexed.
   */
  static adopting(actors: readonly PassActor[]): ActorRegistry {
    const registry = new ActorRegistry(new Set());
    for (let index = 0; index < actors.length; index++) {
      const {name, type, roles, gender} = actors[index]!;
      const actor: Actor = {id: `a${index + 1}`, name, type, roles: roles.slice(), mentions: []};
      registry.actors.push(actor);
      registry.byId.set(actor.id, actor);
      if (gender) registry.genders.set(actor.id, gender);
    }
    return registry;
  }

  /** The actors made so far, in creation order. */
  get created(): readonly Actor[] {
    return this.actors;
  }

  genderOf(id: string): Gender | undefined {
    return this.genders.get(id);
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  list(): Actor[] {
    for (const actor of this.actors) actor.mentions.sort((a, b) => a.start - b.start);
    return this.actors.filter((actor) => actor.mentions.length > 0);
  }

  persons(): Actor[] {
    return this.actors.filter((actor) => actor.type === 'person');
  }

  recency(actor: Actor): number {
    return this.lastSeen.get(actor.id) ?? -1;
  }

  name(entity: EntityMention, text: string): void {
    const type = entity.type === 'person' ? 'person' : 'organization';
    const forms = formsOf(entity.text);
    const words = forms.words;
    const key = type === 'person' ? forms.personKey : forms.organizationKey;
    const gender = type === 'person' ? genderOfMention(entity, words) : undefined;
    let actor = this.byKey.get(key);
    // "Mrs. Clinton" after Bill and Hillary Clinton: the title picks between the namesakes.
    if (actor && gender && !this.agrees(actor.id, gender)) actor = undefined;
    if (!actor && type === 'person') actor = this.personFor(words, gender);
    // Named by the given name alone, the person stays out of the surname's recency: the writer
    // who calls one namesake "Melania" calls the other "Trump".
    const byGivenName = !actor && type === 'person' && words.length === 1 && (actor = this.givenNameFor(words[0]!, gender) ?? this.laterFullName(words[0]!, gender)) !== undefined;
    if (!actor && type === 'organization') actor = this.organizationFor(entity.text);
    if (!actor) {
      actor = {id: `a${this.actors.length + 1}`, name: entity.text, type, roles: [], mentions: []};
      this.actors.push(actor);
      this.byId.set(actor.id, actor);
      this.index(actor);
    }
    if (entity.text.length > actor.name.length && type === 'person') this.rename(actor, entity.text);
    if (!byGivenName) this.byKey.set(key, actor);
    if (entity.role) addRole(actor, entity.role.text);
    if (gender && !this.genders.has(actor.id)) this.genders.set(actor.id, gender);
    if (type === 'organization') {
      // "International Organization for Migration (IOM)": the acronym names the same actor later.
      const acronym = acronymAfter(text, entity.end);
      if (acronym) this.acronyms.set(acronym, actor);
    }
    entity.actor = actor.id;
    if (!byGivenName) this.lastSeen.set(actor.id, entity.start);
  }

  /** A place acting as its government: "Washington" → the U.S. government. */
  government(entity: EntityMention): void {
    const {key, name} = governmentOf(entity.text);
    let actor = this.byKey.get(key);
    if (!actor) {
      // The government acts through its capital's or its country's name: one actor for both.
      actor = {id: `a${this.actors.length + 1}`, name, type: 'organization', roles: [], mentions: []};
      this.actors.push(actor);
      this.byId.set(actor.id, actor);
      this.byKey.set(key, actor);
      this.index(actor);
    }
    entity.actor = actor.id;
    this.lastSeen.set(actor.id, entity.start);
  }

  /** Whether what is known of the actor's gender allows `gender` (unknown allows either). */
  agrees(actor: string, gender: Gender | undefined): boolean {
    const known = this.genders.get(actor);
    return !gender || !known || known === gender;
  }

  noteGender(actor: string, gender: Gender | undefined): void {
    if (gender && !this.genders.has(actor)) this.genders.set(actor, gender);
  }

  organizations(): Actor[] {
    return this.actors.filter((actor) => actor.type === 'organization');
  }

  /** The person a name belongs to: same full name, or the surname/given name of a fuller one. */
  private personFor(words: string[], gender: Gender | undefined): Actor | undefined {
    // Every test below wants the known name's last word to be the name's last word: only the
    // people under that surname are looked at (a scan of all made a long article quadratic).
    const candidates = (this.bySurname.get(words[words.length - 1]) ?? []).filter((actor) => {
      if (actor.type !== 'person') return false;
      if (!this.agrees(actor.id, gender)) return false;
      // The same words as splitting the name here, without a split per candidate and mention.
      const known = formsOf(actor.name).words;
      if (words.length === 1) return known[known.length - 1] === words[0];
      // A fuller name extends a known surname only ("Bukele" then "Nayib Bukele").
      if (known.length === 1) return words[words.length - 1] === known[0];
      return known[known.length - 1] === words[words.length - 1] && withParticlesLowered(known).endsWith(withParticlesLowered(words));
    });
    return this.mostRecent(candidates);
  }

  /**
   * "Nayib said" after "Nayib Bukele", "Xi" after "Xi Jinping": a name's first word alone is the
   * one person known by it, when only one is, the word is no one's surname in the article and no
   * ordinary word ("Universe" of "Universe Alicia Machado"), and the rest of the full name holds
   * no verb ("Obama" and a headline's "Obama Says African-American…").
   */
  private givenNameFor(word: string, gender: Gender | undefined): Actor | undefined {
    if (this.surnames.has(word)) return undefined;
    const given = (this.byGivenName.get(word) ?? []).filter((actor) => this.agrees(actor.id, gender) && !verbInName(actor.name));
    return given.length === 1 && standsAlone(word, given[0]!.name) ? given[0] : undefined;
  }

  /**
   * "Heidi" before "Heidi Cruz", a debate's "Donald" before "Donald Trump": a given name used
   * before the one full name that opens with it names that person, on the same terms as
   * `givenNameFor`. The actor is made under the full name, which later mentions then find.
   */
  private laterFullName(word: string, gender: Gender | undefined): Actor | undefined {
    const names = this.fullNames.get(word);
    if (names?.length !== 1 || this.surnames.has(word)) return undefined;
    const name = names[0]!;
    if (verbInName(name) || !standsAlone(word, name)) return undefined;
    const known = this.byKey.get(formsOf(name).personKey);
    if (known) return this.agrees(known.id, gender) ? known : undefined;
    return this.keyed(name, 'person');
  }

  /**
   * "Hofstra" and "Hofstra University", "Peabody" and "Peabody Energy": a word alone that opens
   * the name of one organisation the article names is that organisation, before or after it.
   */
  private byFirstWord(word: string): Actor | undefined {
    const names = this.organizationNames.get(word);
    if (names?.length !== 1 || organizationWords.has(word)) return undefined;
    return this.byKey.get(formsOf(names[0]!).organizationKey) ?? this.keyed(names[0]!, 'organization');
  }

  /** A new actor under a name met later in the article, found by that name's key from then on. */
  private keyed(name: string, type: 'person' | 'organization'): Actor {
    const actor: Actor = {id: `a${this.actors.length + 1}`, name, type, roles: [], mentions: []};
    this.actors.push(actor);
    this.byId.set(actor.id, actor);
    const forms = formsOf(name);
    this.byKey.set(type === 'person' ? forms.personKey : forms.organizationKey, actor);
    this.index(actor);
    return actor;
  }

  /** An organisation known under another form: an acronym, or the name an acronym abbreviates. */
  private organizationFor(name: string): Actor | undefined {
    const known = this.acronyms.get(name);
    if (known) return known;
    if (name.length <= 1) return undefined;
    // The first organisation (in creation order) whose initials are the name, or whose name is
    // the name's initials: the two lookups' first entries, the earlier of them.
    const byInitials = this.byInitials.get(name)?.[0];
    const byName = this.organizationsByName.get(initials(name))?.[0];
    // "the Commission" after "European Commission", "the Guard" after "National Guard", "the
    // Post" after "Washington Post": an organisation's head word alone is that organisation, the
    // one named last when several share it (not a body known by the word itself: "Democrats").
    if (!byInitials && !byName && (organizationWords.has(name) || (/^\p{Lu}\p{Ll}+$/u.test(name) && !knownOrganizations.has(name.toLowerCase())))) return this.mostRecent(this.byHead.get(name) ?? []) ?? this.byFirstWord(name);
    if (!byInitials || !byName) return byInitials ?? byName;
    return this.actors.indexOf(byInitials) <= this.actors.indexOf(byName) ? byInitials : byName;
  }

  /** People by the last word of their name (suffixes left out); organisations by name and initials. */
  private readonly bySurname = new Map<string | undefined, Actor[]>();
  /** People named in full, by their first word. */
  private readonly byGivenName = new Map<string | undefined, Actor[]>();
  private readonly byInitials = new Map<string, Actor[]>();
  private readonly organizationsByName = new Map<string, Actor[]>();
  /** Organisations of more than one word by their head word ("Commission", "Ministry" of "Ministry of Health"). */
  private readonly byHead = new Map<string, Actor[]>();

  private index(actor: Actor): void {
    if (actor.type === 'person') {
      push(this.bySurname, surnameOf(actor.name), actor);
      push(this.byGivenName, givenNameOf(actor.name), actor);
    } else {
      push(this.byInitials, initials(actor.name), actor);
      push(this.organizationsByName, actor.name, actor);
      const head = headWordOf(actor.name);
      if (head !== undefined) push(this.byHead, head, actor);
    }
  }

  private rename(actor: Actor, name: string): void {
    const before = surnameOf(actor.name);
    const givenBefore = givenNameOf(actor.name);
    actor.name = name;
    if (givenNameOf(name) !== givenBefore) {
      const list = this.byGivenName.get(givenBefore)!;
      list.splice(list.indexOf(actor), 1);
      push(this.byGivenName, givenNameOf(name), actor);
    }
    const after = surnameOf(name);
    if (after === before) return;
    // Kept in creation order, as the scan of all actors this replaces met them.
    const list = this.bySurname.get(before)!;
    list.splice(list.indexOf(actor), 1);
    const target = this.bySurname.get(after) ?? [];
    target.push(actor);
    target.sort((a, b) => this.actors.indexOf(a) - this.actors.indexOf(b));
    this.bySurname.set(after, target);
  }

  mostRecent(candidates: Actor[]): Actor | undefined {
    let best: Actor | undefined;
    for (const candidate of candidates) if (!best || this.recency(candidate) > this.recency(best)) best = candidate;
    return best;
  }

  touch(actor: string, offset: number): void {
    this.lastSeen.set(actor, offset);
  }
}

/** The head word of an organisation's name of more than one word ("Commission", "Ministry" of "Ministry of Health"). */
function headWordOf(name: string): string | undefined {
  if (!/\s/u.test(name)) return undefined;
  const head = /^(\S+(?:\s+\S+)*?)\s+(?:of|for)\s/u.exec(name)?.[1] ?? name;
  return head.split(/\s+/u).pop()!;
}

/**
 * The keys under which the name pass reads and writes what decides an entity's actor
 * (actors-near-edit.ts): entities with no key one reads and the other writes, directly or
 * through others, never read what the others wrote, and an edit redoes the pass only for those
 * its entities reach. Every lookup of `ActorRegistry` (and of the document-wide lists it is
 * given) must be keyed here, by the entities that write it and those that read it. (An entity
 * that joins an actor writes under that actor's keys too: it read one of them, written by the
 * entity that made or renamed the actor, which writes them all.)
 */
function resolutionKeys(entity: EntityMention, text: string): EntityKeys {
  if (entity.type === 'place') {
    if (!actsForGovernment(text, entity) || !mayStandForGovernment(entity.text)) return noKeys;
    const {key, name} = governmentOf(entity.text);
    // Detached, as every key: the components keep them from version to version.
    const government = detached(key);
    // `government`: the government's key, and its actor's name indexed as an organisation's.
    return {reads: [government], writes: [government, ...nameKeys(name, 'organization').writes]};
  }
  const keys = nameKeys(entity.text, entity.type);
  // An organisation's acronym in parentheses after it (`acronyms`).
  const acronym = entity.type === 'organization' ? acronymAfter(text, entity.end) : undefined;
  return acronym ? {reads: keys.reads, writes: [...keys.writes, detached(`acronym:${acronym}`)]} : keys;
}

const noKeys: EntityKeys = Object.freeze({reads: Object.freeze([]), writes: Object.freeze([])});

const keysCache = new Map<string, EntityKeys>();

/** `resolutionKeys` of a name alone; memoised by type and name, as `formsOf` is. */
function nameKeys(name: string, type: 'person' | 'organization'): EntityKeys {
  const cacheKey = `${type === 'person' ? 'p' : 'o'}${name}`;
  let keys = keysCache.get(cacheKey);
  if (keys) return keys;
  const forms = formsOf(name);
  const words = forms.words;
  const own = detached(name);
  if (type === 'person') {
    const surname = `surname:${words[words.length - 1]}`;
    // byKey; bySurname and the article's surnames (`personFor`, `givenNameFor`, `index`,
    // `rename`); byGivenName and the full names by first word, written under a full name's
    // first word and read under a one-word name (`givenNameFor`, `laterFullName`).
    keys = words.length === 1 ? {reads: [forms.personKey, surname, `given:${words[0]}`], writes: [forms.personKey, surname]} : {reads: [forms.personKey, surname], writes: [forms.personKey, surname, `given:${words[0]}`]};
  } else {
    // byKey; acronyms, byInitials and organizationsByName (`organizationFor`, `index`); byHead
    // and the organisations' names by first word, written under a name of several words (its
    // head and first word), read under a one-word name (`organizationFor`, `byFirstWord`).
    const abbreviated = initials(own);
    const reads = [forms.organizationKey, `acronym:${own}`, `initials:${own}`, `head:${own}`, `first:${own}`];
    if (abbreviated) reads.push(`name:${abbreviated}`);
    const writes = [forms.organizationKey, `name:${own}`];
    if (abbreviated) writes.push(`initials:${abbreviated}`);
    const head = headWordOf(own);
    if (head !== undefined) writes.push(`head:${head}`);
    if (words.length > 1) writes.push(`first:${words[0]}`);
    keys = {reads, writes};
  }
  if (keysCache.size > 10000) keysCache.clear();
  keysCache.set(detached(cacheKey), keys);
  return keys;
}

function push(map: Map<string | undefined, Actor[]>, key: string | undefined, actor: Actor): void {
  const list = map.get(key);
  if (list) list.push(actor);
  else map.set(key, [actor]);
}

/** The last words of the names of the people an article names in full. */
function surnamesIn(entities: readonly EntityMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const words = formsOf(entity.text).words;
    if (words.length > 1) surnames.add(words[words.length - 1]!);
  }
  return surnames;
}

/** A Korean given name as romanised in the news: two syllables, the second in lower case ("Ki-moon", "Jae-in"). */
const koreanGivenName = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** A verb after a name's first word: a headline's "Obama Says African-American…" is no full name. */
function verbInName(name: string): boolean {
  return formsOf(name).words.slice(1).some((rest) => firstReading(rest)?.startsWith('VB') === true);
}

/**
 * Whether the first word of `name` may stand for it alone: no ordinary word ("Universe" of
 * "Universe Alicia Machado") unless a given name, or a Korean name's surname ("Ban" of "Ban Ki-moon").
 */
function standsAlone(word: string, name: string): boolean {
  return !isCommonWord(word) || isGivenName(word) || koreanGivenName.test(formsOf(name).words.at(-1)!);
}

/** The distinct names of two words or more of an article's people and of its organisations, by their first word. */
function namesByFirstWord(entities: readonly EntityMention[]): {person: Map<string, string[]>; organization: Map<string, string[]>} {
  const found = {person: new Map<string, string[]>(), organization: new Map<string, string[]>()};
  for (const entity of entities) {
    if (entity.type === 'place') continue;
    const words = formsOf(entity.text).words;
    if (words.length < 2) continue;
    const names = found[entity.type];
    const list = names.get(words[0]!);
    if (!list) names.set(words[0]!, [entity.text]);
    else if (!list.includes(entity.text)) list.push(entity.text);
  }
  return found;
}

/** The first word of a name of two words or more; none for a name of one word. */
function givenNameOf(name: string): string | undefined {
  const words = formsOf(name).words;
  return words.length > 1 ? words[0] : undefined;
}

/** The last word of a person's name, suffixes ("Jr.") left out: what personFor compares. */
function surnameOf(name: string): string | undefined {
  const words = formsOf(name).words;
  return words[words.length - 1];
}

/** A name's words (suffixes left out) and its registry keys; `words` is shared, never changed. */
interface NameForms {
  words: string[];
  personKey: string;
  organizationKey: string;
}

const formsCache = new Map<string, NameForms>();

/**
 * A name's words joined, a surname's particle in lower case however the text capitalised it:
 * "Von der Leyen added" is Ursula von der Leyen, "De Niro" Robert De Niro. (Only for comparing
 * names: "Al" stays the given name of "Al Gore" everywhere else.)
 */
function withParticlesLowered(words: readonly string[]): string {
  return words.map((word, at) => (at < words.length - 1 && isCapitalisedParticle(word) ? word.toLowerCase() : word)).join(' ');
}

/**
 * Memoised by the name's text: every edit names every actor again, and splitting each name and
 * hashing a new key string for it was most of the registry's time. Keys are detached copies, so
 * the cache holds no version of the document.
 */
function formsOf(name: string): NameForms {
  let found = formsCache.get(name);
  if (!found) {
    const own = detached(name);
    const lower = own.toLowerCase();
    found = {words: own.split(/\s+/).filter((word) => !nameSuffixes.has(word)), personKey: `person:${lower}`, organizationKey: `organization:${lower}`};
    if (formsCache.size > 10000) formsCache.clear();
    formsCache.set(own, found);
  }
  return found;
}

const initialsCache = new Map<string, string>();

/** Memoised: every organisation mention compares its initials with every known organisation. */
function initials(name: string): string {
  let found = initialsCache.get(name);
  if (found === undefined) {
    found = computeInitials(name);
    if (initialsCache.size > 10000) initialsCache.clear();
    initialsCache.set(name, found);
  }
  return found;
}

function computeInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** The gender a person's mention states: its title ("Mrs."), else its listed given name. */
function genderOfMention(entity: EntityMention, words: string[]): Gender | undefined {
  const fromRole = entity.role ? genderOfWords(entity.role.text) : undefined;
  if (fromRole) return fromRole;
  return words.length > 1 ? genderOfGivenName(words[0]!) : undefined;
}

function addRole(actor: Actor, role: string): void {
  const clean = role.trim();
  if (!clean || honorifics.has(clean)) return;
  if (!actor.roles.some((known) => known.toLowerCase() === clean.toLowerCase())) actor.roles.push(clean);
}

/** The offices a country's leader holds, for "the Mexican leader". */
const leadingOffices = ['leader', 'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch'];

/**
 * "The Salvadoran president", "the secretary": the most recent person whose roles name that
 * office (and that country, when a demonym or country is given).
 */
function rolePhrases(sentences: SentenceSpan[], phrases: readonly SentencePhrases[], text: string, registry: ActorRegistry, names: ActorMention[]): ActorMention[] {
  const found: ActorMention[] = [];
  // Each actor's name mentions in order, for "named before this offset" without a scan of all.
  const startsByActor = new Map<string, number[]>();
  for (const item of names) {
    const starts = startsByActor.get(item.actor);
    if (starts) starts.push(item.start);
    else startsByActor.set(item.actor, [item.start]);
  }
  // The people whose roles hold a noun (and name a country, when the phrase does), by noun and
  // country: roles are all known by now (names and appositions came first), and joining every
  // person's roles for every phrase was most of the layer's time on a long article. Kept in
  // order of first mention (creation order, as the registry met them), so that only those named
  // before a phrase are looked at.
  const first = (actor: Actor) => startsByActor.get(actor.id)?.[0] ?? Infinity;
  const people = registry
    .persons()
    .map((actor) => ({actor, first: first(actor), roles: actor.roles.join(' ').toLowerCase()}))
    .sort((a, b) => a.first - b.first);
  const holders = new Map<string, Array<{actor: Actor; first: number}>>();
  for (let at = 0; at < sentences.length; at++) {
    const base = sentences[at]!.start;
    for (const {start: from, end: to, noun, country} of phrases[at]!.roles) {
      const start = base + from;
      const end = base + to;
      const key = country ? `${noun}\u0000${country.name}` : noun;
      let holding = holders.get(key);
      if (!holding) {
        const names = country ? [...country.names, ...country.demonyms].map((name) => name.toLowerCase()) : [];
        // "The Mexican leader": whoever holds the country's highest office, whatever its name.
        const offices = country && noun === 'leader' ? leadingOffices : [noun];
        holding = people.filter(({roles}) => offices.some((office) => roles.includes(office)) && (!country || names.some((name) => roles.includes(name))));
        holders.set(key, holding);
      }
      const candidates: Actor[] = [];
      for (const person of holding) {
        if (person.first >= start) break;
        candidates.push(person.actor);
      }
      const actor = mostRecentBefore(candidates, startsByActor, start) ?? undefined;
      if (!actor) continue;
      found.push({start, end, text: text.slice(start, end), actor: actor.id, kind: 'role'});
      registry.touch(actor.id, start);
    }
  }
  return found;
}

interface PhraseCandidate {
  start: number;
  end: number;
  noun: string;
  country?: Country | undefined;
}

/**
 * The matches of a global pattern in one sentence's text (indexes from the sentence's start).
 * Lazy: a caller may move `pattern.lastIndex` between matches.
 */
function* sentenceMatches(pattern: RegExp, sentence: SentenceSpan, text: string): Generator<RegExpExecArray> {
  const value = text.slice(sentence.start, sentence.end);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(value))) yield match;
}

const rolePattern = /\b([Tt]he)\s+(?:(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}]+)?(?:['’]s)?)\s+)?(?:(?:former|current|new|then|acting|interim|outgoing|incoming)\s+)?(\p{Ll}+)\b/gu;

/** A sentence's role phrases before any actor is looked at: they read the sentence and 8 characters after it. */
function rolePhraseCandidates(sentence: SentenceSpan, text: string): PhraseCandidate[] {
  const found: PhraseCandidate[] = [];
  for (const match of sentenceMatches(rolePattern, sentence, text)) {
    const noun = match[3]!;
    if (!roleNouns.has(noun)) continue;
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    // Followed by a name, this is a title ("the president Nayib Bukele"), not a role phrase.
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !/^\s+(?:said|says)/u.test(text.slice(end, end + 8))) continue;
    if (/^\s+of\b/.test(text.slice(end, end + 5))) continue;
    const qualifier = match[2]?.replace(/['’]s$/u, '');
    const country = qualifier ? (countryByDemonym.get(qualifier.toLowerCase()) ?? countryByName.get(qualifier.toLowerCase())) : undefined;
    if (qualifier && !country) continue;
    found.push({start, end, noun, country});
  }
  return found;
}

const organizationPattern = /\b([Tt]he)\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\b/gu;

/** A sentence's phrases naming an organisation by its kind: they read the sentence and 5 characters after it. */
function organizationPhraseCandidates(sentence: SentenceSpan, text: string): PhraseCandidate[] {
  const found: PhraseCandidate[] = [];
  for (const match of sentenceMatches(organizationPattern, sentence, text)) {
    // "the health ministry" has a modifier; in "the agency said" the optional modifier took
    // the noun itself, and the phrase ends there.
    const modified = organizationRoleNouns.has(match[3]!);
    if (!modified && !(match[2] && organizationRoleNouns.has(match[2]))) continue;
    const noun = modified ? match[3]! : match[2]!;
    const start = sentence.start + match.index;
    const end = start + (modified ? match[0].length : match[0].indexOf(noun, match[1]!.length) + noun.length);
    // The next match starts after the noun, not after the word the optional modifier took.
    if (!modified) organizationPattern.lastIndex = end - sentence.start;
    // "the agency's director", "the party of …": still the organisation; a following name is a title.
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) || /^\s+of\b/u.test(text.slice(end, end + 5))) continue;
    found.push({start, end, noun});
  }
  return found;
}

/** How far after its sentence a sentence's phrases read (role phrases 8 characters, organisation phrases 5). */
const PHRASE_REACH = 8;

/**
 * What a sentence alone (with PHRASE_REACH characters after it) decides for the actors layer:
 * its role and organisation phrase candidates (offsets from its start, nouns detached from the
 * document, as the memo keeps them) and the positions of its pronouns among its words.
 */
interface SentencePhrases {
  roles: PhraseCandidate[];
  organizations: PhraseCandidate[];
  pronouns: number[];
}

function sentencePhrases(sentence: SentenceSpan, text: string): SentencePhrases {
  const base = sentence.start;
  const relative = (found: PhraseCandidate[]) => (found.length === 0 ? found : found.map((item) => ({...item, start: item.start - base, end: item.end - base, noun: detached(item.noun)})));
  return {roles: relative(rolePhraseCandidates(sentence, text)), organizations: relative(organizationPhraseCandidates(sentence, text)), pronouns: pronounsIn(sentence)};
}

/** Kinds of organisation that their names spell out ("Ministry of Health", "Democratic Party"). */
const namedKinds = new Set(['ministry', 'department', 'bank', 'committee', 'commission', 'council', 'court', 'party', 'union', 'army', 'police', 'institute', 'university', 'foundation', 'federation', 'association', 'parliament', 'congress', 'senate', 'tribunal', 'league', 'club']);

/** Kinds that name a government, by either word ("the government" → "Trump administration", "U.S. government"). */
const governingKinds: ReadonlySet<string> = new Set(['government', 'administration']);

/** Whether an organisation's name spells out its kind, in English or as other languages name it ("Banco de México": a bank). */
function namesKind(name: string, kind: string): boolean {
  const lower = name.toLowerCase();
  if (lower.includes(kind)) return true;
  const words = kindInOtherLanguages.get(kind);
  return words !== undefined && lower.split(/\s+/u).some((word) => words.includes(word));
}

/** A government's actor: "U.S. government", "Trump administration", "the Administration" of a debate; not the Small Business Administration. */
function governs(name: string): boolean {
  return /(?:^|\s)(?:government|administration)$|^(?:Government|Administration)$/u.test(name);
}

/** How far back (in characters) "the agency" may look for the organisation it refers to. */
const ORGANIZATION_REACH = 800;

/**
 * "The agency said …", "the ruling party": the organisation named last before it, nearby. One
 * whose name holds the noun ("the ministry" → "Ministry of Health") is preferred; with none
 * named within reach, the phrase stays unresolved rather than guessed.
 */
function organizationPhrases(sentences: SentenceSpan[], phrases: readonly SentencePhrases[], text: string, registry: ActorRegistry, named: readonly ActorMention[]): ActorMention[] {
  const found: ActorMention[] = [];
  if (named.length === 0) return found;
  for (let at = 0; at < sentences.length; at++) {
    const base = sentences[at]!.start;
    for (const {start: from, end: to, noun} of phrases[at]!.organizations) {
      const start = base + from;
      const end = base + to;
      const nearby = nearbyOrganizations(named, start, (offset) => offset);
      if (nearby.length === 0) continue;
      const byName = nearby.filter((item) => (governingKinds.has(noun) ? governs(registry.get(item.actor)!.name) : namesKind(registry.get(item.actor)!.name, noun)));
      // "the ministry" is no institute named before it: a kind that organisations carry in
      // their names must be in the referent's name ("the government" a government's or an
      // administration's, not the Refugee Council's); only a loose kind ("the agency", "the
      // company", "the newspaper") refers to whatever organisation was named last.
      if (byName.length === 0 && (namedKinds.has(noun) || governingKinds.has(noun))) continue;
      const referent = (byName.length > 0 ? byName : nearby).at(-1)!;
      found.push({start, end, text: text.slice(start, end), actor: referent.actor, kind: 'role'});
    }
  }
  return found;
}

/**
 * The organisations' name mentions ending within reach before `start`, their ends read through
 * `endOf` (moved to another version's offsets, at most `slack` further away).
 */
function nearbyOrganizations(named: readonly ActorMention[], start: number, endOf: (end: number) => number, slack = 0): ActorMention[] {
  // Looked up by offset: a scan of every organisation mention per phrase grows with the square of a long text.
  return overlapping(named, start - ORGANIZATION_REACH - 1 - slack, start + slack).filter((item) => endOf(item.end) <= start && start - endOf(item.end) <= ORGANIZATION_REACH);
}

/** The candidate named last before `offset` (the first candidate on a tie). */
function mostRecentBefore(candidates: Actor[], startsByActor: Map<string, number[]>, offset: number): Actor | undefined {
  let best: Actor | undefined;
  let bestAt = -1;
  for (const actor of candidates) {
    const latest = lastBefore(startsByActor.get(actor.id) ?? [], offset);
    if (latest > bestAt) {
      best = actor;
      bestAt = latest;
    }
  }
  return best;
}

/** The greatest of sorted `starts` below `offset`, or -1. */
function lastBefore(starts: number[], offset: number): number {
  const at = lowerBoundOfNumbers(starts, offset);
  return at > 0 ? starts[at - 1]! : -1;
}

/**
 * Third-person pronouns resolve to the subject-most person: the first person named earlier in
 * the same sentence, else the first person of the closest earlier sentence that names one.
 */
function pronouns(sentences: SentenceSpan[], phrases: readonly SentencePhrases[], mentions: ActorMention[], registry: ActorRegistry, text: string): ActorMention[] {
  const found: ActorMention[] = [];
  const personIds = new Set(registry.persons().map((actor) => actor.id));
  const personMentions = mentions.filter((item) => personIds.has(item.actor));
  let previous: ActorMention[] = [];
  let previousParagraph = -1;
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]!;
    if (sentence.paragraph > previousParagraph + 1) previous = [];
    // Most sentences name nobody: a search, not two new lists, tells.
    const inSentence = findStartingIn(personMentions, sentence.start, sentence.end, (item) => item.end <= sentence.end) ? within(personMentions, sentence.start, sentence.end) : noMentions;
    const pronounsHere = phrases[at]!.pronouns;
    // The words as kept, read in place: a moved sentence's words are not copied for its few pronouns.
    const {words, shift} = pronounsHere.length > 0 ? placedWords(sentence) : noWords;
    for (const index of pronounsHere) {
      const word = words[index]!;
      const wordStart = word.start + shift;
      // "she" is not the man named before her: people the text gives another gender drop out.
      const gender = genderOfPronoun(word.text);
      const fits = (item: ActorMention) => registry.agrees(item.actor, gender);
      const before = inSentence.filter((item) => item.end <= wordStart && fits(item));
      const earlier = previous.filter(fits);
      // "Clinton's lawyer Cheryl Mills … the laptop she used": a possessor is no subject.
      const subject = (list: ActorMention[]) => list.find((item) => !isPossessor(text, item.end)) ?? list[0];
      const antecedent = subject(before) ?? subject(earlier);
      if (!antecedent) continue;
      // Two different people in the earlier sentence and none here: too ambiguous to guess.
      if (before.length === 0 && new Set(earlier.map((item) => item.actor)).size > 1 && !isSubjectFirst(earlier, sentences)) continue;
      const item: ActorMention = {start: wordStart, end: word.end + shift, text: word.text, actor: antecedent.actor, kind: 'pronoun'};
      found.push(item);
    }
    if (inSentence.length > 0) previous = inSentence;
    previousParagraph = sentence.paragraph;
  }
  return found;
}

/** Whether a name ending at `end` is written as a possessor ("Clinton's", "Jones'"). */
function isPossessor(text: string, end: number): boolean {
  return /^['’]s?(?!\p{L})/u.test(text.slice(end, end + 3));
}

/** What a sentence without pronouns reads of its words: nothing. */
const noWords = {words: [] as readonly Word[], shift: 0};

/** Shared by the sentences that name nobody; never added to. */
const noMentions = Object.freeze([]) as unknown as ActorMention[];

/** The positions of a sentence's words that are third-person pronouns. */
function pronounsIn(sentence: SentenceSpan): number[] {
  const found: number[] = [];
  const words = sentence.words;
  for (let position = 0; position < words.length; position++) {
    const word = words[position]!;
    // Every listed pronoun starts with h or s: most words are passed over without a lower-cased copy.
    const initial = word.text.charCodeAt(0) | 32;
    if ((initial !== 104 && initial !== 115) || word.text.length > 7 || !personPronouns.has(word.text.toLowerCase())) continue;
    found.push(position);
  }
  return found;
}

/** Whether the earlier sentence opens with its first person (a likely subject). */
function isSubjectFirst(previous: ActorMention[], sentences: SentenceSpan[]): boolean {
  const first = previous[0]!;
  // Mentions are never empty, so a sentence holding all of one contains its start.
  const sentence = findContaining(sentences, first.start, (item) => first.end <= item.end);
  if (!sentence) return false;
  return opensSentence(sentence, first.start);
}

/** Whether a mention starting at `start` is among the first words of `sentence`. */
function opensSentence(sentence: SentenceSpan, start: number): boolean {
  const firstWords = sentence.words.slice(0, 8).map((word) => word.start);
  return firstWords.includes(start) || sentence.words.findIndex((word) => word.start === start) < 8;
}

/** "Bukele, the Salvadoran president, said", "The Salvadoran president, Nayib Bukele, said": the apposition is one of the actor's roles. */
function addAppositions(text: string, mentions: ActorMention[], registry: ActorRegistry): void {
  for (const item of mentions) {
    if (item.kind !== 'name') continue;
    const phrase = appositionOf(text, item.start, item.end);
    if (!phrase) continue;
    const words = phrase.toLowerCase().split(/\s+/);
    if (!words.some((word) => roleNouns.has(word) || word === 'head') && !partyOfState.test(phrase)) continue;
    const actor = registry.get(item.actor);
    if (actor?.type !== 'person') continue;
    addRole(actor, phrase.replace(/^(?:the|a|an)\s+/iu, ''));
    registry.noteGender(actor.id, genderOfWords(phrase));
  }
}

