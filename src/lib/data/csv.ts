import Papa from 'papaparse';
import type { DataProblem } from './problems.ts';

/** One data row of a CSV file with the line it starts on. */
export interface CsvRecord {
  /** 1-based line number of the row's first character. */
  line: number;
  cells: string[];
}

/** Result of {@link parseCsv}: header, rows and problems. Rows are returned even when there are problems. */
export interface ParsedCsv {
  header: string[];
  /** Line number of the header row. */
  headerLine: number;
  records: CsvRecord[];
  problems: DataProblem[];
}

function problem(file: string, line: number, column: number, message: string, messageEn: string): DataProblem {
  return { file, line, column, message, messageEn, severity: 'error' };
}

/** A reason to refuse a file's bytes, with the line to point at. */
interface DecodeFailure {
  line: number;
  message: string;
  messageEn: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/**
 * Why `bytes` are not UTF-8 text, or undefined when they are. Recognises what staff are likely to
 * commit by mistake: an Excel workbook renamed or saved under .csv, UTF-16 ("Unicode text"), and
 * GBK/GB18030 (what Excel and Notepad save by default on Chinese Windows), naming the first bad line.
 * `saveAs` is the sentence that says how to save the file correctly.
 */
function utf8Failure(bytes: Uint8Array, saveAs: { zh: string; en: string }): DecodeFailure | undefined {
  const refuse = (line: number, zh: string, en: string): DecodeFailure => ({ line, message: `${zh}${saveAs.zh}`, messageEn: `${en} ${saveAs.en}` });
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return refuse(1, '这是 Excel 工作簿（.xlsx/.xls），不是文本文件。', 'This is an Excel workbook (.xlsx/.xls), not a text file.');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return refuse(1, '文件是 UTF-16 编码（Excel 的“Unicode 文本”），不是 UTF-8。', 'The file is UTF-16 (Excel\'s "Unicode Text"), not UTF-8.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // The lenient decode marks the first bad byte with U+FFFD; its line is the one to name.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    return refuse(line, '文件不是 UTF-8 编码（可能是 Excel 或记事本默认保存的 GBK/GB18030）。', 'The file is not UTF-8 (probably GBK/GB18030 as Excel and Notepad save by default).');
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return refuse(text.slice(0, nul).split('\n').length, '文件含有空字符（NUL）：可能是 UTF-16 编码或二进制文件。', 'The file contains NUL characters: it is probably UTF-16 or binary.');
  return undefined;
}

/** How to save a CSV file as UTF-8 in Excel. */
const SAVE_CSV_AS_UTF8 = {
  zh: '请在 Excel 中选“文件 → 另存为 → CSV UTF-8（逗号分隔）”后重新提交。',
  en: 'In Excel choose "Save As → CSV UTF-8 (Comma delimited)" and commit again.',
};

/** How to save a notice as UTF-8 in a text editor. */
const SAVE_TEXT_AS_UTF8 = {
  zh: '请用 UTF-8 编码重新保存（记事本：“另存为”时编码选 UTF-8；VS Code：右下角编码 → “通过编码保存” → UTF-8）。',
  en: 'Save it again as UTF-8 (Notepad: choose UTF-8 under Encoding in "Save As"; VS Code: click the encoding in the status bar → "Save with Encoding" → UTF-8).',
};

/**
 * Decodes CSV file bytes as UTF-8 (a BOM is accepted and dropped). Bytes that are not valid UTF-8
 * are an error with a hint on saving as CSV UTF-8 — never replaced by `�` silently.
 */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string; problems: DataProblem[] } {
  const failure = utf8Failure(bytes, SAVE_CSV_AS_UTF8);
  if (failure) return { text: '', problems: [problem(file, failure.line, 1, failure.message, failure.messageEn)] };
  return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };
}

/**
 * Decodes a text file (a notice) that must be UTF-8, BOM dropped. Anything else is an error
 * naming the first line that is not UTF-8, with a hint on saving as UTF-8.
 */
export function decodeUtf8Text(bytes: Uint8Array, file: string): { text: string; problems: DataProblem[] } {
  const failure = utf8Failure(bytes, SAVE_TEXT_AS_UTF8);
  if (failure) return { text: '', problems: [problem(file, failure.line, 1, failure.message, failure.messageEn)] };
  return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };
}

/**
 * Parses CSV text (RFC 4180, as Excel writes it) with papaparse, keeping each row's line number.
 * Blank lines are skipped. A row with more or fewer fields than the header is a problem.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems: DataProblem[] = [];
  if (source.trim() === '') {
    problems.push(problem(file, 1, 1, '文件是空的：至少要有一行表头。', 'The file is empty: it needs at least a header row.'));
    return { header: [], headerLine: 1, records: [], problems };
  }

  const rows: CsvRecord[] = [];
  let previousCursor = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (; counted < offset; counted += 1) if (source.charCodeAt(counted) === 10) line += 1;
    return line;
  };
  Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      // Rows start after the previous row's line break; skip the break itself.
      let start = previousCursor;
      while (start < source.length && (source[start] === '\n' || source[start] === '\r')) start += 1;
      const rowLine = lineAt(start);
      previousCursor = result.meta.cursor;
      // Papaparse may report one bad quote twice (missing and invalid): say it once per row.
      for (const error of result.errors.filter((candidate, index, all) => all.findIndex((other) => other.type === candidate.type) === index)) {
        if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
          problems.push(problem(file, rowLine, 1, '引号不成对：单元格内容以 " 开头时必须以 " 结尾，内容中的 " 要写成 ""。', 'Unbalanced quotes: a cell that starts with " must end with ", and a " inside it is written "".'));
        }
      }
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      rows.push({ line: rowLine, cells });
    },
  });

  const [headerRecord, ...records] = rows;
  if (!headerRecord) {
    problems.push(problem(file, 1, 1, '文件是空的：至少要有一行表头。', 'The file is empty: it needs at least a header row.'));
    return { header: [], headerLine: 1, records: [], problems };
  }
  const header = headerRecord.cells.map((cell) => cell.trim());
  for (const record of records) {
    if (record.cells.length < header.length) {
      problems.push(
        problem(file, record.line, record.cells.length, `这一行只有 ${record.cells.length} 个单元格，表头有 ${header.length} 列：可能少了逗号，或这一行被截断了。`, `This row has ${record.cells.length} fields but the header has ${header.length}: a comma is missing or the row is truncated.`),
      );
    } else if (record.cells.length > header.length) {
      problems.push(
        problem(file, record.line, header.length + 1, `这一行有 ${record.cells.length} 个单元格，表头只有 ${header.length} 列：多了逗号？含逗号的内容要用英文双引号括起来。`, `This row has ${record.cells.length} fields but the header has ${header.length}: an extra comma? Quote a cell that contains a comma.`),
      );
    }
  }
  return { header, headerLine: headerRecord.line, records, problems };
}
