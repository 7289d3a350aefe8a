import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import { preProcessFile } from "typescript";

/** Every .ts module under a folder, and the modules of that folder each imports (type-only imports too). */
function importGraph(root: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(root);
  const resolveImport = (from: string, spec: string): string | undefined => {
    if (!spec.startsWith(".")) return undefined;
    const base = resolve(dirname(from), spec);
    return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((p) => existsSync(p));
  };
  const inside = new Set(files.map((f) => resolve(f)));
  return new Map(
    files.map((file) => {
      const { importedFiles } = preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = importedFiles
        .map((i) => resolveImport(file, i.fileName))
        .filter((t): t is string => t !== undefined && inside.has(t));
      return [resolve(file), [...new Set(targets)]];
    })
  );
}

/** The import cycles of a graph, each as the modules around it (relative to the folder), first one repeated. */
function cycles(graph: Map<string, string[]>, root: string): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") {
        found.push([...path.slice(path.indexOf(next)), next].map((p) => relative(root, p)));
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("the core's modules import one another without a circle", () => {
  const root = resolve("src/plan");
  const graph = importGraph(root);

  it("reads the imports it checks", () => {
    const budgetMove = graph.get(join(root, "amend/budgetMove.ts")) ?? [];
    expect(budgetMove.map((p) => relative(root, p))).toEqual(
      expect.arrayContaining(["amend/revision.ts", "amend/revisionSteps.ts", "model.ts"])
    );
  });

  it("has no import cycle in src/plan, type-only imports included", () => {
    expect(cycles(graph, root)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const a = join(root, "a.ts");
    const b = join(root, "b.ts");
    const looped = new Map([
      [a, [b]],
      [b, [a]],
    ]);
    expect(cycles(looped, root)).toEqual([["a.ts", "b.ts", "a.ts"]]);
  });

  it("keeps amend/revision.ts, the vocabulary of every kind, a leaf: of amend it imports only leaves", () => {
    const amend = join(root, "amend");
    const importsOfAmend = (file: string) =>
      (graph.get(file) ?? []).filter((p) => dirname(p) === amend);
    for (const dependency of importsOfAmend(join(amend, "revision.ts"))) {
      expect([relative(root, dependency), importsOfAmend(dependency)]).toEqual([
        relative(root, dependency),
        [],
      ]);
    }
  });
});
