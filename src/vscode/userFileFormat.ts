/**
 * The team file `.vscode/news-annotator.json`: the names a team added, the names it never wants
 * highlighted, and the findings it dismissed. Plain data only: it is parsed as JSON and checked
 * field by field, so it can never run code, and the only paths in it are workspace-relative
 * labels that are compared, never opened. No `vscode` import: it is a pure function of text.
 */
import type {EntityType, FindingCode} from '../core/model.js';

export const USER_FILE_PATH = '.vscode/news-annotator.json';
export const USER_FILE_VERSION = 1;

/** Names are matched by exact text; longer ones would be whole paragraphs, not names. */
const MAX_NAME_LENGTH = 200;
/** A dismissal quotes the finding's text so it survives edits elsewhere; capped to stay readable. */
export const MAX_ANCHOR_LENGTH = 300;

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const FINDING_CODES: readonly FindingCode[] = ['unattributed-claim', 'quote-without-speaker', 'unbalanced-quote'];

export interface UserName {
  text: string;
  type: EntityType;
}

/**
 * A dismissed finding, anchored by text rather than offsets: the finding's code, the text it
 * covers (cut to MAX_ANCHOR_LENGTH), and which occurrence of that text it is among the file's
 * findings of that code. Without `text`, every finding of the code in the file is dismissed.
 */
export interface Dismissal {
  /** Workspace-relative path with forward slashes, e.g. `articles/today.txt`. */
  file: string;
  code: FindingCode;
  text?: string;
  /** 0-based; only with `text`. */
  occurrence?: number;
}

export interface UserFile {
  version: typeof USER_FILE_VERSION;
  names: UserName[];
  ignore: string[];
  dismissed: Dismissal[];
}

export interface ParseResult {
  file: UserFile;
  /** Why the content was rejected (then `file` holds the defaults); undefined when it is valid. */
  error?: string;
}

export function emptyUserFile(): UserFile {
  return {version: USER_FILE_VERSION, names: [], ignore: [], dismissed: []};
}

/**
 * Validates the file's text. Any problem rejects the whole file, with a message naming the
 * field: a half-applied file would hide findings nobody meant to hide.
 */
export function parseUserFile(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {file: emptyUserFile(), error: `not valid JSON (${error instanceof Error ? error.message : String(error)})`};
  }
  try {
    return {file: validate(value)};
  } catch (error) {
    return {file: emptyUserFile(), error: error instanceof Error ? error.message : String(error)};
  }
}

export function serializeUserFile(file: UserFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Whether a relative path stays inside the workspace folder (no `..`, not absolute, no scheme). */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 1000 || path.includes('\\') || path.includes('\0')) return false;
  if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  return path.split('/').every((part) => part !== '..' && part !== '.' && part !== '');
}

function validate(value: unknown): UserFile {
  if (!isRecord(value)) throw new Error('the top level must be an object');
  for (const key of Object.keys(value)) {
    if (!['version', 'names', 'ignore', 'dismissed', '$schema'].includes(key)) throw new Error(`unknown field "${key}"`);
  }
  if (value['version'] !== undefined && value['version'] !== USER_FILE_VERSION) throw new Error(`"version" must be ${USER_FILE_VERSION}`);
  return {
    version: USER_FILE_VERSION,
    names: arrayOf(value['names'], 'names', readName),
    ignore: arrayOf(value['ignore'], 'ignore', (item, where) => readText(item, where, MAX_NAME_LENGTH)),
    dismissed: arrayOf(value['dismissed'], 'dismissed', readDismissal),
  };
}

function arrayOf<T>(value: unknown, field: string, read: (item: unknown, where: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`"${field}" must be an array`);
  return value.map((item, index) => read(item, `${field}[${index}]`));
}

function readName(item: unknown, where: string): UserName {
  if (!isRecord(item)) throw new Error(`${where} must be an object with "text" and "type"`);
  const type = item['type'];
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new Error(`${where}.type must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  return {text: readText(item['text'], `${where}.text`, MAX_NAME_LENGTH), type: type as EntityType};
}

function readDismissal(item: unknown, where: string): Dismissal {
  if (!isRecord(item)) throw new Error(`${where} must be an object`);
  const file = item['file'];
  if (typeof file !== 'string' || !isSafeRelativePath(file)) {
    throw new Error(`${where}.file must be a path relative to the workspace folder, without ".."`);
  }
  const code = item['code'];
  if (typeof code !== 'string' || !(FINDING_CODES as readonly string[]).includes(code)) {
    throw new Error(`${where}.code must be one of ${FINDING_CODES.join(', ')}`);
  }
  const dismissal: Dismissal = {file, code: code as FindingCode};
  if (item['text'] !== undefined) dismissal.text = readText(item['text'], `${where}.text`, MAX_ANCHOR_LENGTH);
  const occurrence = item['occurrence'];
  if (occurrence !== undefined) {
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 0) throw new Error(`${where}.occurrence must be a whole number ≥ 0`);
    dismissal.occurrence = occurrence;
  }
  return dismissal;
}

function readText(value: unknown, where: string, max: number): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > max) {
    throw new Error(`${where} must be a non-empty string of at most ${max} characters`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
