// Finds the public exports of a module that have no doc comment, with TypeScript's checker.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  // No global types: only the exports' own declarations are read, nothing is type-checked.
  types: [],
  // Read no file beyond the module's own folder: fast, and enough to follow re-exports.
  noResolve: true,
  noLib: true,
};

/**
 * The names exported by the module at `file` (following re-exports to their declarations,
 * within the module's folder)
 * whose declarations have no doc comment with a summary sentence, sorted. A comment with
 * only tags (such as a lone `@example`) does not count.
 */
export function undocumentedExports(file: string): string[] {
  const folder = path.dirname(file);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
  const program = ts.createProgram(files, OPTIONS);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((symbol) => !hasSummary(resolve(checker, symbol), checker))
    .map((symbol) => symbol.name)
    .sort();
}

function resolve(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function hasSummary(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  return text.trim().length > 0;
}
