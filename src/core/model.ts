/**
 * The annotation model: the contract of `shared/eval/FORMAT.md` (schema `news-annotations/1`).
 * Offsets are UTF-16 code units into the text exactly as read, `end` exclusive, and every
 * `text` equals `source.slice(start, end)`.
 */

export const SCHEMA = 'news-annotations/1';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity extends Span {
  id: string;
  type: EntityType;
  /** Id of the actor this mention belongs to, or null (places that never act, unresolved names). */
  actor: string | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'unmarked';

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  speaker: Span | null;
  cue: Span | null;
  actor: string | null;
}

/**
 * statistic: a count, rate or share ("over 80,000 individuals", "a 90% reduction");
 * quantity: an amount or measure without a counted population ("$3.4 million");
 * comparison: more/less/record/doubled without a figure;
 * causal: X caused, led to, is attributed to Y;
 * event: a dated, checkable occurrence ("On Monday, Rubio observed 43 …");
 * attributed: a factual statement made by a named source in reported speech.
 */
export type ClaimKind = 'statistic' | 'quantity' | 'comparison' | 'causal' | 'event' | 'attributed';

export interface Claim extends Span {
  id: string;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]. */
  score: number;
  /** Who the text attributes the claim to; null when the publication asserts it itself. */
  actor: string | null;
  /** The features that raised the score, for hovers (e.g. "number", "causal cue"). */
  features: string[];
  /** The numbers found in the claim, as written. */
  numbers: Span[];
}

export type ActorType = 'person' | 'organization';

export interface Actor {
  id: string;
  /** The fullest name the text gives. */
  name: string;
  type: ActorType;
  /** Titles and appositions ("U.S. Secretary of State", "El Salvador's President"). */
  roles: string[];
  /** Every mention: names, surnames, role phrases, resolved pronouns; in text order. */
  mentions: Span[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode = 'unattributed-claim' | 'quote-without-speaker' | 'unbalanced-quote';

/** A sourcing problem an editor should look at (a vfile message, flattened). */
export interface Finding {
  code: FindingCode;
  message: string;
  start: number;
  end: number;
  severity: Severity;
  /** Documentation of the code (README section). */
  url: string;
}

export interface Annotations {
  schema: typeof SCHEMA;
  document: { uri: string; length: number };
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  actors: Actor[];
  findings: Finding[];
}
