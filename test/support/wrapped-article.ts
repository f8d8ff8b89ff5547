/** A short wire story hard-wrapped at 80 columns, its paragraph's lines cut mid-sentence. */
export const wrappedParagraph = [
  'WASHINGTON (Reuters) - Secretary of State Marco Rubio said on Monday that the',
  'United States would deport 43 migrants to Colombia, a move that critics called',
  '"cruel and unnecessary." The flight cost $1.5 million, according to the State',
  'Department.',
];
