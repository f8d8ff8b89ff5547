/**
 * The actors layer's name pass near an edit (incremental analysis only). The pass meets the
 * entities left to right and decides each one's actor from what it met before under a few keys
 * of the name alone (its full name, surname, first word, initials, head word, acronym; see
 * `resolutionKeys` in actors.ts) and from document-wide lists kept under the same keys. Entities
 * that share no key, directly or through others, never read what the others wrote: the pass is
 * the union of independent passes over these groups (components), each in document order.
 *
 * An entity reads some keys and writes others (an actor listed under a key, a list of names
 * by first word): two entities are joined when one reads a key the other writes. An edit
 * changes a few entities. Every key any of them has, before or after the edit, is dirty; a
 * component of the new version with a changed entity or an entity with a dirty key is passed
 * again alone, and every other component is the same entities, with the same keys, as before
 * the edit (an entity joined to a changed one would have a dirty key), so its actors are the
 * previous version's. Actor ids follow creation order, so the
 * actors of both are merged by the entity that created them and numbered again.
 */
import type {Gender} from '../data/gender.js';

/** An actor as the name pass leaves it (appositions and phrases come later); shared between versions, never changed. */
export interface PassActor {
  readonly name: string;
  readonly type: 'person' | 'organization';
  readonly roles: readonly string[];
  readonly gender: Gender | undefined;
}

/** The keys an entity reads and those it writes (a key both read and written is in both). */
export interface EntityKeys {
  readonly reads: readonly string[];
  readonly writes: readonly string[];
}

/** What the name pass decided for a version's entities. */
export interface NamePass {
  /** In creation order. */
  actors: readonly PassActor[];
  /** The index of the entity whose turn created each actor. */
  creators: Int32Array;
  /** Each entity's actor (an index in `actors`), -1 for none. */
  actorOf: Int32Array;
}

/**
 * A version's entities grouped into components. A component the edit leaves alone keeps its
 * label from version to version; only the components an edit reaches are grouped again. Owned
 * by the latest version's state, and changed in place for the next (the layer drops the state
 * before it begins, so a failed run leaves none behind).
 */
export interface Components {
  /** Each entity's component. */
  labels: Int32Array;
  /** The components with an entity that has a key (reads or writes it); a label may be listed twice. */
  readonly byKey: Map<string, number[]>;
  /** How many entities each component has. */
  readonly sizes: Map<number, number>;
  /** The next label free. */
  next: number;
}

/** The previous version's entities, pass and components, and how the entities of the new version pair with them. */
export interface PassChange {
  before: NamePass;
  /** The previous version's components; built from `beforeKeys` when it kept none. */
  components: Components | undefined;
  /** A previous entity's keys. */
  beforeKeys: (index: number) => EntityKeys;
  beforeCount: number;
  count: number;
  /** Entities `[0, same)` are the same in both versions, and so are the last `sameAtEnd`. */
  same: number;
  sameAtEnd: number;
  /** A new entity's keys (only asked of changed entities and of those in components the edit reaches). */
  keys: (index: number) => EntityKeys;
  /** The pass over some of the new version's entities (indexes in order), as if the document held only them. */
  run: (indices: readonly number[]) => NamePass;
}

/**
 * The components of the entities at `indices` (a set no entity outside it is joined to), one
 * joined to another when it reads a key the other writes: labelled from `components.next` on
 * into `labels` (by entity index), counted into `sizes` and listed under their keys in `byKey`.
 */
function group(indices: readonly number[], keysOf: (index: number) => EntityKeys, components: Components): void {
  const parent = new Int32Array(indices.length);
  for (let at = 0; at < indices.length; at++) parent[at] = at;
  const root = (at: number): number => {
    while (parent[at] !== at) at = parent[at] = parent[parent[at]!]!;
    return at;
  };
  const readers = new Map<string, number>();
  const writers = new Map<string, number[]>();
  const all: EntityKeys[] = new Array(indices.length);
  for (let at = 0; at < indices.length; at++) {
    const keys = (all[at] = keysOf(indices[at]!));
    for (const key of keys.reads) {
      const reader = readers.get(key);
      if (reader === undefined) readers.set(key, at);
      else parent[root(at)] = root(reader);
    }
    for (const key of keys.writes) {
      const list = writers.get(key);
      if (list) list.push(at);
      else writers.set(key, [at]);
    }
  }
  // Readers of a key are joined above; its writers join them (writers alone join nothing).
  for (const [key, list] of writers) {
    const reader = readers.get(key);
    if (reader === undefined) continue;
    for (const at of list) parent[root(at)] = root(reader);
  }
  const byRoot = new Int32Array(indices.length).fill(-1);
  const {labels, byKey, sizes} = components;
  for (let at = 0; at < indices.length; at++) {
    const top = root(at);
    if (byRoot[top]! < 0) byRoot[top] = components.next++;
    const label = byRoot[top]!;
    labels[indices[at]!] = label;
    sizes.set(label, (sizes.get(label) ?? 0) + 1);
    for (const list of [all[at]!.reads, all[at]!.writes]) {
      for (const key of list) {
        const listed = byKey.get(key);
        if (!listed) byKey.set(key, [label]);
        else if (listed[listed.length - 1] !== label) listed.push(label);
      }
    }
  }
}

