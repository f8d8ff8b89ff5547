/** Assertions every annotation result must satisfy, whatever the text. */
import assert from 'node:assert/strict';
import {analyze, type Annotations, type Span} from '../../src/core/index.js';

export function assertSpansIndexText(result: Annotations, text: string): void {
  const check = (span: Span | null, what: string) => {
    if (!span) return;
    assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end, `${what} ${span.start}-${span.end} lies outside the text`);
    assert.equal(span.text, text.slice(span.start, span.end), `${what} text differs from the document slice`);
  };
  assert.equal(result.document.length, text.length);
  for (const entity of result.entities) check(entity, `entity ${entity.id}`);
  for (const quote of result.quotes) {
    check(quote, `quote ${quote.id}`);
    check(quote.speaker, `speaker of ${quote.id}`);
    check(quote.cue, `cue of ${quote.id}`);
  }
  for (const claim of result.claims) {
    check(claim, `claim ${claim.id}`);
    for (const number of claim.numbers) check(number, `number in ${claim.id}`);
  }
  for (const actor of result.actors) for (const mention of actor.mentions) check(mention, `mention of ${actor.id}`);
  const actorIds = new Set(result.actors.map((actor) => actor.id));
  for (const item of [...result.entities, ...result.quotes, ...result.claims]) {
    if (item.actor !== null) assert.ok(actorIds.has(item.actor), `${item.id} names unknown actor ${item.actor}`);
  }
}

/** The actor whose mentions include `text`, by name. */
export function actorNamed(result: Annotations, name: string) {
  return result.actors.find((actor) => actor.name === name);
}

/** The entities of `text` as "text/type", with the rules alone (`null`) or the shipped tagger too, their spans checked. */
export function entitiesOf(text: string, entityModel?: null): string[] {
  const result = analyze(text, entityModel === null ? {entityModel} : {});
  assertSpansIndexText(result, text);
  return result.entities.map((entity) => `${entity.text}/${entity.type}`);
}
