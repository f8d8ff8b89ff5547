/** Messages between the extension host and the analysis worker (plain, structured-cloneable). */
import type {AnalyzeOptions, Annotations} from '../core/index.js';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

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
 * Items per message. Receiving a message deserialises it in one go on the host's thread, and a
 * multi-megabyte article's result in one message blocked it for seconds; a chunk of this size
 * takes a few milliseconds, and the host handles other events between chunks.
 */
export const CHUNK_ITEMS = 1000;

/** A result as messages: its lists in chunks, then the rest with the lists' last pieces. */
export function replyMessages(id: number, annotations: Annotations, chunkItems = CHUNK_ITEMS): ResultReply[] {
  const messages: ResultReply[] = [];
  const last = {...annotations};
  const split = <K extends ListKey>(list: K) => {
    const items = annotations[list];
    let at = 0;
    for (; items.length - at > chunkItems; at += chunkItems) {
      messages.push({id, chunk: {list, items: items.slice(at, at + chunkItems)} as Chunk});
    }
    last[list] = items.slice(at) as Annotations[K];
  };
  for (const list of LIST_KEYS) split(list);
  messages.push({id, annotations: last});
  return messages;
}

/** Puts a result back together from its messages, in the order they were posted. */
export class ReplyAssembler {
  private readonly chunks = new Map<number, Chunk[]>();

  /** The whole result once its last message arrives, else undefined. */
  add(reply: ResultReply): Annotations | undefined {
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
