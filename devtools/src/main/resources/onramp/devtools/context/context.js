// Review context through the TypeScript compiler API, run with the repository's own `typescript`.
// Input: a JSON file (argv[2]) {"files":[{"path":"src/a.ts","ranges":[[start,end],...]}]}, paths
// relative to the working directory (the repository), lines 1-based and inclusive.
// Output (stdout, JSON): {"typescript":"5.9.3","pieces":[{"kind","file","start","end","label","text",
// "for"}],"notes":[...]}. kind: ENCLOSING | SAME_FILE | IMPORTED | REST.
'use strict';
const fs = require('fs');
const path = require('path');

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

let ts;
try {
  ts = require(require.resolve('typescript', { paths: [process.cwd()] }));
} catch (e) {
  fail('no typescript package in ' + process.cwd() + ' (run npm install in the repository)');
}

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const root = process.cwd();
const BIG_CLASS_LINES = 60;
const MAX_USED_PER_HUNK = 40;
const notes = [];

function compilerOptions() {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) {
    notes.push('no tsconfig.json: context resolved with the compiler defaults');
    return { allowJs: false, noEmit: true };
  }
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) {
    notes.push('tsconfig.json could not be read: ' + ts.flattenDiagnosticMessageText(read.error.messageText, ' '));
    return { noEmit: true };
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
  return Object.assign({}, parsed.options, { noEmit: true });
}

// The changed files are the roots; the compiler follows their imports, so only the reachable part
// of the repository is parsed.
const rootNames = input.files.map((f) => path.resolve(root, f.path));
const program = ts.createProgram({ rootNames, options: compilerOptions() });
const checker = program.getTypeChecker();

function rel(fileName) {
  return path.relative(root, fileName).split(path.sep).join('/');
}
function lineOf(sf, pos) {
  return sf.getLineAndCharacterOfPosition(pos).line + 1;
}
function startLine(node) {
  const sf = node.getSourceFile();
  return lineOf(sf, node.getStart(sf));
}
function endLine(node) {
  return lineOf(node.getSourceFile(), node.getEnd());
}
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  }
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '';
}
function kindWord(node) {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration: return 'function';
    case ts.SyntaxKind.MethodDeclaration: return 'method';
    case ts.SyntaxKind.Constructor: return 'constructor';
    case ts.SyntaxKind.GetAccessor: return 'getter';
    case ts.SyntaxKind.SetAccessor: return 'setter';
    case ts.SyntaxKind.ClassDeclaration: return 'class';
    case ts.SyntaxKind.InterfaceDeclaration: return 'interface';
    case ts.SyntaxKind.TypeAliasDeclaration: return 'type';
    case ts.SyntaxKind.EnumDeclaration: return 'enum';
    case ts.SyntaxKind.ModuleDeclaration: return 'namespace';
    case ts.SyntaxKind.VariableStatement: return 'const';
    case ts.SyntaxKind.PropertyDeclaration: return 'property';
    default: return ts.SyntaxKind[node.kind];
  }
}
function label(node) {
  const n = nameOf(node);
  return kindWord(node) + (n ? ' ' + n : '');
}

const SCOPE_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor, ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration, ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
]);

// A function expression or arrow function stands for the statement that names it
// (`export const f = async () => {...}`).
function scopeUnit(node) {
  if (SCOPE_KINDS.has(node.kind)) return node;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    let p = node.parent;
    while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p))) p = p.parent;
    if (p && ts.isVariableDeclaration(p) && p.parent && p.parent.parent && ts.isVariableStatement(p.parent.parent)) {
      return p.parent.parent;
    }
    if (p && ts.isPropertyDeclaration(p)) return p;
    return node;
  }
  return undefined;
}

// The innermost function-like or type-like declaration spanning every line of [start, end].
function enclosing(sf, start, end) {
  let best;
  function visit(node) {
    const s = startLine(node);
    const e = endLine(node);
    if (s > start || e < end) return;
    const unit = scopeUnit(node);
    if (unit) best = unit;
    ts.forEachChild(node, visit);
  }
  ts.forEachChild(sf, visit);
  return best;
}

