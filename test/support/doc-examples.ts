// The `@example` blocks of the kit's doc comments, and how to run them.
//
// The convention (also in docs/notebooks.md, "Doc comment examples"):
// - An example is TypeScript run as an ES module in a temporary working folder (with a link
//   to the project's data/), against the built kit (dist/), with no network beyond loopback. It may use every public export of the kit and every export of the module it
//   documents without importing them; anything else (arquero's `table`, `node:path`) it
//   imports itself, as a user would.
// - A top-level expression statement followed by a `//` comment, on its own line's end or on
//   the lines right below it, states its result when the comment starts with a literal:
//   a string, number, boolean, null, undefined, NaN, or an array or object of those. The
//   literal is the longest start of the comment that parses as one and is followed by
//   nothing, a space, a comma, a colon or a semicolon; the rest is a note. The statement's value must equal it
//   (node's isDeepStrictEqual). A comment starting with a word is a note, not a result.
// - An example whose first line is `// not run: REASON` is only type-stripped, not run.
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

/** One `@example` block, with where it comes from. */
export interface DocExample {
  /** The source file, relative to the project's root. */
  file: string;
  /** The name of the documented export. */
  name: string;
  /** The example's code, without the comment's `*` margin. */
  code: string;
  /** Why the example is not run, from its `// not run: REASON` line, or null. */
  notRun: string | null;
}

/** A statement whose comment states a result. */
export interface StatedResult {
  /** The statement's 1-based line in the example. */
  line: number;
  /** The statement's expression, as written. */
  expression: string;
  /** The literal the comment starts with. */
  expected: string;
}

const NOT_RUN = /^\s*\/\/\s*not run:\s*(.+)$/;

/** Every `@example` in the .ts files under a folder, in file order. */
export function findDocExamples(root: string, folder = 'src'): DocExample[] {
  const files = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();
  return files.flatMap((file) => {
    const relative = path.join(folder, file);
    return examplesIn(relative, readFileSync(path.join(root, relative), 'utf8'));
  });
}

/** The `@example` blocks of one file's doc comments. */
export function examplesIn(file: string, text: string): DocExample[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return docComments(source).flatMap(({ body, name }) => {
    const lines = body.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    return exampleBlocks(lines).map((code) => {
      const notRun = NOT_RUN.exec(code.split('\n')[0] ?? '')?.[1] ?? null;
      return { file, name: name ?? '(unnamed)', code, notRun };
    });
  });
}

// Every `/** ... */` comment of a file, in order, with the name of the declaration it
// documents (null when none). The comments are read from the parsed file's trivia rather
// than matched in its text: every comment is in the leading trivia of some token, and a
// `/**` inside a string, a template or a `//` comment is not one. Of the doc comments before
// one token, only the last documents what starts there; the others (a file's header comment
// before the first export's doc comment) document nothing, but their examples still count.
function docComments(source: ts.SourceFile): { body: string; name: string | null }[] {
  const text = source.text;
  const found = new Map<number, { body: string; name: string | null }>();
  const visit = (node: ts.Node): void => {
    // A JSDoc node's children lie inside the comment itself.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) {
      return;
    }
    const docs = (ts.getLeadingCommentRanges(text, node.pos) ?? []).filter(
      (r) => text.startsWith('/**', r.pos) && !text.startsWith('/**/', r.pos),
    );
    docs.forEach((range, index) => {
      if (found.has(range.pos)) return;
      const documents = index === docs.length - 1;
      found.set(range.pos, {
        body: text.slice(range.pos + 3, range.end - 2),
        name: documents ? declarationNameAt(source, node.getStart(source)) : null,
      });
    });
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, doc]) => doc);
}

// The name of the declaration that starts at a position (a function, class, variable,
// type, member...), or null.
function declarationNameAt(source: ts.SourceFile, position: number): string | null {
  let found: string | null = null;
  const visit = (node: ts.Node): void => {
    if (found != null || position < node.pos || position >= node.end) return;
    if (node.getStart(source) === position) {
      if (ts.isVariableStatement(node)) {
        const [first] = node.declarationList.declarations;
        if (first) found = first.name.getText(source);
      } else if (ts.isDeclarationStatement(node) || ts.isClassElement(node)) {
        found = node.name?.getText(source) ?? null;
      } else if (ts.isTypeElement(node)) {
        found = node.name?.getText(source) ?? null;
      }
      if (found != null) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// The text under each `@example` tag, up to the next tag.
function exampleBlocks(lines: string[]): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (/^@\w+/.test(line)) {
      if (current) blocks.push(current.join('\n').trim());
      current = line.startsWith('@example') ? [line.slice('@example'.length)] : null;
    } else if (current) {
      current.push(line);
    }
  }
  if (current) blocks.push(current.join('\n').trim());
  return blocks.filter((block) => block.length > 0);
}

/**
 * The literal a result comment starts with, or null when it starts with anything else.
 * `'1960, whatever the local time zone'` gives `'1960'`, `'false: it is there now'` gives
 * `'false'`; `'the bytes of PNG'` gives null.
 */
export function statedLiteral(comment: string): string | null {
  const text = comment.trim();
  for (let end = text.length; end > 0; end--) {
    if (end < text.length && !/[\s,:;]/.test(text[end] ?? '')) continue;
    const candidate = text.slice(0, end).trim();
    if (candidate && isLiteral(candidate)) return candidate;
  }
  return null;
}

// True when the text parses as one expression made of literals only.
function isLiteral(text: string): boolean {
  const { diagnostics } = ts.transpileModule(`(${text});`, { reportDiagnostics: true });
  if ((diagnostics ?? []).length > 0) return false;
  const source = ts.createSourceFile('x.ts', `(${text});`, ts.ScriptTarget.Latest, true);
  const [statement, ...rest] = source.statements;
  if (rest.length > 0 || !statement || !ts.isExpressionStatement(statement)) return false;
  return isLiteralNode(statement.expression);
}

function isLiteralNode(node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteralNode(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isNumericLiteral(node)) return true;
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  }
  if (ts.isIdentifier(node)) return ['undefined', 'NaN', 'Infinity'].includes(node.text);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteralNode);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralNode(p.initializer));
  }
  const kinds = [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword];
  return kinds.includes(node.kind);
}

