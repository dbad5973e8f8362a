//! The modules of `src/` use one another without a cycle. Each file is a
//! module; one that names another (`use crate::…`, `use super::…`, or a path
//! written out in its code) depends on it. Two modules in a cycle are one in
//! all but name: neither can be read, tested or moved without the other.
//! What a file's `mod tests` uses does not count: tests may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each module's file (`view/result.rs`) and the files of the modules it uses.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every module file under `dir`, by its module path (`["view", "result"]`):
/// not the crate root, which only declares, nor the binaries, crates of their own.
fn module_files(dir: &Path, path: &[String], out: &mut BTreeMap<Vec<String>, String>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let entry = entry.expect("src/ is readable");
        let name = entry.file_name().into_string().expect("file names are UTF-8");
        let mut module = path.to_vec();
        if entry.path().is_dir() {
            if path.is_empty() && name == "bin" {
                continue;
            }
            module.push(name);
            module_files(&entry.path(), &module, out);
            continue;
        }
        let Some(stem) = name.strip_suffix(".rs") else { continue };
        if path.is_empty() && matches!(stem, "lib" | "main") {
            continue;
        }
        if stem != "mod" {
            module.push(stem.to_string());
        }
        out.insert(module.clone(), file_of(&module, stem == "mod"));
    }
}

fn file_of(module: &[String], is_mod: bool) -> String {
    if is_mod {
        format!("{}/mod.rs", module.join("/"))
    } else {
        format!("{}.rs", module.join("/"))
    }
}

/// The code a module's uses are read from: without its tests (by this
/// crate's custom, `#[cfg(test)] mod tests` at the end) and comment lines.
fn code(source: &str) -> String {
    let body = source.split("\n#[cfg(test)]\nmod tests").next().unwrap_or_default();
    body.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths a `use` tree names, braces expanded: `crate::{a, b::{c, d as e}}`
/// gives `crate::a`, `crate::b::c`, `crate::b::d`.
fn use_paths(tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        out.push(tree.split_whitespace().next().unwrap_or_default().to_string());
        return;
    };
    let prefix = &tree[..open];
    let inner = tree[open + 1..].trim_end().strip_suffix('}').unwrap_or(&tree[open + 1..]);
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices().chain([(inner.len(), ',')]) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                let part = inner[start..i].trim();
                if !part.is_empty() {
                    use_paths(&format!("{prefix}{part}"), out);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
}

/// Every path in `code` that starts at the crate or a parent module: those
/// of its `use` items and those written out, as segments.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + 4..];
        if before.is_some_and(is_ident) {
            continue;
        }
        let tree = rest.split(';').next().unwrap_or_default();
        use_paths(tree, &mut found);
    }
    for start in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(start) {
            // Not the second `super` of `super::super::`, nor inside a name.
            if code[..at].chars().next_back().is_some_and(|c| is_ident(c) || c == ':') {
                continue;
            }
            let written: String = code[at..].chars().take_while(|c| is_ident(*c) || *c == ':').collect();
            found.push(written);
        }
    }
    found
        .iter()
        // `crate::{a, b}` written out is the head of a `use` tree, read above.
        .filter(|p| p.trim_end_matches(':').contains("::"))
        .map(|p| {
            let segments = p.split("::").filter(|s| !s.is_empty());
            // `share::{self, …}` names `share`; a leading `self` is the module itself.
            segments
                .enumerate()
                .filter(|(i, s)| *i == 0 || *s != "self")
                .map(|(_, s)| s.to_string())
                .collect()
        })
        .collect()
}

/// The module a path seen in `from` leads into: the longest start of it
/// that is a module file, made absolute; `None` for anything else. A path
/// from neither the crate nor a parent names a child module (`use page::X`
/// in a `mod.rs`), or another crate.
fn target<'a>(
    from: &[String],
    path: &[String],
    files: &'a BTreeMap<Vec<String>, String>,
) -> Option<&'a String> {
    let (mut absolute, rest): (Vec<String>, &[String]) = match path.first().map(String::as_str) {
        Some("crate") => (Vec::new(), &path[1..]),
        Some("super") => (from[..from.len().saturating_sub(1)].to_vec(), &path[1..]),
        Some("self") => (from.to_vec(), &path[1..]),
        Some(child) if files.contains_key(&[from, &[child.to_string()]].concat()) => (from.to_vec(), path),
        _ => return None,
    };
    let mut segments = rest.iter().peekable();
    while segments.peek().is_some_and(|s| *s == "super") {
        absolute.pop();
        segments.next();
    }
    absolute.extend(segments.cloned());
    (1..=absolute.len()).rev().find_map(|n| files.get(&absolute[..n]))
}

