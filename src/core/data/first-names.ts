import {givenNames} from './given-names.js';
import {isCommonWord} from './lexicon.js';

/** Common given names across the languages of international news: a name starting a run marks a person. */
const names = `Aaron Abdul Abdullah Abe Abraham Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alex Alexander Alexandra Alexei Alexey Alfonso Ali Alice Alicia Alison Amanda Amy Ana Anders Andrea Andrés Andres Andrew Andrzej Angela Angelina Ann Anna Anne Anthony Antonio Antony Ariel Arnold Arthur Ashley Barack Barbara Ben Benjamin Benny Bernard Bernie Beto Betsy Bill Bob Boris Brad Brandon Brett Brian Bruce Bruno Camila Carl Carla Carlos Carmen Carol Caroline Catherine Charlotte Cesar César Charles Charlie Chelsea Chris Christian Christina Christine Christopher Chuck Claire Claudia Colin Cory Cristina Dan Daniel Daniela Danny Dave David Dean Deborah Debbie Dennis Diana Diego Dmitry Dmitri Donald Donna Doug Douglas Ed Eduardo Edward Elena Elijah Elizabeth Elon Emily Emma Emmanuel Enrique Eric Erik Ernesto Eva Evan Fernando Francis Francisco Frank Fred Gabriel Gary Gavin George Gerald Gina Giorgia Greg Gregory Gustavo Hakeem Hannah Harry Heather Helen Henry Hillary Howard Hugh Hugo Ian Igor Ilhan Isabel Ivan Jack Jacob Jaime Jake James Jamie Jan Jane Janet Jared Jason Javier Jay Jean Jeb Jeff Jeffrey Jennifer Jeremy Jerome Jerry Jessica Jill Jim Jimmy Joan Joanna Joe Joel John Johnny Jon Jonathan Jorge José Jose Joseph Josh Joshua Juan Judith Judy Julia Julian Julie Justin Kamala Karen Karl Kate Katherine Kathleen Kathy Kay Keir Keith Kelly Ken Kenneth Kevin Kim Kimberly Kristi Kurt Kyle Larry Laura Lauren Lee Leo Leon Leonardo Lindsey Lisa Liz Lloyd Lorenzo Louis Lucas Lucy Luis Luiz Luka Mahmoud Manuel Marco Marcos Margaret Maria María Mario Marine Mark Martha Martin Mary Matt Matthew Max Megan Melania Mélenchon Michael Michel Michelle Miguel Mike Mikhail Mitch Mitt Mohamed Mohammed Muhammad Nancy Narendra Natalia Nathan Nayib Neil Nicholas Nick Nicolas Nicolás Nikki Nina Noah Olaf Olga Oliver Omar Oscar Pablo Pam Pamela Pat Patricia Patrick Paul Paula Pedro Pete Peter Philip Pierre Rachel Rafael Ralph Ramón Ramon Rand Randy Raúl Raul Ray Rebecca Recep Rex Ricardo Richard Rick Rishi Rob Robert Roberto Rodrigo Roger Ron Ronald Rosa Ruth Ryan Sam Samuel Sandra Sara Sarah Scott Sean Sebastian Sebastián Sergei Sergey Sergio Sharon Sheldon Sophie Stephanie Stephen Steve Steven Susan Tammy Ted Teresa Thomas Tim Timothy Tina Todd Tom Tony Ursula Valerie Vanessa Victor Vladimir Volodymyr Walter Wendy William Xavier Xi Yair Yolanda Yuri Zach Zachary`;

export const firstNames = new Set(names.split(' '));

/** Whether `word` is a given name by either list: the rules' own, or the long English one. */
export function isGivenName(word: string): boolean {
  return firstNames.has(word) || givenNames.has(word);
}

/** "Wong Kwok-kin", "Lee Cheuk-yan": a surname and a hyphenated two-syllable given name, as Cantonese and Korean names are written. */
const romanisedGivenName = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether `value` is a name written so, its given name no English word ("Kwok-kin", not "Long-term"). */
export function isRomanisedName(value: string): boolean {
  return romanisedGivenName.test(value) && !isCommonWord(value.split(/\s+/u)[1]!.split('-')[0]!);
}

/** Lower-case particles of surnames ("von der Leyen", "bin Salman", "dos Santos"). */
export const surnameParticles: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'dos', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);