/** The components of a whole version's entities. */
export function componentsOf(count: number, keysOf: (index: number) => EntityKeys): Components {
  const components: Components = {labels: new Int32Array(count), byKey: new Map(), sizes: new Map(), next: 0};
  group(
    Array.from({length: count}, (_, index) => index),
    keysOf,
    components,
  );
  return components;
}

/**
 * The new version's pass, reusing the previous one's actors outside the components the edit
 * reaches, and its components (the previous version's, changed). (When the edit reaches most
 * entities this costs little more than a whole pass, and the components are kept for the next.)
 */
export function passNearEdit(change: PassChange): {pass: NamePass; components: Components} | undefined {
  const {before, beforeCount, count, same, sameAtEnd} = change;
  const shift = count - beforeCount;
  const changedEnd = count - sameAtEnd;
  const beforeChangedEnd = beforeCount - sameAtEnd;
  const oldIndex = (index: number) => (index < same ? index : index - shift);
  const components = change.components ?? componentsOf(beforeCount, change.beforeKeys);

  // Every key of a changed entity, before or after the edit, is dirty, and so is every
  // component of the version before with an entity that has one.
  const dirtyLabels = new Set<number>();
  const reach = (keys: EntityKeys) => {
    for (const list of [keys.reads, keys.writes]) for (const key of list) for (const label of components.byKey.get(key) ?? noLabels) dirtyLabels.add(label);
  };
  for (let index = same; index < beforeChangedEnd; index++) {
    dirtyLabels.add(components.labels[index]!);
    reach(change.beforeKeys(index));
  }
  for (let index = same; index < changedEnd; index++) reach(change.keys(index));

  const dirty = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    if (index >= same && index < changedEnd) dirty[index] = 1;
    else if (dirtyLabels.has(components.labels[oldIndex(index)]!)) dirty[index] = 1;
  }
  const indices: number[] = [];
  for (let index = 0; index < count; index++) if (dirty[index]) indices.push(index);
  const redone = change.run(indices);

  // Both lists in creation order: merged by creator, numbered again.
  const actors: PassActor[] = [];
  const creators: number[] = [];
  const keptAs = new Int32Array(before.actors.length).fill(-1);
  const redoneAs = new Int32Array(redone.actors.length).fill(-1);
  let next = 0;
  for (let old = 0; old <= before.actors.length; old++) {
    let creator = Infinity;
    if (old < before.actors.length) {
      const oldCreator = before.creators[old]!;
      if (oldCreator >= same && oldCreator < beforeChangedEnd) continue;
      creator = oldCreator < same ? oldCreator : oldCreator + shift;
      if (dirty[creator]) continue;
    }
    while (next < redone.actors.length && redone.creators[next]! < creator) {
      redoneAs[next] = actors.length;
      actors.push(redone.actors[next]!);
      creators.push(redone.creators[next]!);
      next++;
    }
    if (old === before.actors.length) break;
    keptAs[old] = actors.length;
    actors.push(before.actors[old]!);
    creators.push(creator);
  }

  const actorOf = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    if (dirty[index]) {
      const actor = redone.actorOf[index]!;
      actorOf[index] = actor < 0 ? -1 : redoneAs[actor]!;
      continue;
    }
    const actor = before.actorOf[oldIndex(index)]!;
    actorOf[index] = actor < 0 ? -1 : keptAs[actor]!;
    // An actor dropped with its component while an entity of a clean one held it: not a component after all.
    if (actor >= 0 && actorOf[index]! < 0) return undefined;
  }
  // The components again: those reached dropped, then grouped anew; the others as they were.
  const {byKey, sizes} = components;
  const dropped = new Set<string>();
  const drop = (keys: EntityKeys) => {
    for (const list of [keys.reads, keys.writes]) {
      for (const key of list) {
        if (dropped.has(key)) continue;
        dropped.add(key);
        const left = (byKey.get(key) ?? noLabels).filter((label) => !dirtyLabels.has(label));
        if (left.length > 0) byKey.set(key, left);
        else byKey.delete(key);
      }
    }
  };
  for (let index = 0; index < beforeCount; index++) if (dirtyLabels.has(components.labels[index]!)) drop(change.beforeKeys(index));
  for (const label of dirtyLabels) sizes.delete(label);
  const labels = new Int32Array(count);
  for (let index = 0; index < count; index++) if (!dirty[index]) labels[index] = components.labels[oldIndex(index)]!;
  components.labels = labels;
  group(indices, change.keys, components);
  return {pass: {actors, creators: Int32Array.from(creators), actorOf}, components};
}

const noLabels: readonly number[] = Object.freeze([]);
