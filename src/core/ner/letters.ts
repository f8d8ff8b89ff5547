/** Letter tests shared by the tagger's modules. */
export const startsUpper = /^\p{Lu}/u;
export const startsLower = /^\p{Ll}/u;
export const hasUpper = /\p{Lu}/u;
/** A possessive after a letter: "Reuters'", "Mexico's". */
export const possessiveAfterLetter = /\p{L}['’]s?$/u;
export const upperLetters = /\p{Lu}/gu;
export const lowerLetters = /\p{Ll}/gu;
export const digits = /\p{N}/gu;
