/**
 * retext plugin: people, organisations and places.
 *
 * Capitalised runs are found per sentence, titles are split off into roles, and each name is
 * classified with gazetteers (countries, places, organisations, given names) and the context
 * around it. A second pass types lone surnames by the full names seen elsewhere in the text.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {Demonym, EntityMention} from '../data-map.js';
import type {EntityType, Span} from '../model.js';
import {countryByCapital, countryByDemonym, countryByName} from '../data/countries.js';
import {firstNames, isGivenName, isRomanisedName, surnameParticles} from '../data/first-names.js';
import {personSpan} from '../ner/person-span.js';
import {crossesHeadline, headlineRuns} from '../ner/headline.js';
import {isTownAndRegion} from '../ner/addresses.js';
import {governmentNouns, isNationalBody, knownOrganizations, organizationWords, partyMembers, partyNames, teamNicknames} from '../data/organizations.js';
import {facilityHeads, isRegionOfKnownPlace, knownPlaces, placeHeads} from '../data/places.js';
import {occupationNouns, roleNouns, titleComplements, titleWords} from '../data/titles.js';
import {sourceNouns, speechVerbs} from '../data/speech.js';
import {firstReading, isCommonWord, isFunctionWord, isInLexicon, isOrdinaryWord} from '../data/lexicon.js';
import {isBlankGap, layoutOf, placedWords, type Layout, type SentenceSpan, type Word} from '../text/sentences.js';
import {tagDocument, taggingInput, tagNested, type NerModel} from '../ner/tagger.js';
import {shippedModel} from '../ner/model.js';
import {isDatelineAgency} from '../ner/combine.js';
import {passesAfterTagging} from '../ner/passes.js';
import {between, changedKeys, NearEdit, sameMap, sameSet, sentencesHolding, type PassesState} from '../ner/near-edit.js';
import {finalNearEdit, type FinalState} from '../ner/final-near-edit.js';
import {textChange} from '../text/changes.js';
import {mayOpenName, possessive, startsUpper, withoutPossessive, wordsOf} from '../ner/letters.js';
import {keptByText} from '../text/kept-by-text.js';
import type {AnalysisMemo} from '../memo.js';

/** Capitalised words that are never names by themselves. */
const notNames = new Set(
  'I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec. Mr Mrs Ms OK AM PM A.M. P.M. a.m. p.m. TV CEO CFO COO CTO MP MPs MEP MEPs GDP CD CDs DVD DVDs IQ XML HTML URL PDF USB GPS SMS ISBN VIP VIPs GMT UTC PhD MBA FAQ ATM LED LCD CPU GPU MRI ICU SUV SUVs HQ COVID COVID-19 Covid AIDS HIV DNA Internet Hey Hi Dear God Christmas Easter Ramadan Eid Thanksgiving Halloween Hanukkah EDT EST PDT PST CDT CST MDT MST BST CET CEST'.split(' '),
);

const romanNumeral = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** The word right before `at` on its line ('' when none), and right after. */
function wordBefore(text: string, at: number): string {
  return /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}
