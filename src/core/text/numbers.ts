/**
 * Numbers as news writes them: 80,000; over 80,000; 90%; $3.4 million; two-thirds; a dozen.
 * Days of the month and years are found too, marked as dates, so a claim's figures can leave
 * them out.
 */
import type {Span} from '../model.js';
import {sentenceLeads} from './lead-words.js';

export interface NumberSpan extends Span {
  date: boolean;
}

const month = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
const words = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions|billion|billions|half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|doubled|tripled|quadrupled|halved';
// Group 1 is a date, group 2 a figure; unnamed, so that a match makes no `groups` object.
const pattern = new RegExp(
  [
    `(\\b(?:${month})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:1[89]|20)\\d\\d\\b(?![,.]?\\d|\\s*(?:%|percent|per cent)))`,
    `([$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:million|billion|trillion|thousand))?|\\b\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:%|percent\\b|per cent\\b)|\\s+(?:million|billion|trillion|thousand)\\b)?|\\b(?:${words})(?:-(?:${words}))?\\b)`,
  ].join('|'),
  'gi',
);

/** Most sentences hold no number: their words say so before the pattern is run. */
const numberPattern = sentenceLeads.add(pattern);

/** The last answer: the claims layer asks about each sentence several times in a row. */
let lastValue: string | undefined;
let lastFound: readonly NumberSpan[] = [];

/** The numbers in `value`, in order. Shared between calls with the same text: do not modify. */
export function findNumbers(value: string): readonly NumberSpan[] {
  if (value === lastValue) return lastFound;
  const found: NumberSpan[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  // `pattern` is global: skipped, it is left as a run over all matches leaves it (lastIndex 0).
  if (sentenceLeads.may(numberPattern, value)) {
    while ((match = pattern.exec(value))) {
      const text = match[0];
      found.push({start: match.index, end: match.index + text.length, text, date: match[1] !== undefined});
    }
  }
  lastValue = value;
  lastFound = found;
  return found;
}
