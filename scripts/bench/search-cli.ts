// `npm run bench:search [-- siteDir] [--runs=N] [--query=…]…`: what a first search costs on a built site
// (default dist/, built with `npm run build`). See scripts/bench/search.ts.
import path from 'node:path';
import { benchSearch, formatSearchBench } from './search.ts';

const args = process.argv.slice(2);
const siteDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const queries = args.filter((arg) => arg.startsWith('--query=')).map((arg) => arg.slice('--query='.length));
const result = await benchSearch(siteDir, { runs, ...(queries.length > 0 ? { queries } : {}) });
console.log(formatSearchBench(result));