function wordAfter(text: string, at: number): string {
  return /^[ \t]+(\S+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}

/** Capitalised names that are neither people, organisations nor places. */
const otherNames = new Set(['Bill of Rights', 'Declaration of Independence', 'El Niño', 'El Nino', 'La Niña', 'La Nina', 'Internet', 'Parliament Street', 'Olympics', 'Paralympics', 'Olympic Games', 'Paralympic Games', 'World Cup', 'Super Bowl']);
/**
 * "the Clean Air Act", "the Second Amendment": a law, no organisation; "the Nobel Peace Prize",
 * "a Booker Prize-winner": a prize, no one.
 */
/** Events and their venues named after an office ("Commander-in-Chief Forum", "President's Cup"). */
const eventHeads = new Set(['Forum', 'Summit', 'Conference', 'Debate', 'Dinner', 'Ball', 'Gala', 'Cup', 'Trophy', 'Games', 'Day', 'Week', 'Night', 'Race', 'Lecture', 'Address']);
/** What a centre studies or works for, before its "Center" ("Tax Policy Center"). */
const studyWords = new Set(['Policy', 'Research', 'Studies', 'Progress', 'Politics', 'Innovation', 'Strategic', 'Analysis', 'Law', 'Justice', 'Rights', 'Democracy', 'Freedom', 'Integrity', 'Security', 'Action', 'Advocacy', 'Priorities', 'Ethics', 'Affairs', 'Economics']);
/** Public programmes named alone ("go after Social Security and Medicare"); their agencies are named in full. */
const programmes = new Set(['Social Security', 'Medicare', 'Medicaid', 'Obamacare', 'Pell Grants', 'Pell Grant', 'Food Stamps']);
const lawName = /\s(?:Act|Amendment|Prize|Award|Medal|Agreement|Treaty|Accords?|Pact|Bill|Plan|Doctrine)(?:-\p{Ll}+)?$/u;
/** "the North American Free Trade Agreement", "the Paris Agreement": capitalised words running into a treaty's name are part of it. */
const treatyAfter = /^(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*)*[ \t\u00a0]+(?:Agreement|Treaty|Accords?|Pact)\b/u;
/** Religions are no organisation, and no one ("at Islam's most holy site"). */
const religions = new Set('Islam Christianity Judaism Hinduism Buddhism Sikhism Jainism Taoism Confucianism Zoroastrianism Catholicism Protestantism Shinto Shintoism Paganism'.split(' '));
const longestOtherName = Math.max(...[...otherNames].map((name) => name.length));
/** The other names in one pattern: one scan of a name's window instead of one per name. */
const otherNamePattern = new RegExp([...otherNames].map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');

/** What `isNeverName` asks of a name's own text: a name never, in capitals a function word, a common word of letters. */
const NEVER = 1;
const CAPITAL_FUNCTION_WORD = 2;
const LETTERS_COMMON_WORD = 4;
/** Words of an office's portfolio alone ("Foreign Affairs"): before "minister" they name no one. */
const PORTFOLIO = 8;

/**
 * The answers of `isNeverName` that read the name's text alone, kept by text: it is asked of
 * every name twice an edit, and the names repeat.
 */
const valueFlags = keptByText((value: string): number => {
  let flags = 0;
  // "part XVII"; "an Oath to ALL of our people", "high quality AND comprehensive": numbers and
  // emphasis in capitals, unless a gazetteer knows the word ("the WHO said").
  if (notNames.has(value) || religions.has(value) || programmes.has(value) || isFunctionWord(value) || lawName.test(value) || (romanNumeral.test(value) && (value.includes('I') || (value.length > 2 && /[VX]/u.test(value))))) flags |= NEVER;
  if (/^\p{Lu}{2,}$/u.test(value) && isFunctionWord(value.toLowerCase()) && !knownOrganizations.has(value.toLowerCase()) && !knownPlaces.has(value.toLowerCase())) flags |= CAPITAL_FUNCTION_WORD;
  if (/^\p{L}+$/u.test(value) && isCommonWord(value)) flags |= LETTERS_COMMON_WORD;
  // "resigned as Foreign Affairs minister"; not "Home Office minister", an organisation's.
  const words = value.split(/\s+/u);
  if (words.every((word) => titleComplements.has(word) && !connectors.has(word) && word !== 'the' && !organizationWords.has(word))) flags |= PORTFOLIO;
  return flags;
});

/** Capitalised words and names that are never entities, whatever finds them. */
export function isNeverName(text: string, start: number, end: number): boolean {
  const flags = valueFlags(text.slice(start, end));
  if (flags & NEVER) return true;
  if (treatyAfter.test(text.slice(end, end + 80)) && !knownPlaces.has(text.slice(start, end).toLowerCase())) return true;
  if (flags & CAPITAL_FUNCTION_WORD && !startsUpper.test(wordBefore(text, start)) && !startsUpper.test(wordAfter(text, end))) return true;
  // A caption's label ("Image: Nick Moreau", "Video: …"): an ordinary word before a colon.
  if (flags & LETTERS_COMMON_WORD && text[end] === ':') return true;
  if (flags & PORTFOLIO && roleNouns.has(wordAfter(text, end).replace(/\P{L}+$/u, ''))) return true;
  // "@POTUS", "#IStandWithAhmed": a handle or a hashtag is no name in the text's own words.
  if (text[start - 1] === '@' || text[start - 1] === '#') return true;
  // "US$ 10 billion", "NZ $26 million": a country's letters before a dollar sign write its currency.
  if (/^\p{Lu}{1,3}$/u.test(text.slice(start, end)) && /^ ?\$/u.test(text.slice(end, end + 2))) return true;
  // Only the window around the name can hold one of the other names overlapping it.
  const around = text.slice(Math.max(0, start - longestOtherName), end + longestOtherName);
  const offset = Math.max(0, start - longestOtherName);
  otherNamePattern.lastIndex = 0;
  for (let match = otherNamePattern.exec(around); match; match = otherNamePattern.exec(around)) {
    if (offset + match.index < end && start < offset + match.index + match[0].length) return true;
    // Overlapping occurrences ("El Nino" inside a longer other name) start one character on.
    otherNamePattern.lastIndex = match.index + 1;
  }
  return false;
}


const hallOwners = new Set(['City', 'Town', 'Memorial', 'Concert', 'Music', 'Carnegie', 'Independence', 'Festival', 'Union', 'Faneuil']);
/** A lower-case noun of settlement and "of" right before a name: "the town of …". */
const placeNounBefore = /\b(?:town|city|village|hamlet|province|region|county|district|island|port|suburb|municipality|commune)\s+of\s+$/u;
/** Given names that are also ordinary words or titles of things: no one by themselves. */
const ordinaryGivenNames = new Set('Bill Marine Christian Will Rose Grace Hope Faith Joy Art Rex Major'.split(' '));
/** Heads of places that no organisation's name ends with. */
const builtPlaceHeads = new Set(['Airport', 'Station', 'Square', 'Street', 'Avenue', 'Boulevard', 'Bridge', 'Stadium', 'Arena', 'Plaza', 'Palace', 'Castle', 'Cathedral', 'Mosque', 'Temple', 'Abbey']);
const compassRegions = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const partyMemberOfPlace = /^(.+?)\s+(?:Democrat|Republican)$/u;
/** Connectors that join only a person's names ("bin Laden", "van Gogh", "von der Leyen"). */
const personParticles = new Set(['bin', 'ibn', 'van', 'von', 'der', 'den']);
const webAddress = /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|gov|edu|co\.uk|uk|ca|us|au|de|fr|eu|io|info|news)$/u;
const commonNounEnding = /^\p{Lu}\p{Ll}{3,}(?:ism|ology|pathy|play|ship|hood|ness|tion|sion|ware)s?$/u;
const ampersand = /^[ \t\u00a0]*&[ \t\u00a0]*$/u;
/** Lower-case words allowed between capitalised words of one name. */
const connectors = new Set(['of', 'for', 'de', 'del', 'des', 'la', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'di', 'du', 'le', 'al', 'bin', 'ibn', 'y', 'on', 'and', 'es']);

/** Plural possessives that name what follows rather than own it: "Korean People's Army", "Women's March". */
const namingPossessives = new Set(['People', 'Children', 'Women', 'Men', 'Workers', 'Farmers', 'Veterans', 'Citizens']);

/** Sentence starters that the tagger may still call proper nouns. */
const sentenceStarters = new Set(
  'The A An This That These Those It He She They We You His Her Their Our Its My There Here Some Many Most All Both Each Every No Not As If Although Though Despite During Under Over From With Without By Of To In On At For But And Or So Yet Since After Before While When Where Why How What Who Which Whose Regarding Additionally However Meanwhile Moreover Furthermore Also Still Then Now Today Yesterday Tomorrow Last Next Earlier Later One Two Three Four Five Six Seven Eight Nine Ten Such Other Another According Asked Speaking Among Amid Against Despite Following Through Until Upon Like Unlike Instead Overall Indeed Thus Hence Therefore Nevertheless Nonetheless Perhaps Maybe Only Even Just Once Twice Please Thank Thanks Yes Yeah Well Oh'.split(' '),
);

const capitalised = /^\p{Lu}/u;
const elidedParticle = /^(?:d|l|dell|dall)['’]\p{Lu}\p{Ll}/u;
/** Arabic surnames written with their article: "al-Amr", "el-Sisi", "ash-Sharaa". */
const articleParticle = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}\p{Ll}/u;

export interface EntityOptions {
  /** Extra names the user declared, by exact text. */
  names?: ReadonlyArray<{text: string; type: EntityType}>;
  /** Names never to report. */
  ignore?: readonly string[];
  /** The statistical tagger's model; `null` for the rules alone. Default: the shipped model. */
  model?: NerModel | null;
}

export default function retextEntities(options: EntityOptions = {}) {
  const userNames = new Map((options.names ?? []).map((name) => [name.text, name.type]));
  const ignored = new Set(options.ignore ?? []);
  const model = options.model === undefined ? shippedModel : options.model;

  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const layout = layoutOf(tree, text);
    const rules = ruleMentions(layout, text, userNames, file.data.memo);
    let mentions = rules.mentions;
    if (model) {
      const input = taggingInput(layout.sentences, rules.mentions);
      // The incremental analyser's memo gives the same names, reusing unchanged sentences' tagging.
      const memo = file.data.memo;
      memo?.tagContext(layout.sentences, input);
      mentions = passesAfterTagging({
        tagged: (from, to, note) => (memo ? memo.tagSentences(model, layout.sentences, input, from, to, note) : tagDocument(model, layout.sentences, rules.mentions, input)),
        model,
        rules,
        layout,
        guessed: guessedMentions,
        mayBeName: (value, start, end) => !isNeverName(value, start, end) && !crossesHeadline(value, start, end),
        nestedIn: (combined, note) => (memo ? memo.tagNested(model, layout.sentences, combined, input, note) : tagNested(model, layout.sentences, combined, rules.mentions, input)),
        memo,
      });
    }
    const final = (item: EntityMention): EntityMention | null => {
      const found = personSpan(withoutCaptionLabel(item, text));
      return found !== null && !ignored.has(found.text) && !isNeverName(text, found.start, found.end) ? found : null;
    };
    const incremental = file.data.memo;
    let kept: EntityMention[];
    if (incremental) {
      // The actors layer writes each mention's actor into it: with the memo, mentions the rules
      // found in an earlier version may come back unchanged (memo.ts `rules`), so it gets copies.
      const before = incremental.previous<FinalEntities>('entity-final');
      const done = finalNearEdit(before && sameSet(before.ignored, ignored) ? before : undefined, mentions, text, FINAL_REACH, final);
      incremental.keep('entity-final', {...done.state, ignored} satisfies FinalEntities);
      kept = done.mentions;
    } else {
      kept = mentions.map(final).filter((item): item is EntityMention => item !== null);
    }
    file.data.entityMentions = withoutOfficeBeforeName(kept, text);
    file.data.demonyms = rules.demonyms;
  };
}

