import { z } from 'zod';
import { LineCounter, parseDocument, isAlias, isMap, isScalar, visit, type Node as YamlNode } from 'yaml';
import type { DataProblem } from '../data/problems.ts';
import { normalizeDocNumber } from '../text/docnumber.ts';

// Astro's YAML reader turns unquoted dates into Date objects; the check script's reader keeps strings.
// Messages are `中文 / English`; the validator splits them.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().superRefine((value, context) => {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(value))
      context.addIssue({
        code: 'custom',
        message: `“${value}”不是 年-月-日 格式的日期，应写成如 2022-09-14 / "${value}" is not a YYYY-MM-DD date such as 2022-09-14`,
      });
    else if (Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
      context.addIssue({ code: 'custom', message: `日期“${value}”不存在 / "${value}" is not a real date` });
  }),
);

const docNumber = z
  .string()
  .regex(
    /^\p{Script=Han}{1,10}[〔［[【（(]\d{4}[〕］\]】）)]\d{1,4}号$/u,
    '文号格式应如 安政办发〔2022〕50号 / an issue number (文号) looks like 安政办发〔2022〕50号',
  );

/** A document that a notice cites. */
export const citedDocumentSchema = z
  .object({
    /** Normalised document number (brackets 〔〕, no spaces), when the citation has one. */
    docNumber: docNumber.optional(),
    /** The number as printed in the notice, when it differs from the normalised form. */
    printed: z.string().optional(),
    /** Title of the cited document, as the notice gives it. */
    title: z.string().optional(),
  })
  .strict()
  .refine((cite) => cite.docNumber !== undefined || cite.title !== undefined, '引用文件至少要有 docNumber 或 title / a citation needs a docNumber or a title');

