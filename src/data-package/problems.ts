// Every problem a data file has, with where it is. A check goes on after a problem, so a person
// sees them all at once; the list keeps the first MAX_LISTED and counts the rest.

export interface Problem {
  file: string;
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row?: number;
  column?: string;
  message: string;
}

export const MAX_LISTED = 100;

export interface Problems {
  add(problem: Problem): void;
  readonly count: number;
  readonly listed: readonly Problem[];
}

export function collectProblems(): Problems {
  const listed: Problem[] = [];
  let count = 0;
  return {
    add(problem) {
      count += 1;
      if (listed.length < MAX_LISTED) listed.push(problem);
    },
    get count() {
      return count;
    },
    listed,
  };
}

/** "observations.csv, row 12, column value: …", the form the command line and the page both show. */
export function describeProblem({ file, row, column, message }: Problem): string {
  const where = [file, row === undefined ? undefined : `row ${row}`, column === undefined ? undefined : `column ${column}`];
  return `${where.filter(Boolean).join(', ')}: ${message}`;
}
