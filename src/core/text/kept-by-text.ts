/**
 * Strings cut from a document, kept across its versions. V8 keeps a longer `slice` as a view into
 * its source, so a kept text would keep its whole version of the document alive, one more for
 * every edit: what is kept is a copy.
 */

/**
 * A copy of `value` that does not hold on to the string it was cut from. (' ' + value) is a new
 * string; a slice of it views only that. V8 makes views (and joins) only of 13 units or more: a
 * shorter string holds nothing else and is kept as it is, so that a table keyed by it finds the
 * very string again (by identity, without comparing letters) when the layout shares word texts.
 */
export function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/**
 * `compute`, its answers kept by their text: the article-level passes of the entity layer ask
 * the same questions of the same few hundred names on every edit of a long article. Each key is
 * detached and `compute` reads the copy (so an answer cut from it holds no document either);
 * the table is emptied past `limit` entries (a long session of edits names ever new things).
 * Callers must not change an answer.
 */
export function keptByText<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      const key = detached(text);
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