/** Validity states; 未注明 is what the site says when no document states one. */
export const VALIDITY_STATUSES = ['有效', '失效', '废止', '未注明'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

/**
 * Whether a notice is in force, only as a document says it: this notice's own 有效期 or a later
 * document that repealed or replaced it. Nothing is inferred from dates or deadlines.
 */
export const validitySchema = z
  .object({
    /** 有效 / 失效 / 废止 as a document states it, or 未注明. */
    status: z.enum(VALIDITY_STATUSES),
    /** Date it lapsed or was repealed, ISO, when a document gives it. */
    date: isoDate.optional(),
    /** The document that repealed or replaced it. */
    by: citedDocumentSchema.optional(),
    /** 有效期 as printed in this notice, e.g. 有效期至2025年12月31日. */
    period: z.string().optional(),
    /** Last day of that 有效期, ISO, when it prints one. */
    until: isoDate.optional(),
    /** Where the status is stated: a clause anchor of this notice (c8), or the title or number of the document. */
    source: z.string().min(1).optional(),
  })
  .strict()
  .refine(
    (validity) => validity.status === '未注明' || validity.source !== undefined,
    '效力（validity）为有效、失效或废止时，要在 source 中写明出处（本文件条款锚点，或另一文件的文号、标题） / validity other than 未注明 needs a source: a clause of this notice or the document that states it',
  )
  .refine(
    (validity) => validity.status !== '未注明' || (validity.date === undefined && validity.by === undefined),
    '效力未注明时不能填写 date 或 by / an 未注明 validity has no date or by',
  );

/**
 * Frontmatter of a notice (`content/notices/*.mdx`). Every field is documented in docs/authoring.md.
 * Unknown fields are errors, so a misspelt field name cannot be silently ignored.
 */
export const noticeFrontmatterSchema = z
  .object({
    /** Full title as printed (the 通知's title). */
    title: z.string().min(4),
    /** 文号 as printed, extraction spaces removed: 安政办发〔2022〕50号. */
    docNumber,
    /** 发文机关. */
    issuer: z.string().min(2),
    /** 成文日期, ISO. */
    issued: isoDate,
    /** 印发日期, ISO, when printed. */
    printed: isoDate.optional(),
    /** Disclosure status as printed without brackets, e.g. 此件公开发布. */
    disclosure: z.string().optional(),
    /** Where the issuer governs. */
    region: z
      .object({
        province: z.string().min(2),
        city: z.string().min(2).optional(),
        county: z.string().min(2).optional(),
      })
      .strict(),
    /** Administrative level of the issuer. */
    level: z.enum(['省级', '市级', '县级', '乡级']),
    /** Genre of the document: 通知, 意见 … */
    docType: z.string().min(2),
    /** Title of the plan the notice issues, if any. */
    planTitle: z.string().optional(),
    /** Kind of that plan: 实施方案, 整改方案 … */
    planType: z.string().optional(),
    /** 主送机关 as printed. */
    recipients: z.string().optional(),
    /** Subject keywords for filtering. */
    topics: z.array(z.string().min(1)).default([]),
    /** Every document the text cites, in order of first mention. */
    cites: z.array(citedDocumentSchema).default([]),
    /** File name of the seed or PDF the text was transcribed from. */
    sourceFile: z.string().min(1),
    /** Whether it is in force, as a document states it; absent means 未注明. */
    validity: validitySchema.optional(),
  })
  .strict();

export type NoticeFrontmatter = z.infer<typeof noticeFrontmatterSchema>;

export type Validity = z.infer<typeof validitySchema>;

/** A notice's validity, 未注明 when its frontmatter states none. */
export function validityOf(frontmatter: Pick<NoticeFrontmatter, 'validity'>): Validity {
  return frontmatter.validity ?? { status: '未注明' };
}

/** The most specific region name of a notice: its county, else its city, else its province. */
export function jurisdictionOf(frontmatter: Pick<NoticeFrontmatter, 'region'>): string {
  return frontmatter.region.county ?? frontmatter.region.city ?? frontmatter.region.province;
}

/** Splits an MDX file into frontmatter text and body, with the line the body starts on. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function nodeAt(root: YamlNode | null, path: ReadonlyArray<PropertyKey>): YamlNode | null {
  let node = root;
  for (const key of path) {
    if (!node) return null;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      node = (pair?.value as YamlNode | null | undefined) ?? (pair?.key as YamlNode | null | undefined) ?? null;
      if (!pair) return node;
    } else if ('items' in node && Array.isArray(node.items) && typeof key === 'number') {
      node = (node.items[key] as YamlNode | undefined) ?? null;
    } else return node;
  }
  return node;
}

/** The value at `path` in the frontmatter as read, or undefined when it is absent. */
function valueAt(values: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = values;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a field expects, in words (Chinese, English), for a wrong-type message. */
function expectedKind(field: string, expected: string | undefined): [string, string] {
  if (/^(issued|printed)$/u.test(field)) return ['年-月-日 格式的日期（如 2022-09-14）', 'a YYYY-MM-DD date such as 2022-09-14'];
  switch (expected) {
    case 'array':
      return ['列表（如 [标准地改革, 批而未用土地]，或每项一行、以 - 开头）', 'a list ([a, b], or one "- item" per line)'];
    case 'object':
      return ['带子字段的一组值（下一行起缩进两格写子字段）', 'a group of sub-fields (indented on the lines below)'];
    case 'number':
      return ['数字', 'a number'];
    case 'boolean':
      return ['true 或 false', 'true or false'];
    default:
      return ['文字', 'text'];
  }
}

/** The kind of a value as YAML read it (Chinese, English). */
function kindOf(value: unknown): [string, string] {
  if (value === null) return ['空值', 'an empty value'];
  if (Array.isArray(value)) return ['列表', 'a list'];
  if (value instanceof Date) return ['日期', 'a date'];
  switch (typeof value) {
    case 'number':
      return ['数字', 'a number'];
    case 'boolean':
      return ['真假值', 'a true/false value'];
    case 'object':
      return ['一组子字段', 'a group of sub-fields'];
    default:
      return ['文字', 'text'];
  }
}

/**
 * Validates a notice's frontmatter, locating each problem at its YAML line and column
 * (a missing field is reported at the frontmatter's first line).
 */
export function validateNoticeFrontmatter(source: string, file: string): { data?: NoticeFrontmatter; body: string; bodyLine: number; problems: DataProblem[] } {
  const parts = splitFrontmatter(source);
  const problem = (line: number, column: number, message: string, messageEn: string): DataProblem => ({
    file,
    line,
    column,
    message,
    messageEn,
    severity: 'error',
  });
  if (!parts) {
    return {
      body: source,
      bodyLine: 1,
      problems: [problem(1, 1, '文件开头缺少用 --- 包围的元数据（frontmatter）。', 'The file does not start with a frontmatter block between --- lines.')],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(parts.yaml, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      body: parts.body,
      bodyLine: parts.bodyLine,
      problems: document.errors.map((yamlError) => {
        const position = lineCounter.linePos(yamlError.pos[0]);
        return problem(position.line + 1, position.col, `元数据不是有效的 YAML：${yamlError.message}`, `Frontmatter is not valid YAML: ${yamlError.message}`);
      }),
    };
  }
  // `*x` and `&x` are YAML aliases and anchors: a value that starts with `*` is read as a reference
  // to another value (and crashes the reader when there is none), not as text.
  const aliasProblems: DataProblem[] = [];
  visit(document, {
    Node(_key, node) {
      const anchor = 'anchor' in node ? (node as { anchor?: string }).anchor : undefined;
      const kind = isAlias(node) ? '*' : anchor ? '&' : undefined;
      if (!kind) return;
      // An anchor is written before its node: `&name value`.
      const start = kind === '&' ? parts.yaml.lastIndexOf(`&${anchor}`, node.range?.[0] ?? 0) : (node.range?.[0] ?? 0);
      const position = lineCounter.linePos(Math.max(start, 0));
      const written = parts.yaml.slice(Math.max(start, 0), node.range?.[1] ?? 0).trim();
      aliasProblems.push(
        problem(
          position.line + 1,
          position.col,
          `“${written}”以 ${kind} 开头，YAML 会把它当作${kind === '*' ? '引用（别名）' : '锚点'}而不是文字：若这是原文，请加引号，如 "${written}"。`,
          `The value "${written}" starts with ${kind}, which YAML reads as ${kind === '*' ? 'an alias' : 'an anchor'}, not text: if it is text, put it in quotes.`,
        ),
      );
    },
  });
  if (aliasProblems.length > 0) return { body: parts.body, bodyLine: parts.bodyLine, problems: aliasProblems };
  let values: unknown;
  try {
    values = document.toJS();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      body: parts.body,
      bodyLine: parts.bodyLine,
      problems: [problem(2, 1, `元数据无法读取：${message}`, `The frontmatter cannot be read: ${message}`)],
    };
  }
  const result = noticeFrontmatterSchema.safeParse(values);
  if (result.success) {
    const problems: DataProblem[] = [];
    for (const [index, cite] of result.data.cites.entries()) {
      if (cite.docNumber && cite.docNumber !== normalizeDocNumber(cite.docNumber)) {
        const node = nodeAt(document.contents, ['cites', index, 'docNumber']);
        const position = lineCounter.linePos(node?.range?.[0] ?? 0);
        problems.push(
          problem(
            position.line + 1,
            position.col,
            `cites 中的 docNumber 要用规范写法 ${normalizeDocNumber(cite.docNumber)}，原文写法放在 printed。`,
            `cites[].docNumber must be normalised (${normalizeDocNumber(cite.docNumber)}); put the printed form in printed.`,
          ),
        );
      }
    }
    return { data: result.data, body: parts.body, bodyLine: parts.bodyLine, problems };
  }
  const problems = result.error.issues.map((issue) => {
    const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.[0] : undefined;
    const node = nodeAt(document.contents, unknownKey === undefined ? issue.path : [...issue.path, unknownKey]);
    const position = node?.range ? lineCounter.linePos(node.range[0]) : { line: 0, col: 1 };
    const [zh, en = zh] = issue.message.split(' / ');
    const field = issue.path.join('.');
    const found = valueAt(values, issue.path);
    const written = node?.range ? parts.yaml.slice(node.range[0], node.range[1]).trim() : '';
    const isMissing = issue.code === 'invalid_type' && found === undefined;
    const isUnknown = issue.code === 'unrecognized_keys';
    const [expectedZh, expectedEn] = issue.code === 'invalid_type' ? expectedKind(field, (issue as { expected?: string }).expected) : ['', ''];
    const [foundZh, foundEn] = kindOf(found);
    const message = isMissing
      ? `缺少必填字段“${field}”。`
      : isUnknown
        ? `未知字段 ${(issue as { keys?: string[] }).keys?.join('、')}${field ? `（在 ${field} 中）` : ''}：检查拼写，字段列表见 docs/authoring.md。`
        : issue.code === 'invalid_type'
          ? `字段“${field}”应为${expectedZh}，这里写的是${foundZh}“${written}”。`
          : issue.code === 'invalid_value'
            ? `字段“${field}”只能是 ${((issue as { values?: unknown[] }).values ?? []).join('、')} 之一，这里写的是“${written}”。`
            : issue.code === 'too_small' && (issue as { origin?: string }).origin === 'string'
              ? `字段“${field}”太短（至少 ${(issue as { minimum?: number }).minimum} 个字），这里写的是“${written}”。`
              : `字段“${field}”有误：${zh}`;
    const messageEn = isMissing
      ? `Required field "${field}" is missing.`
      : isUnknown
        ? `Unknown field(s) ${(issue as { keys?: string[] }).keys?.join(', ')}: check the spelling.`
        : issue.code === 'invalid_type'
          ? `Field "${field}" must be ${expectedEn}; found ${foundEn} "${written}".`
          : `Field "${field}" is invalid: ${en}`;
    // Lines are reported in the MDX file: YAML line 1 is file line 2, after the opening ---.
    return problem(position.line + 1, position.col, message, messageEn);
  });
  return { body: parts.body, bodyLine: parts.bodyLine, problems };
}
