/**
 * The tagger's document context kept across versions (ner/context.ts) must answer every question
 * as `documentContext` over the same version does, and its change log must name every key whose
 * answer changed: the memo reuses a tagging when none of the keys it read is logged.
 */
import assert from 'node:assert/strict';
import {ContextTracker, CAPITAL, LOWER, RULE, ruleTypesOf} from '../../src/core/ner/context.js';
import {documentContext, type DocumentContext, type RuleSpan} from '../../src/core/ner/features.js';
import type {EntityType} from '../../src/core/model.js';
import type {SentenceSpan} from '../../src/core/text/sentences.js';
import {exampleArticles, random} from '../support/corpus.js';
import {lineSentence, placed} from '../support/line-sentences.js';
import {examplesDir} from '../support/paths.js';


const types: EntityType[] = ['person', 'organization', 'place'];

/** Rules over runs of words of the placed sentences, sorted by start, some with roles, some past a word's end. */
function someRules(sentences: readonly SentenceSpan[], next: () => number): RuleSpan[] {
  const rules: RuleSpan[] = [];
  for (const sentence of sentences) {
    for (let index = 0; index < sentence.words.length; index++) {
      if (next() > 0.15) continue;
      const length = 1 + Math.floor(next() * 3);
      const from = sentence.words[index]!;
      const to = sentence.words[Math.min(sentence.words.length - 1, index + length - 1)]!;
      const end = to.end - (next() < 0.2 ? 2 : 0);
      const roleWord = sentence.words[index - 1];
      rules.push({start: from.start, end: Math.max(from.start + 1, end), type: types[Math.floor(next() * 3)]!, role: roleWord && next() < 0.3 ? {start: roleWord.start, end: roleWord.end} : null});
      index += length;
    }
  }
  return rules.sort((a, b) => a.start - b.start);
}

function answers(context: DocumentContext, keys: readonly string[]): string {
  return keys.map((key) => `${context.lowerSeen.has(key) ? 1 : 0}${context.capitalSeen.has(key) ? 1 : 0}${context.ruleTypes.get(key) ?? '-'}`).join(' ');
}

describe('name tagger: document context kept across versions', () => {
  it('answers as documentContext after every version, and logs every key whose answer changed', () => {
    const lines = exampleArticles(examplesDir).flat().slice(0, 40).map(lineSentence);
    const keys = [...new Set(lines.flatMap((line) => line.words.flatMap((word) => [word.text, word.text.replace(/['’]s?$/u, ''), word.text.toLowerCase()])))];
    const next = random(42);
    const tracker = new ContextTracker();
    let order = lines.slice(0, 20);
    let previous = '';
    for (let version = 0; version < 60; version++) {
      // Lines dropped, added, repeated and moved, as edits do.
      const change = next();
      if (change < 0.3 && order.length > 1) order.splice(Math.floor(next() * order.length), 1);
      else if (change < 0.6) order.splice(Math.floor(next() * order.length), 0, lines[Math.floor(next() * lines.length)]!);
      else if (change < 0.8) order.push(order[Math.floor(next() * order.length)]!);
      else order = order.slice(1).concat(order.slice(0, 1));
      const origins = new Map<SentenceSpan, SentenceSpan>();
      let offset = 0;
      const sentences = order.map((origin, index) => {
        const sentence = placed(origin, offset, index);
        offset += origin.end + 2;
        origins.set(sentence, origin);
        return sentence;
      });
      const rules = someRules(sentences, next);
      const fresh = documentContext(sentences, rules);
      // Now and then a sentence the tracker cannot place: it counts everything again.
      const unplaced = next() < 0.05 ? sentences[0] : undefined;
      const tracked = tracker.update(sentences, rules, sentences.map((sentence) => (sentence === unplaced ? undefined : origins.get(sentence))));
      assert.deepEqual([...ruleTypesOf(sentences, rules)].sort(), [...(fresh.ruleTypes as Map<string, string>)].sort(), `version ${version}: rule types`);
      const now = answers(tracked, keys);
      assert.equal(now, answers(fresh, keys), `version ${version}`);
      if (version > 0) {
        const from = tracker.changesAfter(tracked.generation - 1);
        if (from >= 0) {
          const logged = new Map<string, number>();
          for (let at = from; at < tracker.changeCount; at++) logged.set(tracker.changedKey(at), (logged.get(tracker.changedKey(at)) ?? 0) | tracker.changedBit(at));
          const before = previous.split(' ');
          now.split(' ').forEach((answer, at) => {
            const bits = (answer[0] !== before[at]![0] ? LOWER : 0) | (answer[1] !== before[at]![1] ? CAPITAL : 0) | (answer.slice(2) !== before[at]!.slice(2) ? RULE : 0);
            assert.equal((logged.get(keys[at]!) ?? 0) & bits, bits, `version ${version}: ${keys[at]} changed unlogged`);
          });
        }
      }
      previous = now;
    }
  });
});
