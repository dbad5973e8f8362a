//! One assessment, and `assess --jsonl` throughput (JSON line in → JSON line out).
//! Goals: ≤ 5 µs per assessment; ≥ 250 000 lines/s on one core.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const PHD: &str = include_str!("../tests/policy_cases/phd-enterprise-b.input.json");

fn inputs() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/policy_cases");
    let mut lines: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            p.to_string_lossy().ends_with(".input.json").then(|| {
                let v: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
                v.to_string()
            })
        })
        .collect();
    lines.sort();
    lines
}

fn bench(c: &mut Criterion) {
    let input = talent_rules::parse(PHD).unwrap();
    c.bench_function("assess (parsed input)", |b| {
        b.iter(|| talent_rules::assess(black_box(&input)).unwrap())
    });
    let line: String = serde_json::from_str::<serde_json::Value>(PHD).unwrap().to_string();
    c.bench_function("assess_json_line (phd case)", |b| {
        b.iter(|| talent_rules::assess_json_line(black_box(&line)))
    });

    let lines = inputs();
    let mut g = c.benchmark_group("jsonl");
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.bench_function("every acceptance input", |b| {
        // As the CLI does: one reused output buffer.
        let mut out = Vec::with_capacity(1 << 16);
        b.iter(|| {
            out.clear();
            for l in &lines {
                talent_rules::write_json_line(black_box(l), &mut out);
                out.push(b'\n');
            }
            out.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
