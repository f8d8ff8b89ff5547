/**
 * Matching dismissals to findings by text. Offsets change with every edit above a finding; its
 * code and the words it covers do not, so those (plus which occurrence it is, for a sentence
 * that repeats) are the anchor. No `vscode` import: pure functions of the model.
 */
import type {Finding} from '../core/model.js';
import {MAX_ANCHOR_LENGTH, type Dismissal} from './userFileFormat.js';

/** The anchor text of a finding: the words it covers, whitespace folded, capped in length. */
export function anchorText(text: string, finding: Finding): string {
  return text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim().slice(0, MAX_ANCHOR_LENGTH);
}

/** The dismissal that would hide exactly this finding. */
export function dismissalFor(text: string, findings: readonly Finding[], finding: Finding, file: string): Dismissal {
  const anchor = anchorText(text, finding);
  let occurrence = 0;
  for (const other of findings) {
    if (other === finding) break;
    if (other.code === finding.code && anchorText(text, other) === anchor) occurrence++;
  }
  return {file, code: finding.code, text: anchor, occurrence};
}

/** The findings that no dismissal of `file` hides, in their original order. */
export function visibleFindings(text: string, findings: readonly Finding[], dismissed: readonly Dismissal[], file: string | undefined): Finding[] {
  const mine = file === undefined ? [] : dismissed.filter((dismissal) => dismissal.file === file);
  if (mine.length === 0) return [...findings];
  const seen = new Map<string, number>();
  return findings.filter((finding) => {
    const anchor = anchorText(text, finding);
    const key = `${finding.code}\0${anchor}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return !mine.some(
      (dismissal) =>
        dismissal.code === finding.code &&
        (dismissal.text === undefined || (dismissal.text === anchor && (dismissal.occurrence ?? 0) === occurrence)),
    );
  });
}

export function sameDismissal(a: Dismissal, b: Dismissal): boolean {
  return a.file === b.file && a.code === b.code && a.text === b.text && (a.occurrence ?? 0) === (b.occurrence ?? 0);
}