/** What the last step kept of a version, with the names the user asked to ignore then. */
interface FinalEntities extends FinalState {
  ignored: ReadonlySet<string>;
}

/**
 * How far the last step reads around a name: `isNeverName` reads the word before it (40
 * characters) and a treaty's name after it (80), further than the rest.
 */
const FINAL_REACH = {before: 40, after: 80};

/** Whether a name is made of titles' words alone ("Home Secretary"); kept by text, asked of every person on every edit. */
const isOfficeAlone = keptByText((value: string): boolean => value.split(/\s+/u).every((word) => titleWords.has(word) || titleComplements.has(word)));

/**
 * "The Home Secretary, Yvette Cooper, said": an office set off before the name of the person
 * holding it is that person's role (actors.ts reads it so), not a second person. The list
 * itself when none is (no copy of thousands of names on every edit).
 */
function withoutOfficeBeforeName(mentions: EntityMention[], text: string): EntityMention[] {
  let kept: EntityMention[] | undefined;
  for (let index = 0; index < mentions.length; index++) {
    if (isOfficeBeforeName(mentions, index, text)) kept ??= mentions.slice(0, index);
    else kept?.push(mentions[index]!);
  }
  return kept ?? mentions;
}

function isOfficeBeforeName(mentions: readonly EntityMention[], index: number, text: string): boolean {
  const item = mentions[index]!;
  // The comma first: it is one character to read, and follows few names.
  if (item.type !== 'person' || text.charCodeAt(item.end) !== 0x2c || !isOfficeAlone(item.text)) return false;
  const comma = /^,[ \t]*/u.exec(text.slice(item.end, item.end + 4));
  if (!comma) return false;
  const next = mentions.slice(index + 1, index + 4).find((other) => other.start >= item.end);
  return Boolean(next && next.type === 'person' && next.start === item.end + comma[0].length);
}

const captionLabelAtEnd = /\s+(?:Image|Photo|Picture|Video|File|Source|Credit|Caption)$/u;

/** "student Ahmed Mohamed Image: Twitter": a caption's label after the name it shows is no part of it. */
function withoutCaptionLabel(item: EntityMention, text: string): EntityMention {
  if (text[item.end] !== ':') return item;
  const label = captionLabelAtEnd.exec(item.text);
  if (!label || label.index === 0) return item;
  return {...item, end: item.start + label.index, text: item.text.slice(0, label.index)};
}

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
    const type = known ?? (initial && !speaksNext(word, sentence) ? null : guessLoneName(word, sentence, text));
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

