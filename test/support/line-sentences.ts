/** Sentences built by hand for the tagger context's and the passes' facts' tests. */
import type {SentenceSpan, Word} from '../../src/core/text/sentences.js';

/** A line's sentence with offsets from 0, words split at spaces (enough for the context and the counts). */
export function lineSentence(line: string): SentenceSpan {
  const words: Word[] = [];
  let last = 0;
  for (const match of line.matchAll(/\S+/gu)) {
    words.push({text: match[0], start: match.index, end: match.index + match[0].length, pos: '', index: words.length, before: line.slice(last, match.index)});
    last = match.index + match[0].length;
  }
  return {start: 0, end: line.length, paragraph: 0, index: 0, words};
}

/** `origin` moved by `delta` characters as the sentence and paragraph `index`. */
export function placed(origin: SentenceSpan, delta: number, index: number): SentenceSpan {
  return {start: origin.start + delta, end: origin.end + delta, paragraph: index, index, words: origin.words.map((word) => ({...word, start: word.start + delta, end: word.end + delta}))};
}
