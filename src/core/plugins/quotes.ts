/**
 * retext plugin: quotations and who said them.
 *
 * Direct and partial quotes come from quotation marks (curly, straight, guillemets, the
 * multi-paragraph convention); reported speech and quotations whose marks were lost come from
 * attribution cues (speech verbs, "according to"). Speakers are the mentions the actors layer
 * resolved, so a pronoun or a role phrase speaks for its actor.
 *
 * The finders live in ../quotes/, a module for each kind of quotation or concern; this plugin
 * runs them over the paragraphs an edit reached and moves the others' quotations (near-edit.ts).
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {Quote} from '../model.js';
import {layoutOf} from '../text/sentences.js';
import {findQuotationMarks} from '../text/quotation-marks.js';
import {idAt} from '../ids.js';
import type {Context} from '../quotes/context.js';
import {type Kept, type QuotesState, KeptByOpening} from '../quotes/kept.js';
import {reuseFrom} from '../quotes/reuse.js';
import {type Run, runsOf, movedRun} from '../quotes/near-edit.js';
import {quotesIn} from '../quotes/paragraph-quotes.js';
import {reportUnbalanced, raisesNoSpeaker, reportMissingSpeakers} from '../quotes/findings.js';

// Still importable from here, where the performance test asks for it.
export {cuesOf} from '../quotes/cues.js';

export default function retextQuotes() {
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const context: Context = {
      text,
      layout: layoutOf(tree, text),
      mentions: file.data.actorMentions ?? [],
      entities: file.data.entityMentions ?? [],
      sourcelessCues: new Set(),
    };
    const marks = findQuotationMarks(text, context.layout, file.data.memo);
    reportUnbalanced(file, marks.unbalanced);

    const memo = file.data.memo;
    const reuse = memo ? reuseFrom(memo.previous<QuotesState>('quotes'), context, marks.quotes) : undefined;
    const newKept = (): Kept => ({attributions: {marked: new KeptByOpening(), before: new KeptByOpening()}, speech: {starts: [], speech: []}});
    const kept = memo ? newKept() : undefined;
    const paragraphs = context.layout.paragraphs;
    const quotes: Quote[] = [];
    const raises: boolean[] = [];
    // Paragraphs whose quotations the previous version found alike are moved past the edit; the
    // others are found again (all of them without a previous version). Gives the offsets of the
    // moved items whose actor is no longer one (none when all moved): their paragraphs are then
    // found again, all at once.
    const collect = (runs: readonly Run[]): number[] => {
      const failed: number[] = [];
      for (const run of runs) {
        if (run.from >= run.to) continue;
        if (run.moved) {
          movedRun(reuse!, paragraphs[run.from]!.start, paragraphs[run.to - 1]!.end, quotes, raises, kept!, failed);
          continue;
        }
        for (const quote of quotesIn(context, marks.quotes, run.from, run.to, reuse, kept)) {
          quote.id = idAt('q', quotes.length);
          quotes.push(quote);
          raises.push(raisesNoSpeaker(quote, context, marks.quotes));
        }
      }
      return failed;
    };
    let runs = reuse && kept ? runsOf(reuse, context, marks.quotes) : undefined;
    for (let attempt = 0; runs; attempt++) {
      const failed = collect(runs);
      if (failed.length === 0) break;
      quotes.length = 0;
      raises.length = 0;
      Object.assign(kept!, newKept());
      // An actor that became several: what was said around everywhere it spoke is found again.
      // (Items found again are not moved, and the others moved as before: a second attempt
      // meets no new failure; a few more are allowed before the whole document is looked at.)
      for (const offset of failed) reuse!.changes.add(offset, offset);
      runs = attempt < 3 ? runsOf(reuse!, context, marks.quotes) : undefined;
    }
    if (!runs) collect([{from: 0, to: paragraphs.length, moved: false}]);
    reportMissingSpeakers(file, quotes, raises);
    file.data.quotes = quotes;
    if (memo && kept) memo.keep('quotes', {text, mentions: context.mentions, entities: context.entities, marks: marks.quotes, paragraphs, quotes, raises, ...kept} satisfies QuotesState);
  };
}
