// How much of a spreadsheet is read as a map, and the error for one that is not a map at all.

/** Lanes of a map read from a sheet: the richest maps have 15–20. */
export const MAX_SHEET_LANES = 200;
/** Curves of the emotion lane. */
export const MAX_SHEET_CURVES = 20;
/** Scenes (columns): a long lifecycle journey has 40–60. */
export const MAX_SHEET_SCENES = 2000;
/** Cards in all. */
export const MAX_SHEET_CARDS = 20_000;
/** Rows of any one sheet read at all (the card details sheet has one per card with details). */
export const MAX_SHEET_ROWS = 25_000;

/** Why a workbook could not be read as a map (the message is English; `reason` is for the UI). */
export class SheetError extends Error {
  readonly reason: 'empty' | 'too-large' | 'invalid' | 'not-a-sheet';
  /** what the UI says, in its language (sheet.refusal.<problem> with `values`); the message stays English */
  readonly problem: string;
  readonly values: Record<string, string | number>;
  constructor(reason: SheetError['reason'], message: string, problem: string = reason, values: Record<string, string | number> = {}) {
    super(message);
    this.name = 'SheetError';
    this.reason = reason;
    this.problem = problem;
    this.values = values;
  }
}
