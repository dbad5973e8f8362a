//! The command line as a shell uses it: exit codes, and a quiet end when the
//! reader of its output goes away (`talent-check … | head`).

use std::io::Write;
use std::process::{Command, Stdio};

const PHD: &str = include_str!("policy_cases/phd-enterprise-b.input.json");

fn talent_check(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_talent-check"));
    c.args(args);
    c
}

/// Runs with `input` on stdin and stdout closed before anything is read.
fn with_closed_stdout(args: &[&str], input: Vec<u8>) -> std::process::Output {
    let mut child = talent_check(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // The tool may stop reading once its output is gone.
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    let line = serde_json::from_str::<serde_json::Value>(PHD).unwrap().to_string();
    let many = format!("{line}\n").repeat(5_000).into_bytes();
    let out = with_closed_stdout(&["assess", "--jsonl"], many);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));

    let out = with_closed_stdout(&["assess"], PHD.as_bytes().to_vec());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "no panic message: {}", String::from_utf8_lossy(&out.stderr));

    let mut csv = String::from("label,assessment_date,birth_date,full_time_degree\n");
    for i in 0..5_000 {
        csv.push_str(&format!("p{i},2026-11-23,1990-01-01,doctorate\n"));
    }
    let out = with_closed_stdout(&["batch"], csv.into_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn bad_input_is_an_error_object_on_stderr_with_exit_2() {
    let mut child = talent_check(&["assess"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"assessment_date":"2024-12-31","person":{"birth_date":"1990-01-01"}}"#)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["error"]["path"], "assessment_date");
    assert_eq!(e["error"]["kind"], "before_policy");
    assert_eq!(e["error"]["limit"], "2025-01-01");
    assert!(out.stdout.is_empty());
    assert_eq!(talent_check(&["nonsense"]).output().unwrap().status.code(), Some(64));
}