/** Verbs after a capitalised word that make it the speaker ("Trump said", "Jordan told"). */
const speakingVerbs = new Set(['said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'argued', 'insisted']);

/** Whether a speaking verb follows the name ending at `end`. */
function speechAfter(text: string, end: number): boolean {
  const verb = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 12));
  return verb !== null && speakingVerbs.has(verb[1]!);
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

/**
 * Splits a sentence's words into runs of capitalised words (with connectors inside), each run
 * ending at punctuation, at a possessive, or at a lower-case word.
 */
function capitalisedRuns(sentence: SentenceSpan, text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  /** Words after an "&" inside the run ("Evergreen Aviation & Space Museum"): split there as at "and". */
  const afterAmpersand = new Set<Word>();
  const flush = () => {
    while (run.length > 0 && !isNameWord(run[run.length - 1]!)) run.pop();
    // Most words flush an empty run: a new array only after one was kept.
    if (run.length > 0) {
      // The memo keeps a sentence's findings while the text from 60 characters before it to 80 after is the same (memo.ts `rules`).
      for (const piece of headlineRuns(run, text, sentence.start - 60, sentence.end + 80)) runs.push(...splitAtAnd(piece, afterAmpersand));
      run = [];
    }
    // Clearing a Set allocates a new table, even an empty one's.
    if (afterAmpersand.size > 0) afterAmpersand.clear();
  };
  for (const word of sentence.words) {
    const joined = word.before === ' ' || isBlankGap(word.before);
    if (run.length > 0 && !joined && ampersand.test(word.before) && isNameWord(run[run.length - 1]!) && isNameWord(word)) afterAmpersand.add(word);
    else if (!joined) flush();
    if (isNameWord(word)) {
      // "University of Wisconsin-Stout": after an organisation's connector the hyphenated word ends its name.
      const afterConnector = run.length > 1 && connectors.has(run[run.length - 1]!.text);
      const parts = word.text.includes('-') && !afterConnector && !titleWords.has(word.text) && !knownPlaces.has(word.text.toLowerCase()) && !knownOrganizations.has(word.text.toLowerCase()) ? hyphenParts(word, text) : [];
      if (parts.length > 0) {
        // "Colombia-Panama border", "U.S.-funded": the known parts are names of their own.
        flush();
        runs.push(...parts);
        continue;
      }
      run.push(word);
      if (possessive.test(word.text) && word.text.length > 2 && !namingPossessives.has(stripPossessive(word.text))) flush();
    } else if (run.length > 0 && ((connectors.has(word.text) && joinsAcross(run, word)) || articleInOrganization(run, word))) {
      run.push(word);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** Plural nouns that open an organisation's name before its "for": "Americans for Prosperity", "Physicians for Human Rights". */
const pluralBeforeFor = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "Council on Foreign Relations", "Minister for Education": an "on" or "for" joins two capitalised
 * parts only after an organisation's, a building's or an office's word (or a plural before
 * "for"); elsewhere it stands between two names ("Obama on CNN", "left Kabul for Doha", "Airport
 * for Union Square").
 */
function joinsAcross(run: readonly Word[], word: Word): boolean {
  if (word.text !== 'on' && word.text !== 'for') return true;
  const last = run[run.length - 1]!.text;
  if (organizationWords.has(last) || facilityHeads.has(last) || titleWords.has(last) || titleComplements.has(last)) return true;
  return word.text === 'for' && pluralBeforeFor.test(last) && (countryByDemonym.has(last.slice(0, -1).toLowerCase()) || isCommonWord(last));
}

/** "Foundation for the Visual Arts", "Bank of the South": "the" after an organisation word and "of" or "for". */
function articleInOrganization(run: readonly Word[], word: Word): boolean {
  if (word.text !== 'the' || run.length < 2) return false;
  const last = run[run.length - 1]!.text;
  return (last === 'of' || last === 'for') && (organizationWords.has(run[run.length - 2]!.text) || facilityHeads.has(run[run.length - 2]!.text));
}

/**
 * "Food and Agriculture Organization" is one name; "the Panama Canal and Panama" is two. An
 * "and" stays inside a run only when the run ends as an organisation's name.
 */
function splitAtAnd(run: Word[], afterAmpersand: ReadonlySet<Word>): Word[][] {
  const last = run[run.length - 1]!;
  if (!(afterAmpersand.size > 0 || run.some((word) => word.text === 'and'))) return [run];
  const whole = run.map((word) => word.text).join(' ').toLowerCase();
  if (knownOrganizations.has(whole) || knownPlaces.has(whole)) return [run];
  if (!knownSideOfAnd(run) && (organizationWords.has(last.text) || facilityHeads.has(last.text)) && !joinsTwoOrganizations(run) && !affiliationAfterAnd(run)) return [run];
  if (andInsideOrganization(run)) return [run];
  const parts: Word[][] = [];
  let part: Word[] = [];
  for (const [index, word] of run.entries()) {
    if (word.text === 'and' || (afterAmpersand.has(word) && !isFirmName(run, index))) {
      if (part.length > 0) parts.push(part);
      part = word.text === 'and' ? [] : [word];
    } else part.push(word);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** "the FBI and Justice Department", "Anderson Cooper and Fox News": a known name on one side of the "and" is a name of its own. */
function knownSideOfAnd(run: readonly Word[]): boolean {
  const and = run.findIndex((word) => word.text === 'and');
  if (and < 1) return false;
  const side = (words: readonly Word[]) => words.map((word) => word.text).join(' ').toLowerCase();
  const left = side(run.slice(0, and));
  const right = side(run.slice(and + 1));
  return knownOrganizations.has(left) || knownPlaces.has(left) || knownOrganizations.has(right) || knownPlaces.has(right);
}

/**
 * "Food and Agriculture Organization of the United Nations": the organisation's word closes
 * the words joined by the "and", before its "of". "Ministry of Science and Technology of
 * China": the "and" joins the portfolio after an organisation's "of", unless what follows it is
 * a name of its own ("Bank of England and Barclays").
 */
function andInsideOrganization(run: readonly Word[]): boolean {
  const and = run.findIndex((word) => word.text === 'and');
  if (and < 1) return false;
  const ofAt = (from: number, to: number) => run.findIndex((word, index) => index >= from && index < to && (word.text === 'of' || word.text === 'for'));
  const before = ofAt(0, and);
  if (before < 0) {
    const after = ofAt(and + 1, run.length);
    return after > and + 1 && organizationWords.has(run[after - 1]!.text) && !run.slice(0, and).some((word) => organizationWords.has(word.text) || facilityHeads.has(word.text));
  }
  // "American Civil Liberties Union of Ohio and Demos": after a place, the "and" names another.
  const portfolio = run.slice(before + 1, and);
  if (before === 0 || !organizationWords.has(run[before - 1]!.text) || portfolio.some((word) => connectors.has(word.text)) || knownPlaces.has(portfolio.map((word) => word.text).join(' ').toLowerCase())) return false;
  const next = ofAt(and + 1, run.length);
  const joined = run.slice(and + 1, next < 0 ? run.length : next);
  const joinedText = joined.map((word) => word.text).join(' ').toLowerCase();
  // A second organisation's name ends with its own word ("and Barclays Bank"); a portfolio's one word may be one ("Science and Technology").
  const ownName = joined.length > 1 && organizationWords.has(joined[joined.length - 1]!.text);
  return joined.length > 0 && !ownName && !joined.some((word) => word.text === 'and' || connectors.has(word.text)) && !knownOrganizations.has(joinedText) && !knownPlaces.has(joinedText) && !joined.some((word) => isGivenName(word.text));
}

/**
 * "Cooper and Martha Raddatz of ABC News": the organisation's word ends the affiliation after
 * the "of", not a name joined by the "and" before it ("Food and Agriculture Organization of
 * the United Nations" has the word before its "of"; "Ministry of Science and Technology" its
 * "of" before the "and").
 */
function affiliationAfterAnd(run: readonly Word[]): boolean {
  const and = run.findIndex((word) => word.text === 'and');
  if (and < 1 || run.slice(0, and).some((word) => connectors.has(word.text))) return false;
  const of = run.findIndex((word, index) => index > and && word.text === 'of');
  if (of < 0) return false;
  const head = run[of - 1]!.text;
  return !organizationWords.has(head) && !facilityHeads.has(head) && !organizationWords.has(run[and - 1]!.text);
}

/**
 * "Procter & Gamble", "Johnson & Johnson", "Marks & Spencer": short names on both sides of the
 * "&" at `at` write a firm's name, unless a side is a place or an organisation of its own
 * ("Google & Apple") or an office ("Chairman & Chief Executive").
 */
function isFirmName(run: readonly Word[], at: number): boolean {
  const joins = (word: Word) => word.text === 'and' || connectors.has(word.text);
  let from = at;
  while (from > 0 && !joins(run[from - 1]!)) from--;
  let to = at;
  while (to < run.length && !joins(run[to]!)) to++;
  return [run.slice(from, at), run.slice(at, to)].every((side) => {
    const sideText = side.map((word) => word.text).join(' ').toLowerCase();
    return side.length > 0 && side.length <= 2 && !knownPlaces.has(sideText) && !knownOrganizations.has(sideText) && !side.some((word) => titleWords.has(word.text));
  });
}

/**
 * "the Wikimedia Foundation and Creative Commons": an "and" between two names that each end
 * with an organisation's word joins two organisations ("Food and Agriculture Organization" has
 * no such word before its "and"; "National Air and Space Museum" none after it).
 */
function joinsTwoOrganizations(run: readonly Word[]): boolean {
  const at = run.findIndex((word) => word.text === 'and');
  if (at < 2 || run.length - at - 1 < 2 || run.map((word) => word.text).lastIndexOf('and') !== at) return false;
  return organizationWords.has(run[at - 1]!.text) && organizationWords.has(run[run.length - 1]!.text) && !connectors.has(run[at + 1]!.text);
}

function isNameWord(word: Word): boolean {
  // Most words open with a lower-case ASCII letter that no particle below opens with: not names, untested.
  const code = word.text.charCodeAt(0);
  if (code >= 97 && code <= 122 && code !== 97 && code !== 100 && code !== 101 && code !== 108) return false;
  if (/^(?:I|We|You|They|He|She|It|Let)['’]/u.test(word.text)) return false;
  // Elided particles open a surname: "d'Ettorre", "D'Alema", "O'Reilly" (only d, l, a, e open the patterns).
  if ((code === 97 || code === 100 || code === 101 || code === 108) && (elidedParticle.test(word.text) || articleParticle.test(word.text))) return true;
  return mayOpenName(word.text) && !notNames.has(word.text) && !notNames.has(stripPossessive(word.text));
}

function hyphenParts(word: Word, text: string): Word[][] {
  const parts: Word[][] = [];
  const pattern = /[^-]+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(word.text))) {
    const part = match[0];
    if (!capitalised.test(part) || notNames.has(part)) continue;
    const lower = part.toLowerCase();
    if (!knownPlaces.has(lower) && !knownOrganizations.has(lower) && !countryByDemonym.has(lower)) continue;
    const start = word.start + match.index;
    parts.push([{...word, text: part, start, end: start + part.length, before: text.slice(word.start, start) || word.before}]);
  }
  return parts;
}

function stripPossessive(value: string): string {
  return value.length > 2 ? withoutPossessive(value) : value;
}

/**
 * Found mentions, or a lone word to type once the whole text is read ('initial': it opens a
 * sentence). The word is named, not implied: it may be the last of a run whose opening words
 * were dropped ("When Bush proposed…").
 */
type RunResult = EntityMention[] | {word: Word; initial: boolean};

function classifyRun(
  original: Word[],
  sentence: SentenceSpan,
  text: string,
  userNames: ReadonlyMap<string, EntityType>,
  demonyms: Demonym[],
): RunResult {
  let run = original;
  // "Preston, Victoria, Australia On Saturday", "Elizabeth Quat In the New Territories": a
  // heading run into the next sentence; a function word in capitals ends no name.
  while (run.length > 1 && /^\p{Lu}\p{Ll}*$/u.test(run[run.length - 1]!.text) && isFunctionWord(run[run.length - 1]!.text.toLowerCase())) run = run.slice(0, -1);
  // "a study by McKinsey and Company of American businesses": a demonym qualifying the common
  // noun after the run is no part of the name before its "of".
  while (run.length > 2 && run[run.length - 2]!.text === 'of' && countryByDemonym.has(run[run.length - 1]!.text.toLowerCase()) && /^\s+\p{Ll}/u.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 3))) run = run.slice(0, -2);
  const first = run[0]!;

  // A dateline in capitals opens the article: "SAN SALVADOR, Feb 3 (Reuters) -".
  if (first.index === 0 && run.every((word) => word.text === word.text.toUpperCase() && /\p{L}{2}/u.test(word.text)) && /^\s*,/.test(text.slice(run[run.length - 1]!.end))) {
    const start = first.start;
    const end = run[run.length - 1]!.end;
    return [mention(text, start, end, 'place', null, sentence.index)];
  }
  if (isDatelineAgency(text, first.start, run[run.length - 1]!.end, sentence.index)) return [mention(text, first.start, run[run.length - 1]!.end, 'organization', null, sentence.index)];

  // Sentence-initial capitals are not names by themselves, unless the run is a name whole.
  // "Commerce Secretary Howard Lutnick told…": a portfolio before a title opens the role.
  const opensRole = (titleComplements.has(first.text) || firstReading(first.text) === 'NN') && run.length > 1 && titleWords.has(run[1]!.text);
  if (isSentenceStart(first) && !opensRole && !isWholeName(run, text) && (sentenceStarters.has(first.text) || (isCommonWord(stripPossessive(first.text)) && !isKnownName(first.text) && !titleWords.has(first.text)))) {
    if (run.length === 1 && !sentenceStarters.has(first.text)) return {word: first, initial: true};
    run = run.slice(1);
    while (run.length > 0 && !isNameWord(run[0]!)) run = run.slice(1);
    if (run.length === 0) return [];
  }

  const spanText = (words: Word[]) => text.slice(words[0]!.start, words[0]!.start + nameLength(words));
  // "in The Huffington Post": the article is not part of the name unless the place gazetteer
  // says so ("The Hague"). An organisation known with it keeps its type without it: "The
  // Guardian" → "Guardian" (FORMAT.md: no leading "the").
  // "A Quinnipiac University poll": the indefinite article neither.
  if (run.length > 1 && run[0]!.text === 'A' && /^\s*$/u.test(run[1]!.before)) run = run.slice(1);
  if (run.length > 1 && run[0]!.text === 'The' && !knownPlaces.has(spanText(run).toLowerCase())) {
    const knownWithArticle = knownOrganizations.has(spanText(run).toLowerCase());
    run = run.slice(1);
    if (knownWithArticle) return [mention(text, run[0]!.start, run[0]!.start + spanText(run).length, 'organization', null, sentence.index)];
  }
  const whole = spanText(run);
  const user = userNames.get(whole);
  if (user) return [mention(text, run[0]!.start, run[0]!.start + whole.length, user, null, sentence.index)];
  // "energy supplies for the West", "injured in the South": a compass point in capitals after
  // "the" is a region.
  if (run.length === 1 && compassRegions.has(whole) && /\bthe\s+$/iu.test(text.slice(Math.max(0, run[0]!.start - 5), run[0]!.start))) {
    return [mention(text, run[0]!.start, run[0]!.start + whole.length, 'place', null, sentence.index)];
  }
  if (otherNames.has(whole)) return [];
  // "a Louisiana Republican": the state; the party's word names no one.
  const member = partyMemberOfPlace.exec(whole);
  if (member && knownPlaces.has(member[1]!.toLowerCase())) return [mention(text, run[0]!.start, run[0]!.start + member[1]!.length, 'place', null, sentence.index)];

  // Demonyms are not entities; they link role phrases to their country.
  const demonymWords = run.length > 1 && countryByDemonym.has(stripPlural(`${run[0]!.text} ${run[1]!.text}`).toLowerCase()) ? 2 : 1;
  const demonymText = text.slice(run[0]!.start, run[demonymWords - 1]!.end);
  const demonymCountry = countryByDemonym.get(stripPlural(stripPossessive(demonymText)).toLowerCase());
  // A known name that opens with a demonym stays whole ("Dominican Republic").
  // So does an organisation's name ("Korean Central News Agency", "Canadian Press").
  const knownWhole = knownPlaces.has(whole.toLowerCase()) || knownOrganizations.has(whole.toLowerCase()) || (run.length > demonymWords && organizationWords.has(stripPossessive(run[run.length - 1]!.text)));
  // "British Red Cross", "Greek Ministry of Culture": the demonym opens the organisation's name
  // (no office follows: "Afghan Ambassador Hamdullah Mohib" is a title and a person).
  const afterDemonym = run.slice(demonymWords);
  if (demonymCountry && !knownWhole && afterDemonym.length > 0 && !afterDemonym.some((word) => titleWords.has(word.text))) {
    const restText = spanText(afterDemonym);
    if (knownOrganizations.has(restText.toLowerCase()) || afterDemonym.slice(0, -1).some((word) => organizationWords.has(word.text))) {
      return [mention(text, run[0]!.start, afterDemonym[0]!.start + restText.length, 'organization', null, sentence.index)];
    }
  }
  // "Americans for Prosperity": a people's plural before "for" names an advocacy group.
  if (demonymCountry && demonymText !== stripPlural(demonymText) && run[demonymWords]?.text === 'for' && run.length > demonymWords + 1) {
    return [mention(text, run[0]!.start, run[0]!.start + whole.length, 'organization', null, sentence.index)];
  }
  if (demonymCountry && !knownWhole && !knownPlaces.has(demonymText.toLowerCase())) {
    demonyms.push({start: run[0]!.start, end: run[demonymWords - 1]!.end, text: demonymText, country: demonymCountry.name});
    const rest = run.slice(demonymWords);
    // "Americans for Prosperity": what follows a demonym's connector is no name of its own.
    while (rest.length > 0 && connectors.has(rest[0]!.text)) rest.shift();
    if (rest.length === 0) return [];
    // "Salvadoran President Nayib Bukele": the demonym belongs to the title.
    if (!rest.slice(0, 3).some((word) => titleWords.has(word.text))) return classifyRun(rest, sentence, text, userNames, []);
  }

  // "Leung Yiu-chung of NWSC": a person and the organisation they belong to (or the place they
  // come from); "Gary Chan of DAB and Eunice Yung of New People's Party": two of them.
  const of = run.findIndex((word) => word.text === 'of');
  // "Charles E. Grassley, Republican of Iowa": a party's member from a place names the place only.
  if (of === 1 && partyMembers.has(run[0]!.text) && run.length > 2) return classifyRun(run.slice(2), sentence, text, userNames, []);
  // The affiliation runs to the end ("of The Globe and Mail", its article left out), or to an
  // "and" before a second person and their "of".
  const affiliates = (words: Word[]) => words.length > 0 && (isOrganizationName(words, spanText(words)) || knownPlaces.has(spanText(words).toLowerCase()));
  const opening = run[of + 1]?.text === 'The' ? of + 2 : of + 1;
  let and = run.findIndex((word, index) => index > of && word.text === 'and');
  if (!run.slice(opening).some((word) => word.text === 'of') && affiliates(run.slice(opening))) and = -1;
  const affiliation = run.slice(opening, and > 0 ? and : run.length);
  if (of >= 2 && affiliates(affiliation)) {
    const person = run.slice(0, of);
    const personText = spanText(person);
    // Particles ("Carlo De Benedetti") say nothing either way.
    const personWords = personText.split(/\s+/u).filter((word) => !surnameParticles.has(word.toLowerCase()));
    const namesNoThing = !personWords.some((word) => organizationWords.has(word) || placeHeads.has(word) || titleWords.has(word) || knownPlaces.has(word.toLowerCase()));
    // A given name opens it, or two words no English reading knows ("Jann Wenner").
    if (isRomanisedName(personText) || (namesNoThing && (opensWithGivenName(personWords) || (personWords.length === 2 && personWords.every((word) => !isInLexicon(word)))))) {
      const found = [mention(text, person[0]!.start, person[0]!.start + personText.length, 'person', null, sentence.index)];
      for (const part of and > 0 ? [affiliation, run.slice(and + 1)] : [affiliation]) {
        const result = part.length > 0 ? classifyRun(part, sentence, text, userNames, []) : [];
        if (Array.isArray(result)) found.push(...result);
      }
      return found;
    }
  }
  // "CEO of the Refugee Council Enver Solomon", "Image: NASA Bill Ingalls": an organisation's
  // name and then a person's, written side by side, are two names.
  const personAt = personAfterOrganization(run, text);
  if (personAt > 0) {
    const organization = classifyRun(run.slice(0, personAt), sentence, text, userNames, []);
    const person = run.slice(personAt);
    const end = person[0]!.start + nameLength(person);
    return [...(Array.isArray(organization) ? organization : []), mention(text, person[0]!.start, end, 'person', null, sentence.index)];
  }

  // Titles: "U.S. Secretary of State Marco Rubio" → role + person.
  // "during Prime Minister's Questions": a possessive title is still the title.
  // "Larry King", "Stephen King": a title's word after a given name is a surname; "American
  // Association for Justice", "Court of Justice": after an organisation's connector, part of its name.
  const surnameAfterGivenName = (index: number) => index > 0 && isGivenName(run[index - 1]!.text) && !knownPlaces.has(run[index - 1]!.text.toLowerCase()) && !(index + 1 < run.length && isGivenName(run[index + 1]!.text));
  const titleAt = run.findIndex((word, index) => titleWords.has(stripPossessive(word.text)) && !surnameAfterGivenName(index) && !(index > 1 && connectors.has(run[index - 1]!.text) && organizationWords.has(run[index - 2]!.text)));
  if (titleAt >= 0) {
    let nameAt = titleAt + 1;
    while (nameAt < run.length && (titleWords.has(stripPossessive(run[nameAt]!.text)) || (titleComplements.has(run[nameAt]!.text) && nameAt < run.length - 1))) nameAt++;
    let name = run.slice(nameAt).filter(Boolean);
    while (name.length > 0 && connectors.has(name[0]!.text)) name.shift();
    // "Prime Minister Keir Starmer of Britain": the country or body after the name's "of" is no
    // part of it, but a name of its own.
    const nameOf = name.findIndex((word, index) => index >= 1 && word.text === 'of');
    const named = nameOf > 0 ? name.slice(name[nameOf + 1]?.text === 'The' ? nameOf + 2 : nameOf + 1) : [];
    let affiliated: EntityMention[] = [];
    if (named.length > 0 && affiliates(named) && !titleComplements.has(named[0]!.text)) {
      const result = classifyRun(named, sentence, text, userNames, []);
      if (Array.isArray(result)) affiliated = result;
      name = name.slice(0, nameOf);
    }
    // "a former Miss Universe": a pageant's title, no one named.
    if (run[titleAt]!.text === 'Miss' && name.length === 1 && isOrdinaryWord(stripPossessive(name[0]!.text))) return [];
    // "the Secretary of State met": the office whole, no one named.
    if (name.length === 1 && titleComplements.has(name[0]!.text) && connectors.has(run[nameAt - 1]!.text)) return [];
    // "the Justice Department's actions": an office's word opening an organisation's name.
    // "the Queen City", "the Commander-in-Chief Forum": a place's or an event's word is no one's name.
    const nameHead = name.length > 0 ? stripPossessive(name[name.length - 1]!.text) : '';
    if (eventHeads.has(nameHead)) return [];
    if (name.length > 0 && !organizationWords.has(nameHead) && !placeHeads.has(nameHead) && !knownPlaces.has(spanText(name).toLowerCase())) {
      const results: EntityMention[] = [];
      const prefix = run.slice(0, titleAt);
      const prefixText = prefix.length > 0 ? spanText(prefix) : '';
      if (prefix.length > 0 && knownPlaces.has(prefixText.toLowerCase())) {
        results.push(mention(text, prefix[0]!.start, prefix[0]!.start + prefixText.length, 'place', null, sentence.index));
      } else if (prefix.length > 0 && isOrganizationName(prefix, prefixText)) {
        // "NATO Secretary-General Mark Rutte", "European Commission President Ursula von der
        // Leyen": the office's organisation is named in the role, and is an actor of its own.
        results.push(mention(text, prefix[0]!.start, prefix[0]!.start + prefixText.length, 'organization', null, sentence.index));
      } else if (prefix.length > 1 && knownOrganizations.has(stripPossessive(prefix[0]!.text).toLowerCase())) {
        // "Senate Majority Leader John Thune": the chamber opens the office's name.
        results.push(mention(text, prefix[0]!.start, prefix[0]!.start + stripPossessive(prefix[0]!.text).length, 'organization', null, sentence.index));
      }
      let roleStart = run[0]!.start;
      if (demonymCountry) roleStart = original[0]!.start;
      roleStart = possessorBefore(text, roleStart);
      const lastTitle = run[nameAt - 1]!;
      const role: Span = {start: roleStart, end: lastTitle.end, text: text.slice(roleStart, lastTitle.end)};
      const nameText = spanText(name);
      results.push(mention(text, name[0]!.start, name[0]!.start + nameText.length, 'person', role, sentence.index), ...affiliated);
      return results;
    }
    if (name.length === 0) return [];
    // "Governor of Virginia": the office of a place names no one; the place stays a place.
    if (connectors.has(run[nameAt - 1]!.text) && knownPlaces.has(spanText(name).toLowerCase())) {
      return [mention(text, name[0]!.start, name[0]!.start + spanText(name).length, 'place', null, sentence.index)];
    }
  }

  const start = run[0]!.start;
  const end = start + whole.length;
  const lower = whole.toLowerCase();
  const after = text.slice(end, end + 20);
  const governmentNoun = /^\s+(\p{Ll}+)/u.exec(after);

  // "the Trump administration": a name heading a government is an organisation; so is a party's
  // name before the word in lower case ("the Republican party").
  const governs = governmentNoun && (governmentNouns.has(governmentNoun[1]!) || (governmentNoun[1] === 'party' && partyNames.has(whole)));
  if (governs && !possessive.test(run[run.length - 1]!.text) && !countryByName.has(lower)) {
    const orgEnd = end + governmentNoun[0].length;
    return [mention(text, start, orgEnd, 'organization', null, sentence.index)];
  }

  // "Google Analytics", "Microsoft Word": a known organisation's product is no one's name; the
  // organisation is named in it.
  if (run.length > 1 && knownOrganizations.has(stripPossessive(run[0]!.text).toLowerCase()) && !run.some((word) => organizationWords.has(word.text) || placeHeads.has(word.text) || connectors.has(word.text)) && !knownPlaces.has(lower) && !knownOrganizations.has(lower)) {
    return [mention(text, start, start + stripPossessive(run[0]!.text).length, 'organization', null, sentence.index)];
  }
  // "the Vietnam War": a war is no one; the place it is named after is a place.
  if (run.length > 1 && /^Wars?$/u.test(run[run.length - 1]!.text)) {
    const place = spanText(run.slice(0, -1));
    return knownPlaces.has(place.toLowerCase()) ? [mention(text, start, start + place.length, 'place', null, sentence.index)] : [];
  }
  // "the town of Yeoncheon", "the village of Thionk Essil": the noun before says what it is.
  if (placeNounBefore.test(text.slice(Math.max(0, start - 30), start)) && !knownOrganizations.has(lower) && !run.some((word) => organizationWords.has(word.text))) {
    return [mention(text, start, end, 'place', null, sentence.index)];
  }
  const type = classifyName(whole, text, start);
  // "Gameplay was delayed", "Homeopathy is…": a word the lexicon lacks, built like a common
  // noun, opens the sentence; it names someone only where the text names it elsewhere.
  if (type === 'later') return {word: run[0]!, initial: run.length === 1 && isSentenceStart(run[0]!) && commonNounEnding.test(run[0]!.text)};
  if (!type) return [];
  const found = mention(text, start, end, type, null, sentence.index);
  // An apposition naming an office ("Zorvath Quill, the port director,") is evidence, not a guess.
  if (isGuess(whole) && !(type === 'person' && namesOffice(text, end))) guessedMentions.add(found);
  return [found];
}

/**
 * A run that is a name whole where a sentence opens: a known one ("New Zealand begins…"), one
 * headed by an organisation's word ("Civic Party won"), an office's organisation before the
 * office ("Federal Reserve Chair Jerome Powell"), or a given name before a surname that is no
 * English word ("Hugh McGuire said").
 */
function isWholeName(run: readonly Word[], text: string): boolean {
  if (run.length < 2) return false;
  const runText = stripPossessive(text.slice(run[0]!.start, run[run.length - 1]!.end));
  // "Shares of Tesla Inc rose", "Residents of Union City said": a common plural and its "of"
  // open the sentence, the name follows them.
  if (run[1]!.text === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(run[0]!.text) && isCommonWord(run[0]!.text) && !organizationWords.has(run[0]!.text) && !placeHeads.has(run[0]!.text) && !isKnownName(runText)) return false;
  if (isKnownName(runText) || organizationWords.has(stripPossessive(run[run.length - 1]!.text)) || isNationalBody(runText)) return true;
  const titleIndex = run.findIndex((word, index) => index > 0 && titleWords.has(word.text));
  const beforeTitle = titleIndex > 0 ? run.slice(0, titleIndex) : [];
  if (beforeTitle.length > 1 && isOrganizationName(beforeTitle, text.slice(beforeTitle[0]!.start, beforeTitle.at(-1)!.end))) return true;
  return opensWithGivenName(runText.split(/\s+/u));
}

/**
 * Where a person's name starts right after an organisation's ("Refugee Council Enver Solomon")
 * or a place's: a given name and a surname that is no English word, or two words no English
 * reading knows; 0 when there is none.
 */
function personAfterOrganization(run: readonly Word[], text: string): number {
  const spanText = (words: readonly Word[]) => text.slice(words[0]!.start, words[words.length - 1]!.end);
  for (let at = 1; at <= run.length - 2; at++) {
    const before = stripPossessive(run[at - 1]!.text);
    if (before !== run[at - 1]!.text) continue;
    // After an organisation's word, an acronym, or two words or more that end with a place
    // ("the United States Hamdullah Mohib"; one place word may be a given name: "Austin Lee Russell").
    if (!(organizationWords.has(before) || (at === 1 && /^\p{Lu}{2,6}$/u.test(before)) || (at >= 2 && knownPlaces.has(before.toLowerCase())) || (at >= 2 && knownPlaces.has(spanText(run.slice(at - 2, at)).toLowerCase())))) continue;
    const rest = run.slice(at).map((word) => word.text);
    if (rest.length > 3 || rest.some((word) => connectors.has(word) || organizationWords.has(word) || placeHeads.has(word) || titleWords.has(word))) continue;
    if (rest.some((word) => knownPlaces.has(stripPossessive(word).toLowerCase())) || isCommonWord(stripPossessive(rest[rest.length - 1]!))) continue;
    // A given name opens it, or two words no English reading knows ("Enver Solomon").
    if (firstNames.has(rest[0]!) || (isGivenName(rest[0]!) && !isCommonWord(rest[0]!)) || (rest.length === 2 && rest.every((word) => !isInLexicon(stripPossessive(word))))) return at;
  }
  return 0;
}

/** A known organisation, an acronym, or a name headed by an organisation's word ("European Commission"). */
function isOrganizationName(words: readonly Word[], value: string): boolean {
  const last = stripPossessive(words[words.length - 1]!.text);
  return knownOrganizations.has(value.toLowerCase()) || (words.length === 1 && /^\p{Lu}{2,}$/u.test(last)) || (words.length > 1 && organizationWords.has(last));
}

function classifyName(whole: string, text: string, start: number): EntityType | 'later' | null {
  const lower = whole.toLowerCase();
  const words = whole.split(/\s+/);
  const last = words[words.length - 1]!;
  if (knownOrganizations.has(lower)) return 'organization';
  if (isNationalBody(whole)) return 'organization';
  // "the U.S wouldn't consider that": a dotted abbreviation that lost its last dot.
  if (knownPlaces.has(lower) || isRegionOfKnownPlace(whole) || (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(whole) && knownPlaces.has(`${lower}.`))) return 'place';
  // "Tax Policy Center", "Pew Research Center": a centre of study is a body, not a building.
  if (words.length > 1 && /^Cent(?:er|re)$/u.test(last) && studyWords.has(words[words.length - 2]!)) return 'organization';
  if (words.length > 1 && facilityHeads.has(last)) return 'place';
  // "Chiang Kai Shek Memorial Hall", "Carnegie Hall"; not "Stuart Hall".
  if (last === 'Hall' && words.length > 1 && !opensWithGivenName(words) && (words.length > 2 || hallOwners.has(words[0]!))) return 'place';
  // "Washington Dulles International Airport", "Union Station", "Times Square": a street's, a
  // square's or a terminal's head ends a place whatever organisation's word is inside it.
  if (words.length > 1 && builtPlaceHeads.has(last)) return 'place';
  if (words.some((word) => organizationWords.has(word))) return 'organization';
  if (words.length > 1 && placeHeads.has(last)) return 'place';
  // "Museum of Flight", "State of Texas", "Gulf of Mexico": a place's head before its "of";
  // a centre *for* something is a research body ("Centre for Social Evolution").
  const connector = words.findIndex((word) => connectors.has(word));
  if (connector > 0 && placeHeads.has(words[connector - 1]!)) return /^Cent(?:er|re)$/u.test(words[connector - 1]!) && words[connector] === 'for' ? 'organization' : 'place';
  // "Procter & Gamble", "AT&T", "Texas A&M": an ampersand writes a firm's or a school's name; two
  // letters around it are an abbreviation ("R&D", "Q&A", "S&M") unless known ("H&M").
  if (whole.includes('&') && !/^\p{Lu}&\p{Lu}$/u.test(whole)) return 'organization';
  // "Carolina Panthers", "Minnesota Vikings": a plural after a place's name is its team.
  if (words.length > 1 && /^\p{Lu}\p{Ll}+s$/u.test(last) && !placeHeads.has(last) && stripPlural(last) === last && knownPlaces.has(words.slice(0, -1).join(' ').toLowerCase())) return 'organization';
  // "Carolina Panthers", "Boston Red Sox": a league team's nickname after its home's name.
  // Not "Republican Senators", "Roman Catholic Cardinals": a party or a people is no team's home.
  if (words.length > 1 && (teamNicknames.has(last) || (words.length > 2 && teamNicknames.has(words.slice(-2).join(' ')))) && !partyNames.has(words[0]!) && !countryByDemonym.has(words[0]!.toLowerCase())) return 'organization';
  if (words.length > 1 && opensWithGivenName(words)) return 'person';
  if (words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(whole)) return 'organization';
  // "CBC.ca", "Salon.com": a site's address names the outlet that runs it.
  if (words.length === 1 && webAddress.test(whole)) return 'organization';
  // "PlayStation VR", "YouTube Music": a company's or a product's word opens the name.
  if (isCamelCase(words[0]!)) return 'organization';
  // "my name is John": a given name of the rules' own list names someone, unless it is also an
  // ordinary word ("Frank", "Bill") or follows "a" ("a Christian denomination").
  if (words.length === 1 && firstNames.has(whole) && !ordinaryGivenNames.has(whole) && !/\b(?:a|an)\s+$/u.test(text.slice(Math.max(0, start - 4), start))) return 'person';
  // "Von der Leyen", "De la Cruz": a surname's particles, the first capitalised where it opens a sentence.
  if (words.length > 2 && surnameParticles.has(words[0]!.toLowerCase()) && words.slice(1, -1).every((word) => surnameParticles.has(word)) && !knownPlaces.has(lower)) return 'person';
  if (words.length > 1) {
    // "Osama bin Laden", "Ludwig van Beethoven": only a surname's particles join the words.
    if (words.some((word) => connectors.has(word) && !personParticles.has(word))) return 'organization';
    return 'person';
  }
  return 'later';
}

/**
 * "Luca Pastorino", "Khaled Al-Maeena": a given name opens a person's name. The rules' own short
 * list is trusted as it is; the long list of English given names also holds words that open
 * places and titles ("Washington D.C.", "Chapel Hill"), so a name it alone knows must be
 * followed by no ordinary word ("Andy Warhol Photographic Legacy Program").
 */
function opensWithGivenName(words: readonly string[]): boolean {
  const first = words[0]!;
  if (firstNames.has(first)) return true;
  return isGivenName(first) && !knownPlaces.has(first.toLowerCase()) && words.slice(1).every((word) => !isCommonWord(word));
}

/**
 * "LibriVox", "PayPal", "MicroMega": a capital inside a word, after lower-case letters, writes a
 * company's or a product's name; surnames written so open with a particle ("McGuire", "DeSantis",
 * "LaGuardia", "DiCaprio", "O'Reilly").
 */
function isCamelCase(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(word) && /\p{Lu}\p{Ll}/u.test(word.slice(1)) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Ben|Abu|Al|El)\p{Lu}/u.test(word);
}

/** Whether classifyName typed a multi-word name by its last resort (no gazetteer, no cue). */
function isGuess(whole: string): boolean {
  const lower = whole.toLowerCase();
  const words = whole.split(/\s+/);
  return (
    words.length > 1 &&
    !knownOrganizations.has(lower) &&
    !knownPlaces.has(lower) &&
    !isRegionOfKnownPlace(whole) &&
    !isNationalBody(whole) &&
    !words.some((word) => organizationWords.has(word)) &&
    !placeHeads.has(words[words.length - 1]!) &&
    // "Museum of Flight", "Gulf of Mexico": a place's head before its "of" types it as surely.
    !placeHeads.has(words[words.findIndex((word) => connectors.has(word)) - 1] ?? '') &&
    !opensWithGivenName(words) &&
    !isRomanisedName(whole) &&
    // "Osama bin Laden": a surname's particle is evidence.
    !words.some((word) => personParticles.has(word))
  );
}


// The office is the phrase's head: the last word before its end or its "of …" ("the port director,").
const officeApposition = /^,\s+(?:the|a|an)\s+((?:[\p{L}.'’-]+\s+){0,4}?)(\p{Ll}+)(?=\s*[,;:.)]|\s+(?:of|for|at|in|to|and)\b)/u;

/** "Bukele, the Salvadoran president, …": an apposition right after `end` names an office. */
function namesOffice(text: string, end: number): boolean {
  const apposition = officeApposition.exec(text.slice(end, end + 80));
  return apposition !== null && roleNouns.has(apposition[2]!);
}

/** Mentions the rules typed by a last resort: the tagger may overrule them. */
export const guessedMentions = new WeakSet<EntityMention>();

/** A lone capitalised word with no full name to lean on: a person only when it acts like one. */
function guessLoneName(word: Word, sentence: SentenceSpan, text: string): EntityType | null {
  // Texts, tags and spacing only: the words as kept serve, unmoved.
  const {words} = placedWords(sentence);
  const next = words[word.index + 1];
  const previous = words[word.index - 1];
  if (next && /^(VBD|VBZ|VBN|MD)$/.test(next.pos) && /^\s*$/.test(next.before)) return 'person';
  if (next && speechVerbs.has(next.text.toLowerCase()) && /^\s*$/.test(next.before)) return 'person';
  if (previous && speechVerbs.has(previous.text.toLowerCase()) && /^\s+$/.test(word.before)) return 'person';
  if (previous && (occupationNouns.has(previous.text) || roleNouns.has(previous.text)) && word.before === ' ') return 'person';
  if (namesOffice(text, word.end)) return 'person';
  return null;
}

/** Words a gazetteer knows as names, which stay names at the start of a sentence too. */
function isKnownName(value: string): boolean {
  const lower = stripPossessive(value).toLowerCase();
  return firstNames.has(value) || knownPlaces.has(lower) || knownOrganizations.has(lower) || countryByDemonym.has(lower) || /^(?:\p{Lu}\.?){2,6}$/u.test(value);
}

/** "Trump said …": a capitalised word that opens a sentence and speaks, not a plural like "Officials". */
function speaksNext(word: Word, sentence: SentenceSpan): boolean {
  const next = placedWords(sentence).words[word.index + 1];
  return Boolean(next && speakingVerbs.has(next.text) && !/s$/.test(word.text) && !sourceNouns.has(word.text.toLowerCase()));
}

function stripPlural(value: string): string {
  return value.endsWith('s') && countryByDemonym.has(value.slice(0, -1).toLowerCase()) ? value.slice(0, -1) : value;
}

/** The length of a run's name, without a trailing possessive. */
function nameLength(words: Word[]): number {
  const last = words[words.length - 1]!;
  return last.start + stripPossessive(last.text).length - words[0]!.start;
}

function isSentenceStart(word: Word): boolean {
  if (word.index === 0) return true;
  // After an opening quotation mark or a dateline dash, a new sentence starts too.
  return /(?:^|\s)[“"‘«]$|\s[-–—]\s+$/u.test(word.before);
}

/** Extends a role leftwards over a possessor written right before it ("El Salvador's President"). */
function possessorBefore(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 60), start);
  const match = /((?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s\s)$/u.exec(before);
  return match ? start - match[1]!.length : start;
}

function mention(text: string, start: number, end: number, type: EntityType, role: Span | null, sentence: number): EntityMention {
  return {start, end, text: text.slice(start, end), type, role, sentence, actor: null};
}
