/**
 * Command ids, as contributed in package.json. Kept apart so modules can refer to each other's
 * commands without importing each other.
 */
export const EXPORT_COMMAND = 'newsAnnotator.exportAnnotations';
export const EXPORT_WORKSPACE_COMMAND = 'newsAnnotator.exportWorkspace';
export const REANALYSE_COMMAND = 'newsAnnotator.reanalyse';
export const TOGGLE_HIGHLIGHTS_COMMAND = 'newsAnnotator.toggleHighlights';
export const SHOW_LOG_COMMAND = 'newsAnnotator.showLog';
/** Analyses a document that was skipped because it is larger than newsAnnotator.maxFileSize. */
export const ANALYSE_ANYWAY_COMMAND = 'newsAnnotator.analyseAnyway';
/** Internal: what tree items run when clicked (hidden from the Command Palette). */
export const REVEAL_COMMAND = 'newsAnnotator.revealRange';
/** Quick fixes; they write the team file `.vscode/news-annotator.json`. */
export const DISMISS_FINDING_COMMAND = 'newsAnnotator.dismissFinding';
export const DISMISS_CODE_COMMAND = 'newsAnnotator.dismissCode';
export const ADD_NAME_COMMAND = 'newsAnnotator.addName';
export const IGNORE_NAME_COMMAND = 'newsAnnotator.ignoreName';
/** Per-layer highlight toggles: `newsAnnotator.toggleHighlights.person` and so on. */
export const TOGGLE_LAYER_COMMAND_PREFIX = 'newsAnnotator.toggleHighlights.';
/** Hover links and the Actors view. */
export const LIST_ACTOR_QUOTES_COMMAND = 'newsAnnotator.listActorQuotes';
export const COPY_QUOTE_COMMAND = 'newsAnnotator.copyQuote';
export const EXPORT_ACTOR_QUOTES_COMMAND = 'newsAnnotator.exportActorQuotes';
export const FILTER_ACTORS_COMMAND = 'newsAnnotator.filterActors';
export const CLEAR_FILTER_COMMAND = 'newsAnnotator.clearActorsFilter';
/** The walkthrough's sample article. */
export const OPEN_SAMPLE_COMMAND = 'newsAnnotator.openSample';
