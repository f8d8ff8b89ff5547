import assert from 'node:assert/strict';
import {random} from '../support/corpus.js';
import {findContaining, findOverlapping, findStartingIn, indexContaining, overlapping, startingIn, within} from '../../src/core/text/span-index.js';

interface Item {
  start: number;
  end: number;
  id: number;
}

/** Spans sorted by start (or not), most short, a few long enough to cover many others. */
function spans(next: () => number, count: number, sorted: boolean): Item[] {
  const items: Item[] = [];
  let start = 0;
  for (let id = 0; id < count; id++) {
    start += Math.floor(next() * 6);
    const length = next() < 0.05 ? Math.floor(next() * 200) : Math.floor(next() * 8);
    items.push({start, end: start + length, id});
  }
  if (!sorted) items.sort(() => next() - 0.5);
  return items;
}

describe('span index', () => {
  it('answers as the scans it replaces, over sorted and unsorted lists with long spans', () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const list = spans(next, 1 + Math.floor(next() * 120), round % 4 !== 3);
      const odd = (item: Item) => item.id % 2 === 1;
      for (let query = 0; query < 60; query++) {
        const from = Math.floor(next() * 500) - 20;
        const to = from + Math.floor(next() * 30);
        assert.equal(findContaining(list, from), list.find((item) => item.start <= from && from < item.end));
        assert.equal(findContaining(list, from, odd), list.find((item) => item.start <= from && from < item.end && odd(item)));
        assert.equal(indexContaining(list, from), list.findIndex((item) => item.start <= from && from < item.end));
        assert.equal(findOverlapping(list, from, to), list.find((item) => item.start < to && from < item.end));
        assert.equal(findOverlapping(list, from, to, odd), list.find((item) => item.start < to && from < item.end && odd(item)));
        assert.deepEqual(overlapping(list, from, to), list.filter((item) => item.start < to && from < item.end));
        assert.equal(findStartingIn(list, from, to), list.find((item) => from <= item.start && item.start <= to));
        assert.deepEqual(startingIn(list, from, to), list.filter((item) => from <= item.start && item.start <= to));
        assert.deepEqual(within(list, from, to), list.filter((item) => item.start >= from && item.end <= to));
      }
      // A list that grows after it was asked about is indexed again.
      list.push({start: 10_000, end: 10_400, id: list.length});
      assert.equal(findContaining(list, 10_200), list.find((item) => item.start <= 10_200 && 10_200 < item.end));
    }
  });
});
