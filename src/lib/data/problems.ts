/**
 * A problem found in a content or data file, located so that staff can go straight to it.
 * Every validator returns these instead of throwing, so that all problems are reported at once.
 */
export interface DataProblem {
  /** Path relative to the project root, with `/` separators. */
  file: string;
  /** 1-based line number in the file. */
  line: number;
  /** 1-based column: the CSV field number, or the character column in a text file. */
  column: number;
  /** Plain sentence in Chinese saying what is wrong and how to fix it. */
  message: string;
  /** The same sentence in English. */
  messageEn: string;
  /** `error` stops the build; `warning` is shown but publishes (e.g. a decreasing cumulative value). */
  severity: 'error' | 'warning';
}

/** Formats one problem as `file:line:column  中文 / English`. */
export function formatProblem(problem: DataProblem): string {
  const tag = problem.severity === 'warning' ? '警告 warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${tag}${problem.message} / ${problem.messageEn}`;
}

/** Formats a list of problems, sorted by file and position, one per line. */
export function formatProblems(problems: readonly DataProblem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map(formatProblem)
    .join('\n');
}

/** Error thrown at build time when there are problems; its message lists all of them. */
export class DataValidationError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(`数据或内容有 ${errors.length} 处错误，网站未生成 / ${errors.length} problem(s) in content or data; the site was not built:\n${formatProblems(errors)}`);
    this.name = 'DataValidationError';
    // The message lists every problem; nothing after it in a stack trace helps staff.
    this.stack = `${this.name}: ${this.message}`;
    this.problems = problems;
  }
}
