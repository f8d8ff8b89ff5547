/** Messages between the extension host and the analysis worker (plain, structured-cloneable). */
import type {AnalyzeOptions, Annotations} from '../core/index.js';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/**
 * The host asks for the next message of result `id` once it has handled the previous one.
 * Node delivers every message already queued on a port in one go (up to a thousand, without
 * returning to the event loop), so a worker that posted a large result's chunks back to back
 * blocked the host for the time of deserialising all of them, about a second for 5 MB. With one
 * message in flight, the host turns its event loop between chunks.
 */
export interface NextRequest {
  id: number;
  next: true;
}

export type HostMessage = WorkerRequest | NextRequest;

/** The annotation lists that grow with the article. */
type ListKey = 'entities' | 'quotes' | 'claims' | 'actors' | 'findings';
const LIST_KEYS: readonly ListKey[] = ['entities', 'quotes', 'claims', 'actors', 'findings'];

/** Part of one list of a result, sent ahead of the result itself. */
export type Chunk = {[K in ListKey]: {list: K; items: Annotations[K]}}[ListKey];

export type WorkerReply =
  | {id: number; chunk: Chunk; annotations?: undefined; error?: undefined}
  | {id: number; annotations: Annotations; chunk?: undefined; error?: undefined}
  | {id: number; error: string; annotations?: undefined; chunk?: undefined};

/** A reply that carries (part of) a result. */
export type ResultReply = WorkerReply & {error?: undefined};

/**
 * Spans per message. Receiving a message deserialises it in one go on the host's thread; a
 * chunk of this size takes a few milliseconds there, and the host handles other events between
 * chunks. Counted in spans, not items: one actor of a long article can carry thousands of
 * mentions, and a chunk of 250 such actors took 30 ms to handle.
 */
export const CHUNK_SPANS = 750;

