/**
 * Imports point down, by construction: each layer of src/ names the layers it may import, and a
 * package with an index.ts is imported through it. Resolved from the real paths, not from the
 * spelling of `../`, so a file's depth cannot hide an upward import. Tested in layers.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Lowest first; an entry names a layer or one module of it (the UI takes the engine's contract, never
 * the engine). Files outside src/ (bench, scripts, tests) sit on top and may import any layer.
 */
export const LAYERS = {
  'src/core': [],
  'src/model': ['src/core'],
  'src/engine': ['src/core', 'src/model'],
  'src/store': ['src/core', 'src/model', 'src/engine'],
  'src/ui': ['src/core', 'src/model', 'src/engine/api', 'src/store'],
  'src/main.tsx': ['src/ui'],
  'src/cli': ['src/core', 'src/model'],
};

/** Faces beside a package's index: Node-only directory I/O stays out of the browser's src/model. */
const EXTRA_ENTRY_POINTS = ['src/model/node'];

/** Test files and test helpers (`*.testing.ts`) may also read the fixtures under tests/. */
const TEST_FILE = /\.(test|testing)\.tsx?$/;

function layerOf(file) {
  return Object.keys(LAYERS).find((layer) => file === layer || file.startsWith(`${layer}/`) || file.startsWith(`${layer}.`));
}

function resolveImport(context, specifier) {
  if (!specifier.startsWith('.')) return null;
  const root = context.cwd;
  const target = path.relative(root, path.resolve(path.dirname(context.filename), specifier)).split(path.sep).join('/');
  return { root, importer: path.relative(root, context.filename).split(path.sep).join('/'), target: target.replace(/\.(tsx?|jsx?)$/, '') };
}

function checkImports(context, check) {
  const visit = (node) => {
    if (node.source?.type === 'Literal' && typeof node.source.value === 'string') {
      const resolved = resolveImport(context, node.source.value);
      if (resolved) check(node.source, resolved);
    }
  };
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit, ImportExpression: visit };
}

const importsPointDown = {
  meta: { type: 'problem', schema: [], docs: { description: 'A layer of src/ imports only the layers below it (LAYERS in eslint/layers.js).' } },
  create(context) {
    return checkImports(context, (node, { importer, target }) => {
      const from = layerOf(importer);
      if (!from) return;
      const to = layerOf(target);
      if (to === from) return;
      if (LAYERS[from].some((allowed) => target === allowed || target.startsWith(`${allowed}/`))) return;
      if (!to && target.startsWith('tests/') && TEST_FILE.test(importer)) return;
      const allowed = LAYERS[from].length > 0 ? LAYERS[from].join(', ') : 'nothing outside itself';
      context.report({ node, message: `${from} may import ${allowed}, not ${to ?? target}: imports point down.` });
    });
  },
};

const throughIndex = {
  meta: { type: 'problem', schema: [], docs: { description: 'A package with an index.ts is imported through its index from outside it.' } },
  create(context) {
    return checkImports(context, (node, { root, importer, target }) => {
      const parts = target.split('/');
      for (let depth = 1; depth < parts.length; depth++) {
        const pkg = parts.slice(0, depth).join('/');
        if (importer.startsWith(`${pkg}/`) || !fs.existsSync(path.join(root, pkg, 'index.ts'))) continue;
        const face = target.replace(/\/index$/, '');
        if (fs.existsSync(path.join(root, face, 'index.ts')) || EXTRA_ENTRY_POINTS.includes(face) || face.endsWith('.testing')) return;
        context.report({ node, message: `import ${pkg} through its index, not ${target}.` });
        return;
      }
    });
  },
};

export const layers = { rules: { 'imports-point-down': importsPointDown, 'through-index': throughIndex } };
