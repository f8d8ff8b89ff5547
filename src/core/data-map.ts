/**
 * What each layer leaves in `file.data` for the layers after it (entities → actors → quotes →
 * claims), typed by augmenting vfile's DataMap.
 */
import type {Actor, Claim, EntityType, Quote, Span} from './model.js';
import type {AnalysisMemo} from './memo.js';

export interface EntityMention extends Span {
  type: EntityType;
  /** The title or role phrase written before the name ("U.S. Secretary of State"). */
  role: Span | null;
  /** Index of the sentence in the document's layout. */
  sentence: number;
  /** Actor id, filled by the actors layer. */
  actor: string | null;
}

export interface Demonym extends Span {
  country: string;
}

/** Any span that refers to an actor: a name, a role phrase, a pronoun. */
export interface ActorMention extends Span {
  actor: string;
  kind: 'name' | 'role' | 'pronoun';
}

declare module 'vfile' {
  interface DataMap {
    entityMentions: EntityMention[];
    demonyms: Demonym[];
    actors: Actor[];
    actorMentions: ActorMention[];
    quotes: Quote[];
    claims: Claim[];
    /** The incremental analyser's per-sentence results of earlier versions (absent for `analyze`). */
    memo: AnalysisMemo;
  }
}
