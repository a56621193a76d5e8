// What a staff member does when following the README's "Append a progress report": the example rows,
// read from README.md itself, appended to a copy of the live project whose git history is as long as a
// real one (more commits than the site feed holds), and committed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { commit, git } from '../../support/git.ts';

/** The README's example of appending a progress report, and the task-update row built from its words. */
export interface ReadmeRows {
  /** The progress file and row, e.g. `data/progress/anze-2022-50.csv`. */
  progress: { file: string; header: string; row: string; values: Record<string, string> };
  /** A task update of the first task of the same notice, dated and sourced as the progress example. */
  taskUpdate: { file: string; header: string; row: string; values: Record<string, string> };
  /** The notice both rows belong to. */
  notice: string;
}

/** One CSV line of `columns`, each value quoted only when it has to be. */
const csvLine = (columns: readonly string[], values: Readonly<Record<string, string>>) =>
  columns
    .map((column) => {
      const value = values[column] ?? '';
      return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
    })
    .join(',');

/** The rows of a CSV file as objects, by its header. */
const csvRows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;

/**
 * Reads the README section "Append a progress report" and makes its rows for the project at `root`:
 * the progress example as printed, and a task update with the columns and first state the README
 * names, for the first task of the notice the example's target belongs to. Throws when the README
 * no longer reads as this expects, or when its columns are not those of the project's files.
 */
export function readmeRows(readme: string, root: string): ReadmeRows {
  const section = /^### Append a progress report\n([\s\S]*?)(?=^##)/mu.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no section "### Append a progress report"');
  const progressFile = /`(data\/progress\/<notice>\.csv)`/u.exec(section)?.[1];
  const taskFile = /`(data\/task-updates\/<notice>\.csv)`/u.exec(section)?.[1];
  const progress = /progress: `([^`]+)`, e\.g\.\s*`([^`]+)`/u.exec(section);
  const taskUpdate = /task update: `([^`]+)` with `state` (\S+) or (\S+?)\./u.exec(section);
  if (!progressFile || !taskFile || !progress || !taskUpdate)
    throw new Error(`README.md's "Append a progress report" no longer names the files, columns and example row:\n${section}`);
  const [, progressHeader = '', progressRow = ''] = progress;
  const [, taskHeader = '', state = ''] = taskUpdate;
  const progressColumns = progressHeader.split(',');
  const parsed = Papa.parse<string[]>(progressRow).data[0] ?? [];
  if (parsed.length !== progressColumns.length)
    throw new Error(`README.md's example row has ${parsed.length} fields, its columns ${progressColumns.length}: ${progressRow}`);
  const values = Object.fromEntries(progressColumns.map((column, index) => [column, parsed[index] ?? '']));

  // The example's target, and so its notice, as the project has them.
  const targetsDir = path.join(root, 'data/targets');
  const target = readdirSync(targetsDir)
    .flatMap((name) => csvRows(path.join(targetsDir, name)))
    .find((row) => row['id'] === values['target']);
  if (!target?.['notice']) throw new Error(`README.md's example target ${values['target']} is not in data/targets/`);
  const notice = target['notice'];
  const task = csvRows(path.join(root, `data/tasks/${notice}.csv`))[0]?.['id'];
  if (!task) throw new Error(`data/tasks/${notice}.csv has no task for README.md's task update`);
  const taskValues: Record<string, string> = { task, as_of: values['as_of'] ?? '', state, source: values['source'] ?? '' };
  const taskColumns = taskHeader.split(',');
  return {
    notice,
    progress: { file: progressFile.replace('<notice>', notice), header: progressHeader, row: progressRow, values },
    taskUpdate: {
      file: taskFile.replace('<notice>', notice),
      header: taskHeader,
      row: csvLine(taskColumns, taskValues),
      values: Object.fromEntries(taskColumns.map((column) => [column, taskValues[column] ?? ''])),
    },
  };
}

/** A file's lines, each with its line end. */
const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/gu) ?? [];
/** The line of a CSV file's text without its line end (and BOM). */
const bare = (line: string) => line.replace(/^\uFEFF/u, '').replace(/\r?\n$/u, '');

/** `text` with `row` appended as its last line, as an editor or Excel leaves the file (ending in a line break). */
export function appendRow(text: string, row: string): string {
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${row}\n`;
}

/**
 * Gives the copied project at `root` a git history as a real repository has: each notice committed on
 * its own, each data file first as its header and then with its rows, one commit each, an hour apart
 * from 2023-01-01. Rows equal to one of `without` are left out (they are the edit, committed after).
 * Returns the number of commits.
 */
export function commitHistory(root: string, without: readonly { file: string; row: string }[]): number {
  git(root, ['init', '-q']);
  const files = [
    ...readdirSync(path.join(root, 'content/notices'))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => `content/notices/${name}`),
    ...readdirSync(path.join(root, 'data'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.csv'))
      .map((name) => `data/${name}`),
  ].sort();
  const texts = new Map(
    files.map((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      const left = without.filter((edit) => edit.file === file).map((edit) => edit.row);
      return [
        file,
        left.length === 0
          ? text
          : linesOf(text)
              .filter((line) => !left.includes(bare(line)))
              .join(''),
      ];
    }),
  );
  let commits = 0;
  const at = () => new Date(Date.UTC(2023, 0, 1, 1 + commits)).toISOString();
  const save = (file: string, text: string, message: string) => {
    writeFileSync(path.join(root, file), text);
    commit(root, message, at(), [file]);
    commits += 1;
  };
  const header = (file: string) => linesOf(texts.get(file)!)[0] ?? '';
  for (const file of files) save(file, file.endsWith('.csv') ? header(file) : texts.get(file)!, `收录 ${file}`);
  for (const file of files.filter((name) => name.endsWith('.csv') && texts.get(name) !== header(name))) save(file, texts.get(file)!, `录入 ${file} 的数据`);
  return commits;
}
