/**
 * Command ids, as contributed in package.json. Kept apart so modules can refer to each other's
 * commands without importing each other.
 */
export const EXPORT_COMMAND = 'newsAnnotator.exportAnnotations';
export const REANALYSE_COMMAND = 'newsAnnotator.reanalyse';
export const TOGGLE_HIGHLIGHTS_COMMAND = 'newsAnnotator.toggleHighlights';
export const SHOW_LOG_COMMAND = 'newsAnnotator.showLog';
/** Analyses a document that was skipped because it is larger than newsAnnotator.maxFileSize. */
export const ANALYSE_ANYWAY_COMMAND = 'newsAnnotator.analyseAnyway';
/** Internal: what tree items run when clicked (hidden from the Command Palette). */
export const REVEAL_COMMAND = 'newsAnnotator.revealRange';