// A declaration as a reader wants it: the top-level statement holding it, or for a big class the
// member itself.
// A declaration in the same file as the change stops below the scope holding the change (a field
// of the class being edited, not the whole class again).
function declarationUnit(decl, sf, start, end) {
  const holdsChange = (n) => n.getSourceFile() === sf && startLine(n) <= start && endLine(n) >= end;
  let node = decl;
  let member;
  while (node.parent && !ts.isSourceFile(node.parent) && !ts.isModuleBlock(node.parent)) {
    if (holdsChange(node.parent)) return node;
    if (ts.isClassLike(node.parent) && !member) member = node;
    node = node.parent;
  }
  if (member && endLine(node) - startLine(node) + 1 > BIG_CLASS_LINES) return member;
  return node;
}

// Bodies of functions from other files are left out: their signature is what the change uses.
function textOf(node, signatureOnly) {
  const sf = node.getSourceFile();
  const full = sf.text.slice(node.getStart(sf), node.getEnd());
  if (!signatureOnly) return full;
  const fn = ts.isVariableStatement(node)
    ? node.declarationList.declarations.map((d) => d.initializer).find((i) => i && (ts.isArrowFunction(i) || ts.isFunctionExpression(i)))
    : node;
  const body = fn && fn.body;
  if (body && ts.isBlock(body) && !ts.isClassLike(node)) {
    return sf.text.slice(node.getStart(sf), body.getStart(sf)) + '{ /* body left out */ }';
  }
  return full;
}

function libraryFile(sf) {
  return program.isSourceFileDefaultLibrary(sf) || program.isSourceFileFromExternalLibrary(sf) ||
    sf.fileName.includes('/node_modules/');
}

function usedDeclarations(sf, start, end, scope) {
  const found = new Map();
  function add(decl, via) {
    const dsf = decl.getSourceFile();
    if (program.isSourceFileDefaultLibrary(dsf)) return;
    const unit = declarationUnit(decl, sf, start, end);
    const s = startLine(unit);
    const e = endLine(unit);
    if (dsf === sf && s <= end && e >= start) return; // the change itself
    if (scope && dsf === sf && s >= startLine(scope) && e <= endLine(scope)) return; // already shown
    if (scope && dsf === sf && unit === scope) return;
    const key = dsf.fileName + ':' + s;
    if (found.has(key) || found.size >= MAX_USED_PER_HUNK) return;
    const kind = dsf === sf ? 'SAME_FILE' : libraryFile(dsf) ? 'REST' : 'IMPORTED';
    found.set(key, {
      kind, file: rel(dsf.fileName), start: s, end: e, label: label(unit) + via,
      text: textOf(unit, kind !== 'SAME_FILE'),
    });
  }
  function symbolDecls(symbol) {
    if (!symbol) return [];
    if (symbol.flags & ts.SymbolFlags.Alias) {
      try { symbol = checker.getAliasedSymbol(symbol); } catch (e) { return []; }
    }
    return symbol.declarations || [];
  }
  function visit(node) {
    const s = startLine(node);
    const e = endLine(node);
    if (e < start || s > end) return;
    if (ts.isIdentifier(node) && s >= start && e <= end) {
      const symbol = checker.getSymbolAtLocation(node);
      symbolDecls(symbol).forEach((d) => add(d, ''));
      // the declared type of a value the change uses (`order.total` needs `Order`)
      if (symbol && symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property | ts.SymbolFlags.Parameter)) {
        const type = checker.getTypeAtLocation(node);
        const typeSymbol = type && (type.aliasSymbol || type.getSymbol());
        symbolDecls(typeSymbol).forEach((d) => {
          if (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isEnumDeclaration(d)) {
            add(d, ' (type of ' + node.text + ')');
          }
        });
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);
  return [...found.values()];
}

const pieces = [];
for (const f of input.files) {
  const sf = program.getSourceFile(path.resolve(root, f.path));
  if (!sf) {
    notes.push(f.path + ': not part of the TypeScript program; context is its changed lines only');
    continue;
  }
  const shown = new Set();
  for (const [start, end] of f.ranges) {
    const forHunk = f.path + ':' + start + '-' + end;
    const scope = enclosing(sf, start, end);
    if (scope) {
      const key = startLine(scope) + ':' + endLine(scope);
      if (!shown.has(key)) {
        shown.add(key);
        pieces.push({
          kind: 'ENCLOSING', file: f.path, start: startLine(scope), end: endLine(scope),
          label: label(scope), text: textOf(scope, false), for: forHunk,
        });
      }
    }
    for (const p of usedDeclarations(sf, start, end, scope)) {
      pieces.push(Object.assign(p, { for: forHunk }));
    }
  }
}
process.stdout.write(JSON.stringify({ typescript: ts.version, pieces, notes }));
