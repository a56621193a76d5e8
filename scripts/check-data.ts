// `npm run check`: validates every notice and data file without building pages,
// prints every problem as `file:line:column  中文 / English`, exits 1 if any is an error.
import { formatProblems } from '../src/lib/data/problems.ts';
import { allTables } from '../src/lib/data/tables.ts';
import { loadProject } from '../src/lib/project/load-project.ts';

const root = process.argv[2] ?? process.cwd();
const { dataset, problems } = loadProject(root);
const errors = problems.filter((problem) => problem.severity === 'error');
if (problems.length > 0) console.error(formatProblems(problems));
const rowCount = allTables.reduce((sum, table) => sum + dataset[table.field].length, 0);
console.log(
  `${errors.length === 0 ? '✓' : '✗'} ${dataset.notices.length} 个文件，${rowCount} 行数据，${errors.length} 处错误，${problems.length - errors.length} 处警告 / ${dataset.notices.length} notices, ${rowCount} data rows, ${errors.length} errors, ${problems.length - errors.length} warnings`,
);
process.exit(errors.length === 0 ? 0 : 1);
