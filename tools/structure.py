#!/usr/bin/env python3
"""Reads the library's module structure from its `use` lines and paths, and checks it against the
layer order written in docs/architecture.md.

For each source file under src/ (test modules left out: `#[cfg(test)] mod tests { ... }` at the
end of a file), the modules it names (`use crate::a::b`, `crate::a::b::c` in code, `super::x`) are
resolved to files. It prints

  - files over the line limit, and functions over the function limit;
  - import cycles between files;
  - imports from a lower layer to a higher one, in the order of the fenced block that follows the
    line "Layers, bottom first:" in docs/architecture.md (one layer a line: module paths separated
    by spaces, `extract` for a folder, `lib` for lib.rs).

    python3 tools/structure.py            # report
    python3 tools/structure.py --check    # exit 1 on any violation (CI)

Standard library only; it reads text and runs nothing.
"""

import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = os.path.join(ROOT, "src")
MAX_FILE_LINES = 800
MAX_FN_LINES = 150


def module_files():
    """Module path (tuple of names) -> file, for every file under src/ but the binary's."""
    out = {}
    for root, _, files in os.walk(SRC):
        for f in files:
            if not f.endswith(".rs"):
                continue
            p = os.path.join(root, f)
            rel = os.path.relpath(p, SRC)[:-3].split(os.sep)
            if rel[0] in ("main", "cli", "app"):
                continue
            if rel[-1] == "mod":
                rel = rel[:-1]
            if rel == ["lib"]:
                rel = []
            out[tuple(rel)] = p
    return out


def strip_tests(text):
    """The file without its test module and without comments and string contents."""
    m = re.search(r"^#\[cfg\(test\)\]\s*\n\s*(pub(\(crate\))?\s+)?mod \w+\s*\{", text, re.M)
    if m:
        text = text[: m.start()]
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'r#"(?:.|\n)*?"#', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    return text


def use_paths(text):
    """Every module path a file names: the `use` trees expanded, and `crate::` paths in code."""
    paths = []
    for m in re.finditer(r"\buse\s+((?:crate|super|self)(?:::[^;]*)?);", text):
        paths.extend(expand(m.group(1).replace("\n", " ")))
    for m in re.finditer(r"(?<![\w:])((?:crate|super)(?:::\w+)+)", text):
        if not re.match(r"\s*;", text[m.end():]):
            paths.append(m.group(1).split("::"))
    return paths


def expand(tree):
    tree = re.sub(r"\s+as\s+\w+", "", tree)
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)::\{(.*)\}$", tree)
    if not m:
        return [tree.split("::")]
    head, body = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        if p == "self":
            out.append(head.split("::"))
        elif p:
            out.extend(expand(head + "::" + p))
    return out


def resolve(path, here, files):
    """The file a path names, from the module `here`, or None (an external crate, a std item)."""
    if path[0] == "crate":
        base, rest = [], path[1:]
    elif path[0] in ("super", "self"):
        base = list(here)
        rest = path
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
    else:
        return None
    best = None
    for i in range(len(rest) + 1):
        key = tuple(base + rest[:i])
        if key in files:
            best = key
    return best


def layers():
    doc = open(os.path.join(ROOT, "docs", "architecture.md"), encoding="utf-8").read()
    m = re.search(r"Layers, bottom first:\s*\n+```text\n(.*?)```", doc, re.S)
    if not m:
        return None
    out = []
    for line in m.group(1).splitlines():
        line = line.split("#")[0].strip()
        if line:
            out.append(line.split())
    return out


def layer_of(mod, order):
    name = "lib" if not mod else "/".join(mod)
    best = None
    for i, layer in enumerate(order):
        for entry in layer:
            if name == entry or name.startswith(entry + "/"):
                if best is None or len(entry) > best[1]:
                    best = (i, len(entry))
    return None if best is None else best[0]


def functions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r"\s*(pub(\([a-z]+\))?\s+)?(const\s+)?fn\s+(\w+)", lines[i])
        if m:
            depth, started, j = 0, False, i
            while j < len(lines):
                s = re.sub(r'"(\\.|[^"\\])*"', '""', lines[j])
                s = re.sub(r"'(\\.|[^'\\])'", "''", s).split("//")[0]
                for ch in s:
                    if ch == "{":
                        depth, started = depth + 1, True
                    elif ch == "}":
                        depth -= 1
                if started and depth <= 0 or not started and s.rstrip().endswith(";"):
                    break
                j += 1
            out.append((m.group(4), i + 1, j - i + 1))
        i += 1
    return out


def main():
    check = "--check" in sys.argv
    files = module_files()
    rel = lambda p: os.path.relpath(p, ROOT)
    problems = 0
    edges = {}
    for mod, p in files.items():
        text = strip_tests(open(p, encoding="utf-8").read())
        here = list(mod)
        for path in use_paths(text):
            t = resolve(path, here, files)
            if t is not None and t != mod and not (t == () and mod == ()):
                edges.setdefault(mod, set()).add(t)
    # Files and functions too long.
    long_files = []
    long_fns = []
    for root, _, fs in os.walk(SRC):
        for f in fs:
            if f.endswith(".rs"):
                p = os.path.join(root, f)
                n = open(p, encoding="utf-8").read().count("\n")
                if n > MAX_FILE_LINES:
                    long_files.append((n, rel(p)))
                for name, line, length in functions(p):
                    if length > MAX_FN_LINES:
                        long_fns.append((length, f"{rel(p)}:{line}", name))
    for n, p in sorted(long_files, reverse=True):
        print(f"file over {MAX_FILE_LINES} lines: {p} ({n})")
    for n, p, name in sorted(long_fns, reverse=True):
        print(f"function over {MAX_FN_LINES} lines: {name} at {p} ({n})")
    problems += len(long_files) + len(long_fns)
    # Cycles (Tarjan's strongly connected components).
    index, low, stack, on, sccs = {}, {}, [], set(), []

    def strong(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(files):
        if v not in index:
            strong(v)
    for comp in sccs:
        print("import cycle: " + " <-> ".join(rel(files[m]) for m in comp))
    problems += len(sccs)
    # Layers.
    order = layers()
    if order is None:
        print("docs/architecture.md has no 'Layers, bottom first:' block")
        problems += 1
    else:
        unplaced = sorted(rel(files[m]) for m in files if layer_of(m, order) is None)
        for p in unplaced:
            print(f"in no layer of docs/architecture.md: {p}")
        problems += len(unplaced)
        for a in sorted(edges):
            for b in sorted(edges[a]):
                la, lb = layer_of(a, order), layer_of(b, order)
                if la is not None and lb is not None and lb > la:
                    print(f"imports a higher layer: {rel(files[a])} -> {rel(files[b])}")
                    problems += 1
    n_edges = sum(len(v) for v in edges.values())
    print(f"{len(files)} files, {n_edges} imports between them, {problems} problems")
    return 1 if check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
