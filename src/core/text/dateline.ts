/**
 * A wire dateline opening an article's first sentence: "LONDON —", "SAN SALVADOR, Feb 3
 * (Reuters) -". What it names (the city, the agency) is no part of the sentence's own clause.
 */
const dateline = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[^—–\n]{0,40}?)?(?:\s*\([^)\n]{1,40}\))?\s*(?:—|–|--?)\s+/u;

/** The length of the dateline opening `opening` (a sentence's first 80 characters or so); 0 for none. */
export function datelineLength(opening: string): number {
  return dateline.exec(opening)?.[0].length ?? 0;
}
