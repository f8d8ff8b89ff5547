/**
 * The entity layer's last step (entities.ts: a caption's label cut off, a person's span cut to the
 * name, names that are never names dropped) reads each name, and the text a few dozen characters
 * around it, alone. A name the edit left as it was, with the text it reads, comes out as it did,
 * moved: its outcome is kept from the previous version, not worked out again for each of the
 * thousands of names of a long article on every keystroke. The names are fresh copies every
 * version all the same: the actors layer writes into them.
 */
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {textChange} from '../text/changes.js';

/** What the step made of one name: dropped, kept as it was, or another span or type (offsets from the name's start). */
type Outcome = typeof DROPPED | typeof KEPT | {start: number; end: number; text: string; type: EntityType};
const DROPPED = 0;
const KEPT = 1;

/** What a version keeps for the next: its text, the step's input and the outcome of each. */
export interface FinalState {
  text: string;
  inputs: readonly EntityMention[];
  outcomes: readonly Outcome[];
}

/** How far the step reads before a name's start and after its end, in characters. */
export interface Reach {
  before: number;
  after: number;
}

/**
 * The step's output for `mentions` (one copy each of those it keeps, in order): `step` gives a
 * name's outcome from a copy of it, which it may return or replace. With `previous`, the names
 * the edit left, with the text within `reach` of them, take their outcome from there.
 */
export function finalNearEdit(previous: FinalState | undefined, mentions: readonly EntityMention[], text: string, reach: Reach, step: (copy: EntityMention) => EntityMention | null): {mentions: EntityMention[]; state: FinalState} {
  const outcomes: Outcome[] = new Array<Outcome>(mentions.length);
  let head = 0;
  let tail = 0;
  if (previous) {
    const {prefix, suffixStart, delta} = textChange(previous.text, text);
    const old = previous.inputs;
    const shorter = Math.min(old.length, mentions.length);
    // Before the edit, the same names at the same places (mostly the same objects); after it, moved.
    while (head < shorter && mentions[head]!.end + reach.after <= prefix && sameName(old[head]!, mentions[head]!, 0)) {
      outcomes[head] = previous.outcomes[head]!;
      head++;
    }
    const oldSuffix = suffixStart - delta;
    while (tail < shorter - head) {
      const then = old[old.length - 1 - tail]!;
      if (then.start - reach.before < oldSuffix || !sameName(then, mentions[mentions.length - 1 - tail]!, delta)) break;
      outcomes[mentions.length - 1 - tail] = previous.outcomes[old.length - 1 - tail]!;
      tail++;
    }
  }
  const result: EntityMention[] = [];
  for (let at = 0; at < mentions.length; at++) {
    const item = mentions[at]!;
    let outcome = outcomes[at];
    if (outcome === undefined) {
      const found = step(copyOf(item));
      outcome = found === null ? DROPPED : found.start === item.start && found.end === item.end && found.text === item.text && found.type === item.type ? KEPT : {start: found.start - item.start, end: found.end - item.start, text: found.text, type: found.type};
      outcomes[at] = outcome;
      if (found !== null) result.push(found);
      continue;
    }
    if (outcome === DROPPED) continue;
    if (outcome === KEPT) result.push(copyOf(item));
    else result.push({start: item.start + outcome.start, end: item.start + outcome.end, text: outcome.text, type: outcome.type, role: item.role, sentence: item.sentence, actor: item.actor});
  }
  return {mentions: result, state: {text, inputs: mentions, outcomes}};
}

/** Written out, not spread: there are thousands. */
function copyOf(item: EntityMention): EntityMention {
  return {start: item.start, end: item.end, text: item.text, type: item.type, role: item.role, sentence: item.sentence, actor: item.actor};
}

/** What the step reads of a name itself, the same (moved by `delta`). */
function sameName(old: EntityMention, now: EntityMention, delta: number): boolean {
  return old === now ? delta === 0 : old.start + delta === now.start && old.end + delta === now.end && old.text === now.text && old.type === now.type;
}
