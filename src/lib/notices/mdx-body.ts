import { mdxToMdast, type MdastNode } from 'satteri';
import type { DataProblem } from '../data/problems.ts';

/**
 * The components a notice's text may use: the ones the notice page passes to the MDX content
 * (src/pages/notices/[id].astro). Any other tag would fail the build or render nothing.
 */
export const NOTICE_COMPONENTS: readonly string[] = ['EditorialNote'];

// Only `<`, `{` and lines starting with import/export are MDX syntax; text without any of them (or
// with each one escaped) is plain Markdown and cannot fail as MDX, so it need not be parsed.
const MAY_HAVE_MDX = /(?:^|[^\\])(?:\\\\)*[<{]|^(?:import|export)\b/mu;

const ESCAPE_HINT = '要显示 < { } 本身，写成 \\< \\{ \\}（如 各乡\\<镇>人民政府）';
const ESCAPE_HINT_EN = 'to print < { } themselves, write \\< \\{ \\}';

/** A Chinese sentence for the MDX parser's (English) message, with what to do. */
function explainParseError(message: string): string {
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/u.exec(message);
  if (unclosed)
    return `“<${unclosed[1]}>”没有对应的结束标签“</${unclosed[1]}>”（标签不能跨段落）：${NOTICE_COMPONENTS.includes(unclosed[1] ?? '') ? `补上 </${unclosed[1]}>` : ESCAPE_HINT}。`;
  const stray = /Unexpected closing tag `<\/([^>`]*)>`/u.exec(message);
  if (stray) return `多余或不匹配的结束标签“</${stray[1]}>”：检查标签名拼写和开始标签，${ESCAPE_HINT}。`;
  if (/closing brace|expression/iu.test(message)) return `花括号“{”在 MDX 中表示代码表达式，这里没有配对：${ESCAPE_HINT}。`;
  if (/after `<`/u.test(message)) return `“<”后面不是有效的标签：${ESCAPE_HINT}。`;
  return `正文不是有效的 MDX：${ESCAPE_HINT}。`;
}

/**
 * Checks a notice's text (the MDX after the frontmatter) as the build will read it: it must parse
 * as MDX, and use no tag but {@link NOTICE_COMPONENTS}, no `{…}` expression and no import/export
 * (code in the text would publish what it computes or imports, not the published document).
 * `bodyLine` is the file line the body starts on, so that problems are located in the file.
 */
export function checkNoticeBody(body: string, bodyLine: number, file: string): DataProblem[] {
  if (!MAY_HAVE_MDX.test(body)) return [];
  const problem = (line: number, column: number, message: string, messageEn: string): DataProblem => ({
    file,
    line: bodyLine + line - 1,
    column,
    message,
    messageEn,
    severity: 'error',
  });
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const located = /^(\d+):(\d+):\s*(.*)$/su.exec(text);
    const english = (located?.[3] ?? text).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/u, '');
    return [
      problem(Number(located?.[1] ?? 1), Number(located?.[2] ?? 1), explainParseError(english), `The text is not valid MDX: ${english}; ${ESCAPE_HINT_EN}.`),
    ];
  }
  const problems: DataProblem[] = [];
  const visit = (node: MdastNode) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = (message: string, messageEn: string) => problems.push(problem(start.line, start.column, message, messageEn));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node as { name?: string | null }).name ?? '';
      const attributes = (node as { attributes?: unknown[] }).attributes ?? [];
      if (NOTICE_COMPONENTS.includes(name) && attributes.length > 0) {
        at(`“<${name}>”不接受属性：只写 <${name}>说明文字</${name}>。`, `The tag <${name}> takes no attributes: write <${name}>text</${name}>.`);
      }
      if (!NOTICE_COMPONENTS.includes(name)) {
        at(
          `正文中的标签“<${name}>”不是本站的组件（可用的只有 ${NOTICE_COMPONENTS.map((component) => `<${component}>`).join('、')}）：${ESCAPE_HINT}。`,
          `Tag <${name}> is not a component of this site (only ${NOTICE_COMPONENTS.map((component) => `<${component}>`).join(', ')}): ${ESCAPE_HINT_EN}.`,
        );
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      at(
        `正文中的“{…}”会被当作代码执行，而不是原文：${ESCAPE_HINT}。`,
        `The "{…}" in the text would run as code instead of printing the text: ${ESCAPE_HINT_EN}.`,
      );
    } else if (node.type === 'mdxjsEsm') {
      at(
        '正文不能有 import 或 export 语句：文件正文只能是原文（行首的 import/export 若是原文，在前面加 \\）。',
        'The text may not contain import or export statements: it is the published text only (put a \\ before import/export at the start of a line of text).',
      );
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
