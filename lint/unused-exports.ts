// ESLint rule: an export that no other file of the TypeScript program imports is reported, so
// dead API is found while it is written. An exported type or interface that its own file uses
// (in the signature of an exported function, say) is left alone: it names part of that API.
// It reads the program typescript-eslint builds for type-aware linting (projectService), so
// imports resolve exactly as tsc resolves them: through `export *` and `export { x } from`
// barrels, type-only imports, default imports, `import * as ns`, literal `import('…')` and
// `import('…').T` types (the last three count every export of that module as used).
// eslint.config.js loads this file as TypeScript through Node's type stripping (Node 22.18+).
import type { Rule } from 'eslint';
import ts from 'typescript';

interface TypedServices {
  readonly program: ts.Program;
  readonly esTreeNodeToTSNodeMap: { get(node: unknown): ts.Node };
}

/** Every symbol some file imports, for each program (one program per lint run and tsconfig). */
const importedByProgram = new WeakMap<ts.Program, Set<ts.Symbol>>();

function importedSymbols(program: ts.Program): Set<ts.Symbol> {
  const known = importedByProgram.get(program);
  if (known) return known;
  const imported = new Set<ts.Symbol>();
  importedByProgram.set(program, imported);
  const checker = program.getTypeChecker();

  // An import names an alias; it and every alias it passes through (a barrel's re-export) to
  // the declaration are in use.
  const useChain = (symbol: ts.Symbol | undefined): void => {
    let s = symbol;
    while (s && !imported.has(s)) {
      imported.add(s);
      s = s.flags & ts.SymbolFlags.Alias ? checker.getImmediateAliasedSymbol(s) : undefined;
    }
  };
  const useModule = (specifier: ts.Node): void => {
    const moduleSymbol = checker.getSymbolAtLocation(specifier);
    if (moduleSymbol) for (const e of checker.getExportsOfModule(moduleSymbol)) useChain(e);
  };
  const useName = (name: ts.Node): void => useChain(checker.getSymbolAtLocation(name));

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause) {
      const { name, namedBindings } = node.importClause;
      if (name) useName(name);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) useModule(node.moduleSpecifier);
      if (namedBindings && ts.isNamedImports(namedBindings)) for (const e of namedBindings.elements) useName(e.name);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && node.exportClause && ts.isNamespaceExport(node.exportClause)) {
      useModule(node.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) useModule(arg);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      useModule(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file)) visit(file);
  }
  return imported;
}

/** The symbols a file's identifiers refer to, apart from the names being declared. */
function referencedIn(file: ts.SourceFile, checker: ts.TypeChecker): Set<ts.Symbol> {
  const referenced = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && ts.getNameOfDeclaration(node.parent as ts.Declaration) !== node) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol) referenced.add(symbol);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return referenced;
}

const TYPE_ONLY = ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias;

const rule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow exports that no other file of the program imports' },
    messages: { unused: "'{{name}}' is exported but no file imports it: remove it, or drop the export." },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices as Partial<TypedServices> | undefined;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) throw new Error('unused-exports needs type information (parserOptions.projectService)');
    const { program, esTreeNodeToTSNodeMap } = services as TypedServices;
    return {
      Program(node) {
        const file = esTreeNodeToTSNodeMap.get(node) as ts.SourceFile;
        const checker = program.getTypeChecker();
        const moduleSymbol = checker.getSymbolAtLocation(file);
        if (!moduleSymbol) return;
        const imported = importedSymbols(program);
        const at = (pos: number): { line: number; column: number } => {
          const { line, character } = file.getLineAndCharacterOfPosition(pos);
          return { line: line + 1, column: character };
        };
        let referenced: Set<ts.Symbol> | undefined;
        for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
          if (imported.has(symbol)) continue;
          if (symbol.flags & TYPE_ONLY && (referenced ??= referencedIn(file, checker)).has(symbol)) continue;
          // Only what this file declares or re-exports by name; `export *` names are judged where declared.
          const declaration = symbol.declarations?.find((d) => d.getSourceFile() === file);
          if (!declaration) continue;
          const named = ts.getNameOfDeclaration(declaration) ?? declaration;
          context.report({
            loc: { start: at(named.getStart(file)), end: at(named.getEnd()) },
            messageId: 'unused',
            data: { name: symbol.getName() },
          });
        }
      },
    };
  },
};

export default rule;
