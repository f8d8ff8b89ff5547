/**
 * What the quotes layer keeps of a version for the next one (incremental analysis only): its
 * quotations, the per-sentence reported speech and the per-quotation attributions, with how far
 * around itself each of them reads. Only data and its containers; the reuse is in reuse.ts and
 * near-edit.ts.
 */
import type {ActorMention, EntityMention} from '../data-map.js';
import type {Quote} from '../model.js';
import type {ParagraphSpan} from '../text/sentences.js';
import type {MarkedQuote} from '../text/quotation-marks.js';
import type {Changes} from '../text/changes.js';
import {lowerBoundOfNumbers} from '../text/span-index.js';
import type {Attribution} from './context.js';

/**
 * How far around its sentence reported speech reads the text, the mentions and the quotations
 * in marks (windows of a few words past a cue, 30 characters before one, 80 before a comma).
 */
export const SPEECH_REACH = 100;

/**
 * A sentence's reported speech as the next version may reuse it: offsets from the sentence's
 * start, texts detached from the document (a kept slice would keep its whole version alive).
 */
export interface KeptSpeech {
  /** The sentence's length, checked on reuse. */
  length: number;
  quotes: Quote[];
  /** Sourceless cues ("It was reported that …"), as [cue start, cue end, content start]. */
  sourceless: Array<[number, number, number]>;
}

/** Reported speech by sentence, in order, with each sentence's start (ascending). */
export interface KeptSpeechs {
  starts: number[];
  speech: KeptSpeech[];
}

/** What the layer keeps of its per-sentence and per-quotation work for the next version. */
export interface Kept {
  speech: KeptSpeechs;
  attributions: KeptAttributions;
}

/** What the quotes layer keeps of a version for the next one (incremental analysis only). */
export interface QuotesState extends Kept {
  text: string;
  mentions: readonly ActorMention[];
  entities: readonly EntityMention[];
  marks: readonly MarkedQuote[];
  paragraphs: readonly ParagraphSpan[];
  /** The layer's output, and whether each quote raised a finding (no speaker). */
  quotes: readonly Quote[];
  raises: readonly boolean[];
}

/**
 * Attributions of quotations in marks by opening mark, offsets from it: what `attributeMarked`
 * found (`marked`) and what `sentenceBefore` found (`before`, computed only where needed).
 */
export interface KeptAttributions {
  marked: KeptByOpening;
  before: KeptByOpening;
}

/**
 * Attributions by the offset of their quotation's opening mark, in the order the layer asks
 * (quotations in marks come in text order): arrays and a cursor, not a Map rebuilt every version.
 */
export class KeptByOpening {
  private readonly offsets: number[] = [];
  private readonly values: Array<Attribution | undefined> = [];
  private cursor = 0;

  set(offset: number, value: Attribution | undefined): void {
    // The same opening asked again replaces its value, as a Map would.
    if (this.offsets[this.offsets.length - 1] === offset) this.values[this.values.length - 1] = value;
    else {
      this.offsets.push(offset);
      this.values.push(value);
    }
  }

  /**
   * The position of the value kept for `offset`, or -1. Asked in increasing order, each is found
   * by moving on from the last; one asked out of order is not found, which costs only its
   * recomputation.
   */
  find(offset: number): number {
    const offsets = this.offsets;
    while (this.cursor < offsets.length && offsets[this.cursor]! < offset) this.cursor++;
    return offsets[this.cursor] === offset ? this.cursor : -1;
  }

  valueAt(position: number): Attribution | undefined {
    return this.values[position];
  }

  /**
   * Adds `from`'s values for the openings from `start` to `end` (included), moved by `shift`,
   * their actors renamed by `renamed`; the moved opening of each one whose actor is no longer one
   * goes to `failed` instead. The cursor is left alone.
   */
  addFrom(from: KeptByOpening, start: number, end: number, shift: number, renamed: ReadonlyMap<string, string | null> | undefined, failed: number[]): void {
    const offsets = from.offsets;
    for (let at = lowerBoundOfNumbers(offsets, start); at < offsets.length && offsets[at]! <= end; at++) {
      let value = from.values[at];
      if (renamed && value?.actor != null) {
        const actor = renamed.get(value.actor);
        if (!actor) {
          failed.push(offsets[at]! + shift);
          continue;
        }
        if (actor !== value.actor) value = {...value, actor};
      }
      this.offsets.push(offsets[at]! + shift);
      this.values.push(value);
    }
  }
}

/**
 * How far around the paragraphs before and after a quotation's own the attribution of a
 * quotation in marks may read: the sentences around its marks and the one before its opening
 * mark lie in those paragraphs, and a cue after it is looked for 80 characters on.
 */
export const MARKED_REACH = 100;

/** The previous version's results and what changed since, for reusing them; see `Changes`. */
export interface Reuse {
  before: QuotesState;
  changes: Changes;
  /** Previous version's actor ids → this version's, `null` where one actor became several. */
  actors: Map<string, string | null>;
  /** How many more sentences this version has. */
  sentenceDelta: number;
  /** Some actor's id changed (`actors` maps one to another, or to null). */
  renamed: boolean;
}
