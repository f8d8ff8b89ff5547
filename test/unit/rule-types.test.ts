/**
 * The rules' part of the tagger's context kept in step (ner/rule-types.ts) must equal
 * `ruleTypesOf` after every edit and name every word whose answer changed, however the edit
 * changes the rules: a rule retyped, added or dropped near it, rules overlapping across it.
 */
import assert from 'node:assert/strict';
import {ruleTypesOf} from '../../src/core/ner/context.js';
import {RuleTypes} from '../../src/core/ner/rule-types.js';
import type {RuleSpan} from '../../src/core/ner/features.js';
import type {EntityType} from '../../src/core/model.js';
import type {SentenceSpan} from '../../src/core/text/sentences.js';
import {random} from '../support/corpus.js';
import {lineSentence, placed} from '../support/line-sentences.js';


const types: EntityType[] = ['person', 'organization', 'place'];
/** Words as long as each other, so that one replaced leaves the others where they were; few repeat. */
function randomWord(next: () => number): string {
  return `W${String(Math.floor(next() * 60)).padStart(2, '0')}${next() < 0.1 ? '’s' : 'x'}`;
}

function randomLine(next: () => number): string {
  const length = 3 + Math.floor(next() * 6);
  return Array.from({length}, () => randomWord(next)).join(' ');
}

/** The rules each line always gets (by its text), so that unchanged lines keep theirs; some overlap the next. */
function lineRules(line: SentenceSpan, seed: number): Array<{start: number; end: number; type: EntityType}> {
  const next = random(seed);
  const rules: Array<{start: number; end: number; type: EntityType}> = [];
  for (let index = 0; index < line.words.length; index++) {
    if (next() > 0.4) continue;
    const to = line.words[Math.min(line.words.length - 1, index + Math.floor(next() * 3))]!;
    const overlap = next() < 0.2 ? 4 : 0;
    rules.push({start: line.words[index]!.start, end: to.end + overlap, type: types[Math.floor(next() * 3)]!});
  }
  return rules;
}

describe('name tagger: rules’ types kept in step across edits', () => {
  it('equals ruleTypesOf after every edit and reports every word whose answer changed', () => {
    const next = random(7);
    let lines = Array.from({length: 30}, () => lineSentence(randomLine(next)));
    const seeds = new Map<SentenceSpan, number>(lines.map((line, index) => [line, index]));
    const tracker = new RuleTypes();
    let previous = new Map<string, string>();
    for (let version = 0; version < 200; version++) {
      if (version > 0) {
        // One line changed (a new line in its place), now and then added or dropped.
        const at = Math.floor(next() * lines.length);
        const line = lineSentence(randomLine(next));
        seeds.set(line, version * 1000);
        const kind = next();
        lines = lines.slice();
        if (kind < 0.3) {
          // A word retyped to another as long: the line's rules stay where they were, over other words.
          const old = lines[at]!;
          const word = old.words[Math.floor(next() * old.words.length)]!;
          const text = old.words.map((item) => (item === word ? randomWord(next) : item.text)).join(' ');
          const retyped = lineSentence(text);
          seeds.set(retyped, seeds.get(old)!);
          lines[at] = retyped;
        } else if (kind < 0.7) lines[at] = line;
        else if (kind < 0.85) lines.splice(at, 0, line);
        else if (lines.length > 2) lines.splice(at, 1);
      }
      let offset = 0;
      const sentences = lines.map((origin, index) => {
        const sentence = placed(origin, offset, index);
        offset += origin.end + 1;
        return sentence;
      });
      // A rule near the edit retyped now and then: the rules of unchanged lines need not be the same.
      const rules: RuleSpan[] = sentences.flatMap((sentence, index) =>
        lineRules(lines[index]!, seeds.get(lines[index]!)!).map((rule) => ({start: rule.start + sentence.start, end: Math.min(rule.end + sentence.start, offset), type: next() < 0.03 ? types[Math.floor(next() * 3)]! : rule.type, role: null})),
      );
      const changed = new Set<string>();
      tracker.update(sentences, lines, rules, (word) => changed.add(word));
      const fresh = ruleTypesOf(sentences, rules);
      assert.deepEqual([...tracker.types].sort(), [...fresh].sort(), `version ${version}`);
      for (const word of new Set([...fresh.keys(), ...previous.keys()])) if (fresh.get(word) !== previous.get(word)) assert.ok(changed.has(word), `version ${version}: ${word} changed unreported`);
      previous = fresh;
    }
  });
});
