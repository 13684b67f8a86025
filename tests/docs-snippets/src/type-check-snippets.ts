import { dirname, join } from "node:path";
import ts from "typescript";
import { contextImports } from "./context-imports.js";
import type { Snippet } from "./markdown-snippets.js";

/** A snippet and the context module (in `contextDir`, without extension) that declares its free names. */
export interface SnippetInput {
  snippet: Snippet;
  context?: string;
}

/**
 * Type-checks every snippet as its own module in one program, with the package's tsconfig.
 * A name the snippet uses but does not declare or import itself is imported from its context
 * module, so a snippet that continues an earlier one reads as written. Returns the errors of
 * each snippet as `file:line: TSnnnn message`, with lines of the Markdown file.
 */
export function typeCheckSnippets(
  inputs: readonly SnippetInput[],
  contextDir: string,
  tsconfigPath: string,
): string[][] {
  const options = compilerOptions(tsconfigPath);
  const sources = new Map<string, string>();
  const paths = inputs.map((input, index) => {
    const path = join(contextDir, `snippet-${index}.ts`);
    sources.set(path, snippetModule(input, contextDir));
    return path;
  });

  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => sources.has(name) || fileExists.call(host, name);
  host.readFile = (name) => sources.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, onError, create) => {
    const text = sources.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, onError, create)
      : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram(paths, options, host);

  return paths.map((path, index) => {
    const snippet = inputs[index]?.snippet;
    const source = program.getSourceFile(path);
    if (snippet === undefined || source === undefined) throw new Error(`lost snippet ${path}`);
    return ts.getPreEmitDiagnostics(program, source).map((d) => {
      const at =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
      return `${snippet.file}:${snippet.line + at - 1}: TS${d.code} ${message}`;
    });
  });
}

/**
 * A snippet as a module of its own next to the context modules: one header line importing its
 * free names from its context, so snippet line k is line k + 1 of the module.
 */
export function snippetModule({ snippet, context }: SnippetInput, contextDir: string): string {
  const header = context === undefined ? "" : contextImports(snippet.code, contextDir, context);
  return `${header}\n${snippet.code}\nexport {};\n`;
}

function compilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, " "));
  return {
    ...ts.parseJsonConfigFileContent(config, ts.sys, dirname(tsconfigPath)).options,
    noEmit: true,
  };
}
