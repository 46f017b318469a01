// @ts-check
// Import cycles in the renderer, between files and between its parts: each feature folder
// (renderer/src/features/<name>) is one part, and so is every other folder of renderer/src. Two features
// that need each other should share a component or a data-layer hook instead. Type-only imports count:
// they tie the folders together just the same. Tests do not: a test may reach whatever it exercises.
// Exits with 1 when it finds a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve('renderer/src');
const importPattern = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** @param {string} from @param {string} specifier @returns {string | null} */
function resolve(from, specifier) {
  const bare = specifier.replace(/\?.*$/, '');
  let base;
  if (bare.startsWith('.')) base = path.resolve(path.dirname(from), bare);
  else if (bare.startsWith('@/')) base = path.join(root, bare.slice(2));
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The part of the renderer a file belongs to: `features/<name>`, another folder of renderer/src, or `.`. */
function partOf(/** @type {string} */ file) {
  const [first, second] = path.relative(root, file).split(path.sep);
  if (first === 'features' && second) return `features/${second}`;
  return second === undefined ? '.' : (first ?? '.');
}

/**
 * Strongly connected components with more than one node, or one node that reaches itself (Tarjan).
 * @param {Map<string, Set<string>>} graph
 */
function cyclicComponents(graph) {
  /** @type {Map<string, number>} */ const index = new Map();
  /** @type {Map<string, number>} */ const low = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const components = [];
  /** @param {string} node */
  const visit = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    /** @type {string[]} */ const component = [];
    let member;
    do {
      member = stack.pop() ?? node;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) components.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

const files = sourceFiles(root);
/** @type {Map<string, Set<string>>} */ const fileGraph = new Map();
/** @type {Map<string, Set<string>>} */ const partGraph = new Map();
/** @type {Map<string, Set<string>>} */ const partEdgeExamples = new Map();
for (const file of files) {
  const targets = new Set();
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const target = resolve(file, match[1] ?? match[2] ?? '');
    if (target) targets.add(target);
  }
  fileGraph.set(file, targets);
  const from = partOf(file);
  if (!partGraph.has(from)) partGraph.set(from, new Set());
  for (const target of targets) {
    const to = partOf(target);
    if (to === from) continue;
    partGraph.get(from)?.add(to);
    const key = `${from} -> ${to}`;
    partEdgeExamples.set(key, (partEdgeExamples.get(key) ?? new Set()).add(path.relative(root, file)));
  }
}

const fileCycles = cyclicComponents(fileGraph);
const partCycles = cyclicComponents(partGraph);
for (const component of fileCycles) {
  console.error(
    `Files that import each other in a cycle:\n  ${component.map((f) => path.relative(root, f)).join('\n  ')}`,
  );
}
for (const component of partCycles) {
  console.error(`Parts of renderer/src that import each other in a cycle: ${component.join(', ')}`);
  for (const from of component) {
    for (const to of component) {
      const examples = partEdgeExamples.get(`${from} -> ${to}`);
      if (examples) console.error(`  ${from} -> ${to}: ${[...examples].join(', ')}`);
    }
  }
}
if (fileCycles.length + partCycles.length > 0) process.exit(1);
console.log(`No import cycles among ${files.length} files and ${partGraph.size} parts of renderer/src.`);
