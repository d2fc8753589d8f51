// Lists the exported functions of TypeScript files with the repository's OWN typescript package
// (compiler API, syntax only): exported function declarations, exported consts initialised with an
// arrow function or function expression, public methods of exported classes, and local functions
// exported by name (export { f as g }). Usage: node exported-functions.cjs REPO FILE...
// (FILE relative to REPO). Prints one JSON array; exit 3 when typescript cannot be loaded.
"use strict";
const fs = require("fs");
const path = require("path");

const [repo, ...files] = process.argv.slice(2);
let ts;
try {
  ts = require(require.resolve("typescript", { paths: [repo] }));
} catch (e) {
  process.stderr.write(
    `typescript is not installed in ${repo} (no node_modules/typescript): run npm ci there first\n`);
  process.exit(3);
}

const has = (node, kind) => (ts.canHaveModifiers(node) ? ts.getModifiers(node) || [] : []).some((m) => m.kind === kind);
const isExported = (node) => has(node, ts.SyntaxKind.ExportKeyword);
const isDefault = (node) => has(node, ts.SyntaxKind.DefaultKeyword);

function lines(sf, node) {
  return {
    startLine: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
    endLine: sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1,
  };
}

function functionsOf(file) {
  const text = fs.readFileSync(path.join(repo, file), "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out = [];
  const locals = new Map(); // local name -> description, for export { a as b }
  const add = (d, exported) => {
    if (exported) out.push(d);
    else locals.set(d.name, d);
  };
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body) {
      const exported = isExported(st);
      const name = st.name.text;
      add({ file, name, exportName: exported && isDefault(st) ? "default" : name,
            kind: "FUNCTION", className: null, ...lines(sf, st) }, exported);
    } else if (ts.isVariableStatement(st)) {
      const exported = isExported(st);
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          add({ file, name: d.name.text, exportName: d.name.text, kind: "ARROW_CONST",
                className: null, ...lines(sf, st.declarationList.declarations.length === 1 ? st : d) }, exported);
        }
      }
    } else if (ts.isClassDeclaration(st) && st.name && isExported(st)) {
      const className = st.name.text;
      const exportName = isDefault(st) ? "default" : className;
      for (const m of st.members) {
        const hidden = has(m, ts.SyntaxKind.PrivateKeyword) || has(m, ts.SyntaxKind.ProtectedKeyword)
          || (m.name && ts.isPrivateIdentifier(m.name));
        if (ts.isMethodDeclaration(m) && m.body && !hidden && m.name && !ts.isComputedPropertyName(m.name)) {
          out.push({ file, name: m.name.getText(sf), exportName, kind: "METHOD", className,
                     static: has(m, ts.SyntaxKind.StaticKeyword), ...lines(sf, m) });
        }
      }
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const spec of st.exportClause.elements) {
        const local = (spec.propertyName || spec.name).text;
        const d = locals.get(local);
        if (d) out.push({ ...d, exportName: spec.name.text });
      }
    }
  }
  return out;
}

const result = [];
for (const f of files) {
  try {
    result.push(...functionsOf(f));
  } catch (e) {
    process.stderr.write(`${f}: cannot be read (${e.message})\n`);
    process.exit(4);
  }
}
process.stdout.write(JSON.stringify(result));
