/**
 * The words of names as the rules read them: which words may belong to a name, the lower-case
 * connectors inside one ("of", "bin"), possessives, and the mention they make. Shared by the
 * runs, their classification and the lone names.
 */
import type {EntityMention} from '../data-map.js';
import type {EntityType, Span} from '../model.js';
import type {Word} from '../text/sentences.js';
import {mayOpenName, withoutPossessive} from './letters.js';
import {surnameParticles} from '../data/first-names.js';

/** Capitalised words that are never names by themselves. */
export const notNames = new Set(
  'I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec. Mr Mrs Ms OK AM PM A.M. P.M. a.m. p.m. TV CEO CFO COO CTO MP MPs MEP MEPs GDP CD CDs DVD DVDs IQ XML HTML URL PDF USB GPS SMS ISBN VIP VIPs GMT UTC PhD MBA FAQ ATM LED LCD CPU GPU MRI ICU SUV SUVs HQ COVID COVID-19 Covid AIDS HIV DNA Internet Hey Hi Dear God Christmas Easter Ramadan Eid Thanksgiving Halloween Hanukkah EDT EST PDT PST CDT CST MDT MST BST CET CEST'.split(' '),
);

/** Connectors that join only a person's names ("bin Laden", "van Gogh", "von der Leyen"). */
export const personParticles = new Set(['bin', 'ibn', 'van', 'von', 'der', 'den']);
/** A surname's particle capitalised, as a sentence opens with it ("De Niro said", "Von der Leyen added"). */
export function isCapitalisedParticle(word: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(word) && surnameParticles.has(word.toLowerCase());
}
/** Lower-case words allowed between capitalised words of one name. */
export const connectors = new Set(['of', 'for', 'de', 'del', 'des', 'la', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'di', 'du', 'le', 'al', 'bin', 'ibn', 'y', 'on', 'and', 'es']);

export const capitalised = /^\p{Lu}/u;
const elidedParticle = /^(?:d|l|dell|dall)['’]\p{Lu}\p{Ll}/u;
/** Arabic surnames written with their article: "al-Amr", "el-Sisi", "ash-Sharaa". */
const articleParticle = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}\p{Ll}/u;

export function isNameWord(word: Word): boolean {
  // Most words open with a lower-case ASCII letter that no particle below opens with: not names, untested.
  const code = word.text.charCodeAt(0);
  if (code >= 97 && code <= 122 && code !== 97 && code !== 100 && code !== 101 && code !== 108) return false;
  if (/^(?:I|We|You|They|He|She|It|Let)['’]/u.test(word.text)) return false;
  // Elided particles open a surname: "d'Ettorre", "D'Alema", "O'Reilly" (only d, l, a, e open the patterns).
  if ((code === 97 || code === 100 || code === 101 || code === 108) && (elidedParticle.test(word.text) || articleParticle.test(word.text))) return true;
  return mayOpenName(word.text) && !notNames.has(word.text) && !notNames.has(stripPossessive(word.text));
}

export function stripPossessive(value: string): string {
  return value.length > 2 ? withoutPossessive(value) : value;
}

export function mention(text: string, start: number, end: number, type: EntityType, role: Span | null, sentence: number): EntityMention {
  return {start, end, text: text.slice(start, end), type, role, sentence, actor: null};
}