fn graph(src: &Path) -> Graph {
    let mut files = BTreeMap::new();
    module_files(src, &[], &mut files);
    let mut graph = Graph::new();
    for (module, file) in &files {
        let source = std::fs::read_to_string(src.join(file)).expect("a module file is readable");
        let uses = graph.entry(file.clone()).or_default();
        for path in &paths(&code(&source)) {
            if let Some(used) = target(module, path, &files).filter(|used| *used != file) {
                uses.insert(used.clone());
            }
        }
    }
    graph
}

/// A cycle in `graph`, as the files in it with the first repeated at the end.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        trail: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = trail.iter().position(|n| n == node) {
            let mut found = trail[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        trail.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, done, trail) {
                return Some(found);
            }
        }
        trail.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

#[test]
fn no_module_of_src_depends_on_itself_through_others() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = graph(&src);
    // This file's examples below are no uses of its own.
    graph.remove("module_cycles.rs");
    let uses: usize = graph.values().map(BTreeSet::len).sum();
    assert!(uses > 2 * graph.len(), "only {uses} uses among {} modules: is the reader lost?", graph.len());
    if let Some(found) = cycle(&graph) {
        panic!("modules in a cycle: {}", found.join(" → "));
    }
}

#[test]
fn uses_are_read_from_use_items_and_written_paths_but_not_tests_or_comments() {
    let source = "use crate::{a, b::{c, d as e}, f::{self, G}};\n\
        pub(crate) use super::h::I;\n\
        use super::{h::J};\n\
        use inner::Child;\n\
        use std::collections::BTreeMap;\n\
        fn x() { crate::j::k(); super::super::top::f(); self::inner::g(); $crate::m::N }\n\
        // use crate::commented;\n\
        fn reuse(because: u8) { let cause = because; }\n\
        #[cfg(test)]\nmod tests {\n    use crate::tested;\n}\n";
    let mut files = BTreeMap::new();
    for name in ["a", "b", "c", "f", "j", "m", "top", "tested", "commented"] {
        files.insert(vec![name.to_string()], format!("{name}.rs"));
    }
    files.insert(vec!["b".to_string(), "c".to_string()], "b/c.rs".to_string());
    files.insert(vec!["p".to_string(), "h".to_string()], "p/h.rs".to_string());
    // Named by no use below: `super::{…}` is not a use of the parent itself.
    files.insert(vec!["p".to_string()], "p/mod.rs".to_string());
    files.insert(vec!["p".to_string(), "q".to_string(), "inner".to_string()], "p/q/inner.rs".to_string());
    let from: Vec<String> = ["p", "q"].map(String::from).to_vec();
    let found: BTreeSet<String> =
        paths(&code(source)).iter().filter_map(|p| target(&from, p, &files).cloned()).collect();
    // `d` is an item of `b`, `c` a module of its own.
    let expected = ["a.rs", "b.rs", "b/c.rs", "f.rs", "p/h.rs", "j.rs", "top.rs", "p/q/inner.rs", "m.rs"];
    assert_eq!(found, expected.map(String::from).into());
}

#[test]
fn a_cycle_is_found_and_named_and_a_tree_has_none() {
    let edges = |list: &[(&str, &str)]| {
        let mut g = Graph::new();
        for (from, to) in list {
            g.entry(from.to_string()).or_default().insert(to.to_string());
            g.entry(to.to_string()).or_default();
        }
        g
    };
    let tree = edges(&[("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")]);
    assert_eq!(cycle(&tree), None);
    let looped = edges(&[("a", "b"), ("b", "c"), ("c", "d"), ("d", "b")]);
    assert_eq!(cycle(&looped), Some(["b", "c", "d", "b"].map(String::from).to_vec()));
}
