/**
 * One capitalised run classified: sentence-initial capitals dropped, titles split off into
 * roles, the name's type from gazetteers, heads and the context around it (classify-name.ts),
 * or a lone word left to type once the whole text is read (rule-mentions.ts).
 */
import type {Demonym, EntityMention} from '../data-map.js';
import type {EntityType, Span} from '../model.js';
import {countryByDemonym, countryByName} from '../data/countries.js';
import {firstNames, isGivenName, isRomanisedName, surnameParticles} from '../data/first-names.js';
import {governmentNouns, isNationalBody, knownOrganizations, organizationWords, partyMembers, partyNames} from '../data/organizations.js';
import {knownPlaces, placeHeads} from '../data/places.js';
import {titleComplements, titleWords} from '../data/titles.js';
import {firstReading, isCommonWord, isFunctionWord, isInLexicon, isOrdinaryWord} from '../data/lexicon.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {isDatelineAgency} from './combine.js';
import {possessive} from './letters.js';
import {isCapitalisedParticle, connectors, isNameWord, stripPossessive, mention} from './name-words.js';
import {otherNames} from './never-names.js';
import {classifyName, opensWithGivenName, isGuess, stripPlural} from './classify-name.js';
import {namesOffice, guessedMentions} from './lone-names.js';

/** Events and their venues named after an office ("Commander-in-Chief Forum", "President's Cup"). */

const eventHeads = new Set(['Forum', 'Summit', 'Conference', 'Debate', 'Dinner', 'Ball', 'Gala', 'Cup', 'Trophy', 'Games', 'Day', 'Week', 'Night', 'Race', 'Lecture', 'Address']);
/** A lower-case noun of settlement and "of" right before a name: "the town of …". */
const placeNounBefore = /\b(?:town|city|village|hamlet|province|region|county|district|island|port|suburb|municipality|commune)\s+of\s+$/u;
const compassRegions = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const partyMemberOfPlace = /^(.+?)\s+(?:Democrat|Republican)$/u;
const commonNounEnding = /^\p{Lu}\p{Ll}{3,}(?:ism|ology|pathy|play|ship|hood|ness|tion|sion|ware)s?$/u;
/** Sentence starters that the tagger may still call proper nouns. */
const sentenceStarters = new Set(
  'The A An This That These Those It He She They We You His Her Their Our Its My There Here Some Many Most All Both Each Every No Not As If Although Though Despite During Under Over From With Without By Of To In On At For But And Or So Yet Since After Before While When Where Why How What Who Which Whose Regarding Additionally However Meanwhile Moreover Furthermore Also Still Then Now Today Yesterday Tomorrow Last Next Earlier Later One Two Three Four Five Six Seven Eight Nine Ten Such Other Another According Asked Speaking Among Amid Against Despite Following Through Until Upon Like Unlike Instead Overall Indeed Thus Hence Therefore Nevertheless Nonetheless Perhaps Maybe Only Even Just Once Twice Please Thank Thanks Yes Yeah Well Oh'.split(' '),
);

/**
 * Found mentions, or a lone word to type once the whole text is read ('initial': it opens a
 * sentence). The word is named, not implied: it may be the last of a run whose opening words
 * were dropped ("When Bush proposed…").
 */
type RunResult = EntityMention[] | {word: Word; initial: boolean};

export function classifyRun(
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
  // "De Niro said", "Van Gogh painted": a surname's particle opening the sentence stays in the name.
  const particle = run.length > 1 && isCapitalisedParticle(first.text);
  // "Bank of England Governor Andrew Bailey said": an organisation's word and its "of" open the name.
  const opensBody = run.length > 2 && organizationWords.has(first.text) && run[1]!.text === 'of';
  if (isSentenceStart(first) && !opensRole && !particle && !opensBody && !isWholeName(run, text) && (sentenceStarters.has(first.text) || (isCommonWord(stripPossessive(first.text)) && !isKnownName(first.text) && !titleWords.has(first.text)))) {
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
  // "Bank of England", "University of Texas": an organisation's word before its "of" heads the name too.
  return knownOrganizations.has(value.toLowerCase()) || (words.length === 1 && /^\p{Lu}{2,}$/u.test(last)) || (words.length > 1 && organizationWords.has(last)) || (words.length > 2 && organizationWords.has(words[0]!.text) && words[1]!.text === 'of');
}

/** Words a gazetteer knows as names, which stay names at the start of a sentence too. */
function isKnownName(value: string): boolean {
  const lower = stripPossessive(value).toLowerCase();
  return firstNames.has(value) || knownPlaces.has(lower) || knownOrganizations.has(lower) || countryByDemonym.has(lower) || /^(?:\p{Lu}\.?){2,6}$/u.test(value);
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
