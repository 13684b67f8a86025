import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * One line importing, from the context module `${contextDir}/${context}.ts`, each of its exports
 * the snippet uses but does not declare or import itself. The check is by name: an identifier
 * anywhere in the snippet counts as a use, which at worst imports a name the snippet never reads.
 */
export function contextImports(code: string, contextDir: string, context: string): string {
  const contextPath = join(contextDir, `${context}.ts`);
  const snippet = ts.createSourceFile("snippet.ts", code, ts.ScriptTarget.Latest, true);
  const declared = topLevelNames(snippet);
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(snippet);
  const wanted = exportedNames(contextPath).filter(
    ({ name }) => used.has(name) && !declared.has(name),
  );
  const values = wanted.filter((e) => !e.typeOnly).map((e) => e.name);
  const types = wanted.filter((e) => e.typeOnly).map((e) => e.name);
  return [
    values.length > 0 ? `import { ${values.join(", ")} } from "./${context}.js";` : "",
    types.length > 0 ? `import type { ${types.join(", ")} } from "./${context}.js";` : "",
  ].join(" ");
}

function topLevelNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else
      for (const element of name.elements)
        if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const e of bindings.elements) names.add(e.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        addBinding(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

interface ContextExport {
  name: string;
  typeOnly: boolean;
}

function exportedNames(contextPath: string): ContextExport[] {
  const source = ts.createSourceFile(
    contextPath,
    readFileSync(contextPath, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const exported: ContextExport[] = [];
  const isExported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const e of statement.exportClause.elements) {
        exported.push({ name: e.name.text, typeOnly: statement.isTypeOnly || e.isTypeOnly });
      }
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) exported.push({ name: d.name.text, typeOnly: false });
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      isExported(statement)
    ) {
      if (statement.name) exported.push({ name: statement.name.text, typeOnly: false });
    } else if (
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      isExported(statement)
    ) {
      exported.push({ name: statement.name.text, typeOnly: true });
    }
  }
  return exported;
}