/** The statements of an example whose comments state a result, in order. */
export function statedResults(code: string): StatedResult[] {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const results: StatedResult[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const comment = resultComment(code, statement.end, source);
    const expected = comment == null ? null : statedLiteral(comment);
    if (expected == null) continue;
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    results.push({ line, expression: statement.expression.getText(source), expected });
  }
  return results;
}

// The `//` comment lines right after a statement: on its last line, or on the lines just
// below it, joined with spaces; null when there is none. TypeScript calls a comment on the
// statement's line trailing and the ones on the next lines leading.
function resultComment(code: string, end: number, source: ts.SourceFile): string | null {
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const ranges = [
    ...(ts.getTrailingCommentRanges(code, end) ?? []),
    ...(ts.getLeadingCommentRanges(code, end) ?? []),
  ];
  let line = lineOf(end);
  const parts: string[] = [];
  for (const range of ranges) {
    const start = lineOf(range.pos);
    if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || start > line + 1) break;
    parts.push(code.slice(range.pos + 2, range.end).trim());
    line = start;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * The example as JavaScript for an ES module: each statement that states a result becomes
 * `__docCheck(line, expression, expected, text)`; types are stripped.
 */
export function exampleModuleCode(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const checks = new Map(statedResults(code).map((r) => [r.line, r]));
  let out = code;
  // Replace from the end so that earlier positions stay valid.
  for (const statement of [...source.statements].reverse()) {
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const check = checks.get(line);
    if (!check || !ts.isExpressionStatement(statement)) continue;
    const call =
      `__docCheck(${line}, (${check.expression}), (${check.expected}), ` +
      `${JSON.stringify(check.expression)});`;
    out = out.slice(0, statement.getStart()) + call + out.slice(statement.end);
  }
  const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
  return ts.transpileModule(out, { compilerOptions: options }).outputText;
}

/** Identifiers the example uses without declaring or importing them. */
export function freeNameCandidates(code: string): string[] {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const used = new Set<string>();
  const bound = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const declared =
        (ts.isVariableDeclaration(parent) ||
          ts.isBindingElement(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isImportSpecifier(parent) ||
          ts.isImportClause(parent) ||
          ts.isNamespaceImport(parent)) &&
        parent.name === node;
      const member = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const key =
        (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (declared) bound.add(node.text);
      else if (!member && !key) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...used].filter((name) => !bound.has(name)).sort();
}

/** What running one example gave. */
export interface ExampleRun {
  /** The error it threw, as `Name: message`, or null. */
  error: string | null;
  checks: { line: number; expression: string; ok: boolean; actual: string; expected: string }[];
}

/**
 * Runs examples against the built kit (dist/ must be built) in one child process, in a
 * temporary working folder, and gives one run per example, in order. Writes only to that
 * folder, removed afterwards.
 */
export function runExamples(root: string, examples: readonly DocExample[]): ExampleRun[] {
  const work = mkdtempSync(path.join(tmpdir(), 'doc-examples-'));
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    const plan = {
      root,
      work,
      examples: examples.map((example, id) => ({
        id,
        module: path.join(root, 'dist', example.file.replace(/^src\//, '').replace(/\.ts$/, '.js')),
        code: exampleModuleCode(example.code),
        candidates: freeNameCandidates(example.code),
      })),
    };
    const planFile = path.join(work, 'plan.json');
    const resultsFile = path.join(work, 'results.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const script = path.join(root, 'scripts/docs/run-examples.mjs');
    const child = spawnSync(process.execPath, [script, planFile, resultsFile], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (child.status !== 0) throw new Error(`run-examples.mjs failed:\n${child.stderr}`);
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as ExampleRun[];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
