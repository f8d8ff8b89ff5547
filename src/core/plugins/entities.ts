/**
 * retext plugin: people, organisations and places.
 *
 * The rules find capitalised runs per sentence and classify them with gazetteers and context
 * (ner/rule-mentions.ts); the statistical tagger and the article-wide passes after it correct
 * and complete them (ner/passes.ts); a last step fits each name's span (person-span.ts), drops
 * what the user ignores and what is never a name, and an office set off before its holder.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {personSpan} from '../ner/person-span.js';
import {crossesHeadline} from '../ner/headline.js';
import {titleComplements, titleWords} from '../data/titles.js';
import {layoutOf} from '../text/sentences.js';
import {tagDocument, taggingInput, tagNested, type NerModel} from '../ner/tagger.js';
import {shippedModel} from '../ner/model.js';
import {passesAfterTagging} from '../ner/passes.js';
import {sameSet} from '../ner/near-edit.js';
import {finalNearEdit, type FinalState} from '../ner/final-near-edit.js';
import {keptByText} from '../text/kept-by-text.js';
import {isNeverName} from '../ner/never-names.js';
import {ruleMentions} from '../ner/rule-mentions.js';
import {guessedMentions} from '../ner/lone-names.js';

export interface EntityOptions {
  /** Extra names the user declared, by exact text. */
  names?: ReadonlyArray<{text: string; type: EntityType}>;
  /** Names never to report. */
  ignore?: readonly string[];
  /** The statistical tagger's model; `null` for the rules alone. Default: the shipped model. */
  model?: NerModel | null;
}

export default function retextEntities(options: EntityOptions = {}) {
  const userNames = new Map((options.names ?? []).map((name) => [name.text, name.type]));
  const ignored = new Set(options.ignore ?? []);
  const model = options.model === undefined ? shippedModel : options.model;

  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const layout = layoutOf(tree, text);
    const rules = ruleMentions(layout, text, userNames, file.data.memo);
    let mentions = rules.mentions;
    if (model) {
      const input = taggingInput(layout.sentences, rules.mentions);
      // The incremental analyser's memo gives the same names, reusing unchanged sentences' tagging.
      const memo = file.data.memo;
      memo?.tagContext(layout.sentences, input);
      mentions = passesAfterTagging({
        tagged: (from, to, note) => (memo ? memo.tagSentences(model, layout.sentences, input, from, to, note) : tagDocument(model, layout.sentences, rules.mentions, input)),
        model,
        rules,
        layout,
        guessed: guessedMentions,
        mayBeName: (value, start, end) => !isNeverName(value, start, end) && !crossesHeadline(value, start, end),
        nestedIn: (combined, note) => (memo ? memo.tagNested(model, layout.sentences, combined, input, note) : tagNested(model, layout.sentences, combined, rules.mentions, input)),
        memo,
      });
    }
    const final = (item: EntityMention): EntityMention | null => {
      const found = personSpan(withoutCaptionLabel(item, text));
      return found !== null && !ignored.has(found.text) && !isNeverName(text, found.start, found.end) ? found : null;
    };
    const incremental = file.data.memo;
    let kept: EntityMention[];
    if (incremental) {
      // The actors layer writes each mention's actor into it: with the memo, mentions the rules
      // found in an earlier version may come back unchanged (memo.ts `rules`), so it gets copies.
      const before = incremental.previous<FinalEntities>('entity-final');
      const done = finalNearEdit(before && sameSet(before.ignored, ignored) ? before : undefined, mentions, text, FINAL_REACH, final);
      incremental.keep('entity-final', {...done.state, ignored} satisfies FinalEntities);
      kept = done.mentions;
    } else {
      kept = mentions.map(final).filter((item): item is EntityMention => item !== null);
    }
    file.data.entityMentions = withoutOfficeBeforeName(kept, text);
    file.data.demonyms = rules.demonyms;
  };
}

/** What the last step kept of a version, with the names the user asked to ignore then. */
interface FinalEntities extends FinalState {
  ignored: ReadonlySet<string>;
}

/**
 * How far the last step reads around a name: `isNeverName` reads the word before it (40
 * characters) and a treaty's name after it (80), further than the rest.
 */
const FINAL_REACH = {before: 40, after: 80};

/** Whether a name is made of titles' words alone ("Home Secretary"); kept by text, asked of every person on every edit. */
const isOfficeAlone = keptByText((value: string): boolean => value.split(/\s+/u).every((word) => titleWords.has(word) || titleComplements.has(word)));

/**
 * "The Home Secretary, Yvette Cooper, said": an office set off before the name of the person
 * holding it is that person's role (actors.ts reads it so), not a second person. The list
 * itself when none is (no copy of thousands of names on every edit).
 */
function withoutOfficeBeforeName(mentions: EntityMention[], text: string): EntityMention[] {
  let kept: EntityMention[] | undefined;
  for (let index = 0; index < mentions.length; index++) {
    if (isOfficeBeforeName(mentions, index, text)) kept ??= mentions.slice(0, index);
    else kept?.push(mentions[index]!);
  }
  return kept ?? mentions;
}

function isOfficeBeforeName(mentions: readonly EntityMention[], index: number, text: string): boolean {
  const item = mentions[index]!;
  // The comma first: it is one character to read, and follows few names.
  if (item.type !== 'person' || text.charCodeAt(item.end) !== 0x2c || !isOfficeAlone(item.text)) return false;
  const comma = /^,[ \t]*/u.exec(text.slice(item.end, item.end + 4));
  if (!comma) return false;
  const next = mentions.slice(index + 1, index + 4).find((other) => other.start >= item.end);
  return Boolean(next && next.type === 'person' && next.start === item.end + comma[0].length);
}

const captionLabelAtEnd = /\s+(?:Image|Photo|Picture|Video|File|Source|Credit|Caption)$/u;

/** "student Ahmed Mohamed Image: Twitter": a caption's label after the name it shows is no part of it. */
function withoutCaptionLabel(item: EntityMention, text: string): EntityMention {
  if (text[item.end] !== ':') return item;
  const label = captionLabelAtEnd.exec(item.text);
  if (!label || label.index === 0) return item;
  return {...item, end: item.start + label.index, text: item.text.slice(0, label.index)};
}
