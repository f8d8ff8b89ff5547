/**
 * Attribution with no source, in the passive or with a verb of seeming ("It was reported that
 * …", "is expected to"), and the source of a passive's by-phrase. Such quotations raise no
 * finding (see findings.ts), so they are told apart here.
 */
import type {Quote, Span} from '../model.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {lowerBound} from '../text/span-index.js';
import {type Context, toQuote, actorOf, trimEnd} from './context.js';
import {type WordCues, cuesOf} from './cues.js';

/**
 * Attribution with no source, written in the passive or with a verb of seeming: "It was
 * reported that …", "North Korea is not thought to be capable …", "Melania seems to have
 * vanished". The content is the clause, cue inside; nobody is missing, so no finding is raised.
 */
export function sourceless(sentence: SentenceSpan, context: Context, contentEnd: number, wordCues: readonly WordCues[]): Quote[] {
  const {text} = context;
  const found: Quote[] = [];
  const words = sentence.words;
  for (const word of words) {
    // Guarded: index -1 is no array index, and reading it slows V8's element loads here (see ner/scoring.ts).
    const previous = word.index > 0 ? words[word.index - 1] : undefined;
    if (!previous || word.start >= contentEnd) continue;
    const cues = wordCues[word.index]!;
    const byPhrase = passiveBy(word, words, text, cues);
    if (!isSourcelessCue(word, words, text, cues) && !byPhrase) continue;
    const start = clauseStart(sentence, word.index, text);
    const impersonal = /^it$/i.test(words[lowerBound(words, start)]?.text ?? '');
    const that = impersonal ? /^\s+that\s/u.exec(text.slice(word.end, word.end + 7)) : null;
    if (impersonal && !that) continue;
    const contentStart = that ? word.end + that[0].indexOf('that') : start;
    // The clause ends at the next comma or semicolon: "…, it is considered a threat" is another.
    const stop = words.slice(word.index + 1, word.index + 60).find((item) => item.start < contentEnd && /[,;]/.test(item.before));
    const end = stop ? trimEnd(text, contentStart, stop.start) : contentEnd;
    if (end - contentStart < 10) continue;
    const cue: Span = {start: word.start, end: word.end, text: word.text};
    if (byPhrase) {
      // "The registration issue was first reported by The Washington Post": the subject is the content.
      // "The proposal must be approved by …", "is likely to be decided by …": the subject ends before the verb group.
      let verbGroup = auxiliaryBefore(words, word.index)!;
      while (verbGroup.index > 0 && verbGroupWord(words[verbGroup.index - 1]!)) verbGroup = words[verbGroup.index - 1]!;
      const subjectEnd = trimEnd(text, contentStart, verbGroup.start);
      if (subjectEnd - contentStart < 3) continue;
      found.push(toQuote({start: contentStart, end: subjectEnd, text: ''}, 'indirect', {speaker: byPhrase, cue, actor: actorOf(byPhrase, context)}, text));
      continue;
    }
    found.push({...toQuote({start: contentStart, end, text: ''}, 'indirect', {speaker: null, cue, actor: null}, text)});
    context.sourcelessCues.add(`${cue.start}:${cue.end}:${contentStart}`);
  }
  return found;
}

/** A word of a passive's verb group before its "be" ("must", "is likely to", "has"). */
function verbGroupWord(word: Word): boolean {
  return word.pos === 'MD' || word.pos.startsWith('RB') || /^(?:to|is|are|was|were|has|have|had|likely|unlikely|expected|going|set|due|about|not)$/iu.test(word.text);
}

/** The source after a passive cue: "was first reported by The Washington Post". */
function passiveBy(word: Word, words: readonly Word[], text: string, cues: WordCues): Span | undefined {
  // Asked of every word: the word itself rules most out, before the words behind it are read.
  if (!cues.passive && !((word.pos === 'VBD' || word.pos === 'VBN') && cues.lemma !== undefined)) return undefined;
  if (!/^(?:is|are|was|were|be|been|being)$/i.test(auxiliaryBefore(words, word.index)?.text ?? '')) return undefined;
  const by = words[word.index + 1];
  if (!by || by.text !== 'by' || !/^\s+$/.test(by.before)) return undefined;
  let last = by.index;
  while (last + 1 < words.length && last - by.index < 6 && /^\s+$/.test(words[last + 1]!.before) && /^(?:NN|JJ|DT|CD|PRP|POS)/.test(words[last + 1]!.pos)) last++;
  if (last === by.index) return undefined;
  const start = words[by.index + 1]!.start;
  return {start, end: words[last]!.end, text: text.slice(start, words[last]!.end)};
}

export function isSourcelessCue(word: Word, words: readonly Word[], text: string, cues: WordCues = cuesOf(word.text)): boolean {
  const passive = cues.passive && /^(?:is|are|was|were|be|been|being)$/i.test(auxiliaryBefore(words, word.index)?.text ?? '');
  const seeming = cues.seeming && /^\s+to\s/u.test(text.slice(word.end, word.end + 5));
  // A by-phrase names the source ("was criticized by fellow physicians"): the speech layer's job.
  return (passive || seeming) && !/^\s+by\s/u.test(text.slice(word.end, word.end + 5));
}

/** The auxiliary before a participle, over adverbs ("is not widely thought"). */
function auxiliaryBefore(words: readonly Word[], index: number): Word | undefined {
  let at = index - 1;
  while (at >= 0 && index - at <= 3 && (words[at]!.pos.startsWith('RB') || /^(?:not|also|widely|long|often|sometimes|generally|largely|still|now|first|later|previously|recently|being)$/i.test(words[at]!.text))) at--;
  return words[at];
}

/** Where the clause holding a word starts: after the last comma, dash or subordinator before it. */
function clauseStart(sentence: SentenceSpan, index: number, text: string): number {
  const words = sentence.words;
  let at = index;
  while (at > 0 && index - at < 40) {
    const word = words[at]!;
    if (/[,;:—–(]|\s-\s/u.test(word.before)) break;
    const previous = words[at - 1]!;
    if (/^(?:that|which|who|while|although|though|because|if|when|but|and|since|whether)$/i.test(previous.text)) break;
    at--;
  }
  const start = words[at]!.start;
  return start + (/^[“"‘']/u.test(text[start] ?? '') ? 1 : 0);
}
