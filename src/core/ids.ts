/**
 * The ids of entities, quotes and claims, by position ("e1", "q2", "c3"): every version of a
 * document numbers every item again, so the few thousand strings are made once and reused.
 */
const made = new Map<string, string[]>();

export function idAt(prefix: 'e' | 'q' | 'c', position: number): string {
  let ids = made.get(prefix);
  if (!ids) made.set(prefix, (ids = []));
  return (ids[position] ??= `${prefix}${position + 1}`);
}
