/**
 * The layers' import rules, checked on every source file of the repo (docs/architecture.md, the
 * layers: dependencies point inward; only electron/main and electron/preload import 'electron').
 * Each import is read with TypeScript's parser: static imports and re-exports, `import type`,
 * dynamic `import()`, `import('x').T` in types and `require()`. A violation names the file, the
 * import and the rule it breaks.
 *
 * Test files (*.test.ts, *.spec.ts, e2e) may also use the test tools and Node's built-ins, but never
 * reach into a layer their folder may not import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ImportRef {
  specifier: string;
  /** Erased at compile time: `import type`, `export type`, every named import marked `type`, `import('x').T`. */
  typeOnly: boolean;
  line: number;
}

/** Every module a source file refers to. */
export function importsOf(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: ImportRef[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier)) {
      found.push({ specifier: specifier.text, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedTypes = bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      // `import 'x'` (no clause) runs the module: a runtime import.
      add(node, node.moduleSpecifier, clause !== undefined && (clause.isTypeOnly || (!clause.name && allNamedTypes)));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const clause = node.exportClause;
      const allNamedTypes = clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, node.isTypeOnly || allNamedTypes);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node)) {
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (dynamic || required) add(node, node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isBuiltin = (specifier: string) => BUILTINS.has(specifier) || specifier.startsWith('node:');
/** 'fabric/node' -> 'fabric', '@playwright/test' -> '@playwright/test'. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** What one folder's files may import: repo paths (prefixes, relative to the repo) and npm packages. */
interface Rule {
  /** Repo folders or files this folder's code may import (its own folder is always allowed). */
  paths: readonly string[];
  /** npm packages its code may import at run time. */
  packages: readonly string[];
  /** npm packages it may import for their types only. */
  typePackages?: readonly string[];
  /** Node built-ins (node:fs...) at run time. */
  builtins?: boolean;
  /** What test files in the folder may use on top (paths, packages); they always get Node built-ins. */
  tests?: { paths?: readonly string[]; packages?: readonly string[] };
}

// The test runner, property tests, and the independent parsers files are read back with (CSV, iCalendar).
const TEST_TOOLS = ['vitest', 'fast-check', 'csv-parse', 'ical.js'];
const NODE_SIDE = ['core/'];

/**
 * The rules, most specific folder first (the first folder that contains a file is its folder).
 * Folders are repo-relative with a trailing slash; a path entry may also be one file.
 */
export const RULES: ReadonlyArray<[folder: string, rule: Rule]> = [
  // The headless editor (issue 3): schema, variants, the element modules' data, the carousel's slide rules and the video's pure rules (timeline, caption files); no render, no UI.
  ['core/editor/', { paths: ['core/schema/', 'core/variants/', 'core/elements/', 'core/carousel/', 'core/video/'], packages: [], tests: { paths: ['core/'], packages: TEST_TOOLS } }],
  // Pure rules: browsers, Node and Electron alike. zod at run time; Fabric's types only (the host passes its namespace in).
  ['core/', { paths: [], packages: ['zod', 'hyphen'], typePackages: ['fabric'], tests: { packages: [...TEST_TOOLS, 'fabric', 'canvas'] } }],
  // The React UI in a sandboxed page: core, never the Node side.
  ['renderer/src/', { paths: ['core/'], packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'fabric', 'fflate'], tests: { packages: [...TEST_TOOLS, 'fabric'] } }],
  // The preload's page-side helpers live in electron/main but must stay loadable in the sandbox.
  ['electron/main/channels.ts', { paths: ['core/api/'], packages: [] }],
  ['electron/main/media.ts', { paths: ['core/api/'], packages: [] }],
  // window.affiche from the contract: core/api and the channel and URL helpers it shares with main.
  ['electron/preload/', { paths: ['core/api/', 'electron/main/channels.ts', 'electron/main/media.ts'], packages: ['electron'], tests: { packages: TEST_TOOLS } }],
  // The Electron adapter: the only other place 'electron' is imported.
  ['electron/main/', { paths: [...NODE_SIDE, 'electron/services/'], packages: ['*'], builtins: true, tests: { packages: TEST_TOOLS } }],
  // Plain Node: never 'electron', never the adapter.
  ['electron/services/', { paths: NODE_SIDE, packages: ['*'], builtins: true, tests: { paths: ['e2e/'], packages: TEST_TOOLS } }],
  ['electron/web/', { paths: [...NODE_SIDE, 'electron/services/'], packages: ['*'], builtins: true, tests: { packages: TEST_TOOLS } }],
  ['electron/cli/', { paths: [...NODE_SIDE, 'electron/services/'], packages: ['*'], builtins: true, tests: { packages: TEST_TOOLS } }],
  // The end-to-end suite drives the app from outside: the backend to set up data, never the UI's code.
  ['e2e/', { paths: [...NODE_SIDE, 'electron/services/', 'electron/web/'], packages: ['*'], builtins: true }],
  ['bench/', { paths: [...NODE_SIDE, 'electron/services/', 'e2e/'], packages: ['*'], builtins: true }],
  ['scripts/', { paths: [...NODE_SIDE, 'electron/services/', 'electron/web/', 'electron/cli/'], packages: ['*'], builtins: true }],
  ['bin/', { paths: ['electron/cli/'], packages: ['*'], builtins: true }],
];

/**
 * Only these import the 'electron' package, whatever a rule's package list says. `npm start`'s
 * launcher requires it in plain Node, where the package gives the binary's path, not Electron's API.
 */
const ELECTRON_IMPORTERS = ['electron/main/', 'electron/preload/', 'scripts/start.mjs'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', '.tmp', '.git', 'fixtures']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

const isTest = (file: string) => /\.(test|spec)\.[mc]?[tj]sx?$/.test(file) || file.startsWith('e2e/');
const within = (file: string, folder: string) => (folder.endsWith('/') ? file.startsWith(folder) : file === folder);

/** Every broken rule in one file, as "file:line imports 'x': reason". */
export function violationsOf(file: string, text: string): string[] {
  const entry = RULES.find(([folder]) => within(file, folder));
  if (!entry) return [];
  const [folder, rule] = entry;
  const test = isTest(file);
  const out: string[] = [];
  for (const { specifier, typeOnly, line } of importsOf(file, text)) {
    const where = `${file}:${line} imports '${specifier}'`;
    if (specifier.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const allowed = [folder.endsWith('/') ? folder : path.posix.dirname(folder) + '/', ...rule.paths, ...(test ? (rule.tests?.paths ?? []) : [])];
      // A module path may omit its extension or name a folder's index.
      const matches = (allowedPath: string) =>
        allowedPath.endsWith('/') ? `${target}/`.startsWith(allowedPath) : target === allowedPath.replace(SOURCE, '') || target === allowedPath;
      if (!allowed.some(matches)) out.push(`${where}: ${folder} may import only ${allowed.join(', ')}`);
      continue;
    }
    if (isBuiltin(specifier)) {
      if (!rule.builtins && !test) out.push(`${where}: ${folder} runs outside Node and may not import Node built-ins`);
      continue;
    }
    const name = packageOf(specifier);
    if (name === 'electron' && !ELECTRON_IMPORTERS.some((f) => file.startsWith(f))) {
      out.push(`${where}: only electron/main and electron/preload import 'electron'`);
      continue;
    }
    const packages = [...rule.packages, ...(test ? (rule.tests?.packages ?? []) : [])];
    if (packages.includes('*') || packages.includes(name)) continue;
    if (typeOnly && rule.typePackages?.includes(name)) continue;
    const typeNote = rule.typePackages?.includes(name) ? ` (${name} for its types only: import type)` : '';
    out.push(`${where}: ${folder} may not import the package '${name}'${typeNote}`);
  }
  return out;
}

const FOLDERS = ['core', 'renderer/src', 'electron', 'e2e', 'bench', 'scripts', 'bin'];

describe('import boundaries', () => {
  const files = FOLDERS.flatMap(sourceFiles);

  it('every source file belongs to a folder with rules', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.filter((file) => !RULES.some(([folder]) => within(file, folder)))).toEqual([]);
  });

  it.each(FOLDERS)('%s imports only what its layer may', (folder) => {
    const violations = files.filter((file) => file.startsWith(`${folder}/`)).flatMap((file) => violationsOf(file, readFileSync(path.join(root, file), 'utf8')));
    expect(violations).toEqual([]);
  });

  it('reads every kind of import, and a violation names the file, the line and the import', () => {
    const text = [
      "import type { Textbox } from 'fabric';",
      "import { type Canvas } from 'fabric';",
      "import * as fabric from 'fabric';",
      "export type { Design } from '../schema/design';",
      "import { readFileSync } from 'node:fs';",
      "const lazy = () => import('../../renderer/src/App');",
      "type T = import('../../electron/services/backend').Backend;",
      "import 'electron';",
    ].join('\n');
    expect(importsOf('core/render/x.ts', text).map((i) => [i.specifier, i.typeOnly])).toEqual([
      ['fabric', true],
      ['fabric', true],
      ['fabric', false],
      ['../schema/design', true],
      ['node:fs', false],
      ['../../renderer/src/App', false],
      ['../../electron/services/backend', true],
      ['electron', false],
    ]);
    expect(violationsOf('core/render/x.ts', text)).toEqual([
      "core/render/x.ts:3 imports 'fabric': core/ may not import the package 'fabric' (fabric for its types only: import type)",
      "core/render/x.ts:5 imports 'node:fs': core/ runs outside Node and may not import Node built-ins",
      "core/render/x.ts:6 imports '../../renderer/src/App': core/ may import only core/",
      "core/render/x.ts:7 imports '../../electron/services/backend': core/ may import only core/",
      "core/render/x.ts:8 imports 'electron': only electron/main and electron/preload import 'electron'",
    ]);
  });

  it('keeps each layer to its rule', () => {
    expect(violationsOf('renderer/src/x.ts', "import { ipc } from '../../electron/main/ipc';")).toHaveLength(1);
    expect(violationsOf('renderer/src/x.ts', "import path from 'node:path';")).toHaveLength(1);
    expect(violationsOf('renderer/src/x.test.ts', "import path from 'node:path';")).toEqual([]);
    expect(violationsOf('electron/services/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(violationsOf('electron/main/x.ts', "import { app } from 'electron';")).toEqual([]);
    expect(violationsOf('electron/cli/x.ts', "import { createWindow } from '../main/window';")).toHaveLength(1);
    expect(violationsOf('electron/web/x.ts', "import { createWindow } from '../main/window';")).toHaveLength(1);
    expect(violationsOf('electron/preload/x.ts', "import { backend } from '../services/backend';")).toHaveLength(1);
    expect(violationsOf('electron/preload/x.ts', "import { CALL_CHANNEL } from '../main/channels';")).toEqual([]);
    expect(violationsOf('electron/preload/x.ts', "import { something } from '../main/window';")).toHaveLength(1);
    expect(violationsOf('electron/preload/x.ts', "import { METHOD_NAMES } from '../../core/api/contract';")).toEqual([]);
    expect(violationsOf('electron/preload/x.ts', "import { designSchema } from '../../core/schema/design';")).toHaveLength(1);
    expect(violationsOf('core/editor/x.ts', "import { buildElement } from '../render/elements';")).toHaveLength(1);
    expect(violationsOf('e2e/browser/x.spec.ts', "import { App } from '../../renderer/src/App';")).toHaveLength(1);
  });
});