/** How many spans an item carries: what its share of a message costs to receive. */
function weightOf(list: ListKey, item: Annotations[ListKey][number]): number {
  switch (list) {
    case 'quotes':
      return 3;
    case 'claims':
      return 1 + (item as Annotations['claims'][number]).numbers.length;
    case 'actors':
      return 1 + (item as Annotations['actors'][number]).mentions.length;
    default:
      return 1;
  }
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/**
 * The spans of one item of a list: the item itself where it is a span, and the spans in it.
 * `text` is always `source.slice(start, end)` (the model's contract), so it need not travel.
 */
function spansOf(list: ListKey, item: Annotations[ListKey][number]): SpanLike[] {
  switch (list) {
    case 'entities':
      return [item as Annotations['entities'][number]];
    case 'quotes': {
      const quote = item as Annotations['quotes'][number];
      const spans: SpanLike[] = [quote];
      if (quote.speaker) spans.push(quote.speaker);
      if (quote.cue) spans.push(quote.cue);
      return spans;
    }
    case 'claims': {
      const claim = item as Annotations['claims'][number];
      return [claim, ...claim.numbers];
    }
    case 'actors':
      return (item as Annotations['actors'][number]).mentions;
    case 'findings':
      return [];
  }
}

/**
 * A copy of `item` whose span texts are empty where they equal the source's slice: the host has
 * the source and slices it again. Deserialising those texts (every quote and claim sentence, a
 * copy of most of the article) was most of the bytes a result costs the host and the young
 * garbage that made its collections long. A text that differs (none should) travels as it is.
 */
function withoutTexts<K extends ListKey>(list: K, item: Annotations[K][number], source: string): Annotations[K][number] {
  const strip = <T extends SpanLike>(span: T): T => (span.text !== '' && span.text === source.slice(span.start, span.end) ? {...span, text: ''} : span);
  switch (list) {
    case 'entities':
      return strip(item as Annotations['entities'][number]) as Annotations[K][number];
    case 'quotes': {
      const quote = item as Annotations['quotes'][number];
      return {...strip(quote), speaker: quote.speaker && strip(quote.speaker), cue: quote.cue && strip(quote.cue)} as Annotations[K][number];
    }
    case 'claims': {
      const claim = item as Annotations['claims'][number];
      return {...strip(claim), numbers: claim.numbers.map(strip)} as Annotations[K][number];
    }
    case 'actors': {
      const actor = item as Annotations['actors'][number];
      return {...actor, mentions: actor.mentions.map(strip)} as Annotations[K][number];
    }
    default:
      return item;
  }
}

/** Puts back the texts `withoutTexts` emptied, in place (the items are the host's own copies). */
function restoreTexts(list: ListKey, items: ReadonlyArray<Annotations[ListKey][number]>, source: string): void {
  for (const item of items) {
    for (const span of spansOf(list, item)) if (span.text === '' && span.end > span.start) span.text = source.slice(span.start, span.end);
  }
}

/**
 * A result as messages: its lists in chunks, then the rest with the lists' last pieces. With
 * `source` (the analysed text), span texts are left for the receiver to slice from it again.
 */
export function replyMessages(id: number, annotations: Annotations, chunkSpans = CHUNK_SPANS, source?: string): ResultReply[] {
  const messages: ResultReply[] = [];
  const last = {...annotations};
  const piece = <K extends ListKey>(list: K, from: number, to: number): Annotations[K] => {
    const items = annotations[list].slice(from, to) as Annotations[K];
    return source === undefined ? items : (items.map((item) => withoutTexts(list, item, source)) as Annotations[K]);
  };
  const split = <K extends ListKey>(list: K) => {
    const items = annotations[list];
    let at = 0;
    let weight = 0;
    for (let index = 0; index < items.length; index++) {
      weight += weightOf(list, items[index]!);
      // A chunk ends once it holds its share of spans; what remains goes with the last message.
      if (weight >= chunkSpans && index + 1 < items.length) {
        messages.push({id, chunk: {list, items: piece(list, at, index + 1)} as Chunk});
        at = index + 1;
        weight = 0;
      }
    }
    last[list] = piece(list, at, items.length);
  };
  for (const list of LIST_KEYS) split(list);
  messages.push({id, annotations: last});
  return messages;
}

/** Puts a result back together from its messages, in the order they were posted. */
export class ReplyAssembler {
  private readonly chunks = new Map<number, Chunk[]>();

  /**
   * The whole result once its last message arrives, else undefined. `source` is the analysed
   * text when the sender left span texts out.
   */
  add(reply: ResultReply, source?: string): Annotations | undefined {
    if (source !== undefined) {
      if (reply.chunk) restoreTexts(reply.chunk.list, reply.chunk.items, source);
      else for (const list of LIST_KEYS) restoreTexts(list, reply.annotations![list], source);
    }
    if (reply.chunk) {
      const list = this.chunks.get(reply.id) ?? [];
      list.push(reply.chunk);
      this.chunks.set(reply.id, list);
      return undefined;
    }
    const chunks = this.chunks.get(reply.id) ?? [];
    this.chunks.delete(reply.id);
    const annotations = {...reply.annotations!};
    const join = <K extends ListKey>(list: K) => {
      const parts = chunks.filter((chunk) => chunk.list === list).map((chunk) => chunk.items as Annotations[K]);
      if (parts.length > 0) annotations[list] = ([] as Array<Annotations[K][number]>).concat(...parts, annotations[list]) as Annotations[K];
    };
    for (const list of LIST_KEYS) join(list);
    return annotations;
  }

  /** Forgets a result whose request was abandoned. */
  drop(id: number): void {
    this.chunks.delete(id);
  }
}

/** Anything messages can be posted to and received from: a Worker, or a worker's parent port. */
export interface Port {
  postMessage(message: unknown): void;
}

/**
 * The host's side of one result stream: hand every reply to `receive` with the analysed text; it asks the worker for
 * the next message after a chunk and settles the result with the last one. Shared by the
 * extension and the bench, so that the bench measures the protocol the extension speaks.
 */
export class ReplyReceiver {
  private readonly assembler = new ReplyAssembler();

  constructor(private readonly port: Port) {}

  /**
   * `undefined` while chunks of `reply.id` are still to come (the next one has been asked for),
   * the result or the worker's error once the last message arrived.
   */
  receive(reply: WorkerReply, source: string): {annotations: Annotations} | {error: string} | undefined {
    if (reply.error !== undefined) {
      this.assembler.drop(reply.id);
      return {error: reply.error};
    }
    const annotations = this.assembler.add(reply, source);
    if (annotations) return {annotations};
    this.port.postMessage({id: reply.id, next: true} satisfies NextRequest);
    return undefined;
  }

  /** Forgets a result nobody waits for; the worker drops it when the next request arrives. */
  drop(id: number): void {
    this.assembler.drop(id);
  }
}

/**
 * The worker's side: posts a result's messages one at a time, each after the host asked for it.
 * A new request abandons a stream the host stopped asking for.
 */
export class ReplySender {
  private pending: {id: number; messages: ResultReply[]; next: number} | undefined;

  constructor(
    private readonly port: Port,
    private readonly chunkSpans = CHUNK_SPANS,
  ) {}

  /** Starts sending `annotations`, the analysis of `source`, as the reply to request `id`. */
  send(id: number, annotations: Annotations, source: string): void {
    this.pending = {id, messages: replyMessages(id, annotations, this.chunkSpans, source), next: 0};
    this.post();
  }

  /** Abandons the stream in progress (a new request arrived). */
  cancel(): void {
    this.pending = undefined;
  }

  /** The host asked for the next message of `id`. */
  next(id: number): void {
    if (this.pending?.id === id) this.post();
  }

  private post(): void {
    const pending = this.pending!;
    const message = pending.messages[pending.next++]!;
    if (pending.next >= pending.messages.length) this.pending = undefined;
    this.port.postMessage(message);
  }
}

export function isNextRequest(message: HostMessage): message is NextRequest {
  return 'next' in message;
}
