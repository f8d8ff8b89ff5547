/**
 * The English lexicon retext-pos tags with (Brill's, from the `pos` package): a capitalised word
 * that opens a sentence and is an ordinary English word there is no name by itself.
 */

/**
 * The lexicon, word to tags. Required, not imported: esbuild wraps an imported CommonJS module in
 * a namespace object with a getter per export, here one per word (92,000), which cost a tenth of
 * a second at every start of the engine.
 */
export const posLexicon = require('pos/lexicon.js') as Record<string, unknown>;

const words = posLexicon as Record<string, string[] | undefined>;

/** Whether the lexicon knows `value` at all, in lower case, by any reading. */
export function isInLexicon(value: string): boolean {
  return Object.hasOwn(words, value.toLowerCase());
}

/** Whether the lower-case form of `value` is a common English word (not only a proper noun). */
export function isCommonWord(value: string): boolean {
  const tags = Object.hasOwn(words, value.toLowerCase()) ? words[value.toLowerCase()] : undefined;
  return Array.isArray(tags) && tags.some((tag) => !tag.startsWith('NNP'));
}

/** The lexicon's readings of the lower-case form of `value`, most frequent first. */
export function readingsOf(value: string): readonly string[] | undefined {
  const tags = Object.hasOwn(words, value.toLowerCase()) ? words[value.toLowerCase()] : undefined;
  return Array.isArray(tags) ? tags : undefined;
}

/** Whether a capitalised word is listed as a proper noun only ("Trump", "Wells", "Sanders"). */
export function isProperOnly(value: string): boolean {
  const tags = Object.hasOwn(words, value) ? words[value] : undefined;
  return Array.isArray(tags) && tags.every((tag) => tag.startsWith('NNP'));
}

/** A word the lexicon knows in lower case and not as a proper noun alone in capitals ("Universe", not "Trump"). */
export function isOrdinaryWord(value: string): boolean {
  return isCommonWord(value) && !isProperOnly(value);
}

/** The lexicon's first (most frequent) reading of the lower-case form of `value`: "says" VBZ, "trump" NN. */
export function firstReading(value: string): string | undefined {
  return readingsOf(value)?.[0];
}

/**
 * Words that never name anything by themselves: prepositions, determiners, pronouns,
 * conjunctions, wh-words and interjections. A list, not the lexicon's tags: those are noisy
 * ("in" is also NNP) and take in surnames ("Ho", "Per") and given names ("Will", "May").
 */
const functionWords = new Set(
  `a an the this that these those all any each every either neither some no none both such what which whose whom who whoever whatever whichever when where why how
  i me my mine myself you your yours yourself we us our ours ourselves he him his himself she her hers herself it its itself they them their theirs themselves
  and or nor but yet so if because although though unless whether while whereas
  in on at of for from by with without within into onto upon about above below under over between among against during before after since until till through
  across along around behind beside besides beyond despite except inside outside near toward towards via than
  oh ah wow hey hello yes yeah okay thanks alas oops huh`.split(/\s+/u),
);
const pronounContraction = /^I['’](?:m|ve|ll|d)$/u;

/** Whether a single word, whatever its capitals ("In", "ALL", "Wow", "I’m"), is a function word. */
export function isFunctionWord(value: string): boolean {
  if (pronounContraction.test(value)) return true;
  // Short capitals are acronyms: "US" is not "us", "WHO" not "who".
  if (value.length <= 3 && value === value.toUpperCase()) return false;
  return functionWords.has(value.toLowerCase());
}
