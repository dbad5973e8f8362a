//! The command line as a shell uses it: exit codes, and a quiet end when the
//! reader of its output goes away (`talent-check … | head`), and the batch's
//! encodings, headers and flags.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

const PHD: &str = include_str!("policy_cases/phd-enterprise-b.input.json");

fn talent_check(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_talent-check"));
    c.args(args);
    c
}

/// The tool started with every stream piped.
fn spawn(args: &[&str]) -> std::process::Child {
    talent_check(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
}

/// Runs with `input` on stdin, to the end.
fn run(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = spawn(args);
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

/// Runs with `input` on stdin and stdout closed before anything is read.
fn with_closed_stdout(args: &[&str], input: Vec<u8>) -> std::process::Output {
    let mut child = spawn(args);
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

const BOM: &[u8] = b"\xef\xbb\xbf";

#[test]
fn batch_reads_gbk_and_a_bom() {
    // "姓名或标签,评估日期,出生日期,最高全日制学历\n张三,2026-11-23,1992-04-15,doctorate\n" in GBK.
    let gbk = b"\xd0\xd5\xc3\xfb\xbb\xf2\xb1\xea\xc7\xa9,\xc6\xc0\xb9\xc0\xc8\xd5\xc6\xda,\
        \xb3\xf6\xc9\xfa\xc8\xd5\xc6\xda,\xd7\xee\xb8\xdf\xc8\xab\xc8\xd5\xd6\xc6\xd1\xa7\xc0\xfa\n\
        \xd5\xc5\xc8\xfd,2026-11-23,1992-04-15,doctorate\n";
    let out = run(&["batch"], gbk);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("label,assessment_date,"), "{csv}");
    assert!(csv.contains("\n张三,2026-11-23,1992-04-15,doctorate,"), "{csv}");
    assert!(csv.contains(",B,"), "{csv}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("GB18030"));

    let utf8 = "姓名或标签,评估日期,出生日期,最高全日制学历\n张三,2026-11-23,1992-04-15,doctorate\n";
    let with_bom = [BOM, utf8.as_bytes()].concat();
    let from_bom = run(&["batch"], &with_bom);
    assert_eq!(String::from_utf8(from_bom.stdout).unwrap(), csv);
    assert_eq!(String::from_utf8(from_bom.stderr).unwrap(), "1 rows, 0 with errors\n");
}

#[test]
fn batch_refuses_a_workbook_in_words_with_exit_2() {
    let out = run(&["batch"], b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "this is an Excel workbook, not a CSV file: save it as \"CSV UTF-8\" first\n"
    );
}

#[test]
fn batch_names_the_row_and_column_of_a_bad_row() {
    let csv = "label,birth_date,full_time_degree\nok,1990-01-01,master\nbad,1990-02-30,master\nalso ok,1980-01-01,\n";
    let out = run(&["batch", "--date", "2026-11-23"], csv.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "row 3: birth_date: not a date: write it as 1992-04-15, 1992/4/15 or 1992年4月15日, a real calendar day\n3 rows, 1 with errors\n"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 4);
    assert!(rows[1].starts_with("ok,2026-11-23,1990-01-01,master,"), "{}", rows[1]);
    assert!(rows[1].ends_with(','), "no error: {}", rows[1]);
    assert!(rows[2].ends_with(",\"birth_date: not a date: write it as 1992-04-15, 1992/4/15 or 1992年4月15日, a real calendar day\""));
    assert!(rows[3].starts_with("also ok,2026-11-23,"), "{}", rows[3]);
}

#[test]
fn batch_for_excel_and_back() {
    let csv = "label,birth_date,full_time_degree,mode,employer_type,contract_years\n\
               phd,1992-04-15,doctorate,full_time,enterprise,3\n";
    let english = run(&["batch", "--date=2026-11-23"], csv.as_bytes());
    let zh = run(&["batch", "--zh", "--date", "2026-11-23"], csv.as_bytes());
    assert_eq!(zh.status.code(), Some(0));
    assert!(zh.stdout.starts_with(&[BOM, "姓名或标签,评估日期,出生日期,".as_bytes()].concat()));
    let back = run(&["batch"], &zh.stdout);
    assert_eq!(String::from_utf8(back.stdout).unwrap(), String::from_utf8(english.stdout.clone()).unwrap());

    let bom = run(&["batch", "--bom", "--date", "2026-11-23"], csv.as_bytes());
    assert_eq!(bom.stdout, [BOM, &english.stdout].concat());

    assert_eq!(run(&["batch", "--date", "2026-02-30"], b"").status.code(), Some(64));
    assert_eq!(run(&["batch", "--date"], b"").status.code(), Some(64));
    assert_eq!(run(&["batch", "--en"], b"").status.code(), Some(64));
}

#[test]
fn batch_template_is_for_excel_and_computes() {
    let template = talent_check(&["batch", "--template"]).output().unwrap();
    assert_eq!(template.status.code(), Some(0));
    assert!(template.stdout.starts_with(&[BOM, "姓名或标签,评估日期,".as_bytes()].concat()));
    let out = run(&["batch"], &template.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "2 rows, 0 with errors\n");
    let today = chrono::Local::now().date_naive().to_string();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().skip(1).filter(|row| row.contains(&today)).count(), 2, "today by default: {csv}");
}

/// A recruiter's own sheet: their headers (姓名, 学历, 合同年限, 入职时间, …),
/// columns of their own (序号, 备注, 手机号), numbers as they type them.
const SHEET: &str = "序号,姓名,出生日期,学历,职称,工作方式,单位类型,首次参保,合同年限,入职时间,贷款金额,年利率,贷款期限,还款方式,备注,手机号\n\
    1,张博士,1992/4/15,博士,无,全职,企业,是,3年,2026年1月5日,30万,3.45%,3年,按期付息、到期还本,急聘,13800000000\n\
    2,李硕士,1994-06-01,硕士,中级,全职,企业,否,36个月,,,,,,,13900000000\n\
    3,王某,1990-02-30,大学,,全职,企业,也许,3,,,,,,,\n";

/// The output's rows as (header → cell) maps.
fn table(csv: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv.strip_prefix(BOM).unwrap_or(csv));
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| headers.iter().map(String::from).zip(r.unwrap().iter().map(String::from)).collect())
        .collect()
}

#[test]
fn batch_reads_a_recruiters_sheet_saved_in_gbk_or_as_utf8_with_a_bom_and_answers_in_chinese() {
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(SHEET);
    assert!(!unmappable);
    let with_bom = [BOM, SHEET.as_bytes()].concat();
    for (input, encoding) in [(gbk.to_vec(), "not UTF-8: read as GB18030 (GBK)\n"), (with_bom, "")] {
        let out = run(&["batch", "--zh", "--date", "2026-11-23"], &input);
        assert_eq!(out.status.code(), Some(0));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with(&format!(
                "{encoding}not read, not columns of ours: 序号, 备注, 手机号\nrow 4: "
            )),
            "{stderr}"
        );
        assert!(stderr.ends_with("3 rows, 1 with errors\n"), "{stderr}");
        let rows = table(&out.stdout);
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("13800000000"),
            "their columns are not copied"
        );

        let phd = &rows[0];
        assert_eq!((phd["姓名或标签"].as_str(), phd["人才类别"].as_str()), ("张博士", "B"));
        assert_eq!(phd["贷款期限（月）"], "3年", "the cell as written");
        assert_eq!(
            phd["可享受的政策"],
            "生活补助 180,000.00；住房补助 28,800.00；购房补助 400,000.00；人才服务卡 非现金待遇；\
             创业担保贷款贴息 15,525.00",
            "30万 at 3.45% over 3年"
        );
        assert_eq!(phd["暂不适用的政策及原因"], "柔性引进劳务报酬补贴：仅适用于柔性引进");
        assert_eq!(phd["受理部门"], "师市人社局");
        assert_eq!(phd["错误"], "");

        let master = &rows[1];
        assert!(
            master["暂不适用的政策及原因"].starts_with("生活补助：须为首次在师市参加社会保险；"),
            "36个月 is 3 years, long enough: {}",
            master["暂不适用的政策及原因"]
        );

        // Every bad cell of a row is named, in the headers' language.
        let bad = &rows[2];
        assert_eq!(bad["人才类别"], "");
        let error = &bad["错误"];
        let named: Vec<&str> = error.split("; ").map(|fault| fault.split(':').next().unwrap()).collect();
        assert_eq!(named, ["首次在师市参加社会保险", "出生日期", "最高全日制学历"], "{error}");
        assert!(stderr.contains(
            "row 4: first_social_insurance_in_city: expected yes or no, got \"也许\"; birth_date: not a date"
        ));
    }
}

#[test]
fn batch_refuses_a_header_that_could_mean_two_columns_and_a_sheet_of_none_of_ours() {
    let out = run(&["batch"], "姓名,期限\n张三,3\n".as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "column \"期限\" could mean contract_years (合同期限（年）) or loan_term_months (贷款期限（月）): give it one of these headers\n"
    );
    let out = run(&["batch"], "序号,手机号\n1,13800000000\n".as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("no column of ours in the header row (it begins \"序号\")"));
}

/// A recruiter's sheet whose 职称 column lists people's titles, not levels:
/// each title is read as its level (`talent_rules::title_names`).
#[test]
fn batch_reads_a_sheet_of_professional_titles_as_their_levels() {
    let sheet = "姓名,出生日期,学历,职称,工作方式,单位类型,首次参保,合同年限\n\
        王工,1980-03-01,本科,高级工程师,全职,企业,是,3\n\
        赵医生,1985-07-01,本科,主治医师,全职,公立医院,是,3\n\
        钱教授,1965-01-01,博士,正高级工程师,全职,企业,是,3\n\
        孙技师,1980-03-01,本科,高级技师,全职,企业,是,3\n";
    let out = run(&["batch", "--zh", "--date", "2026-11-23"], sheet.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("row 5: title_level: "), "{stderr}");
    assert!(stderr.ends_with("4 rows, 1 with errors\n"), "{stderr}");
    let rows = table(&out.stdout);
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r["姓名或标签"].as_str(), r["专业技术职称级别"].as_str(), r["人才类别"].as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("王工", "高级工程师", "C"),
            ("赵医生", "主治医师", "D"),
            ("钱教授", "正高级工程师", "B"),
            ("孙技师", "高级技师", "")
        ]
    );
    assert!(rows[0]["可享受的政策"].starts_with("生活补助 108,000.00；"), "{}", rows[0]["可享受的政策"]);
    assert!(
        rows[3]["错误"].starts_with("专业技术职称级别: "),
        "a skill grade is no title: {}",
        rows[3]["错误"]
    );
    // The same sheet with the levels written as ids gives the same results.
    let levels = sheet
        .replacen("高级工程师", "associate_senior", 1)
        .replacen("主治医师", "intermediate", 1)
        .replacen("正高级工程师", "senior", 1);
    let by_level = table(&run(&["batch", "--zh", "--date", "2026-11-23"], levels.as_bytes()).stdout);
    for (a, b) in rows.iter().zip(&by_level).take(3) {
        assert_eq!(a["可享受的政策"], b["可享受的政策"]);
        assert_eq!(a["本人合计最高（元）"], b["本人合计最高（元）"]);
    }
}

#[path = "support/revision.rs"]
mod revision;

/// `json` written to a file of this test in the system's temporary folder,
/// for `--policy`: the fictional revision never reaches a build.
fn policy_file(name: &str, json: &serde_json::Value) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("talent-check-{}-{name}.json", std::process::id()));
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

#[test]
fn policy_prints_the_data_that_policy_reads_back() {
    let out = talent_check(&["policy"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(data["versions"][0]["id"], "2025-trial");
    assert_eq!(data["versions"][0]["in_force_from"], "2025-01-01");
    let living = &data["living_monthly"];
    assert_eq!(living["clause"], "§11(1)");
    assert!(living["text"].as_str().unwrap().contains("7000元/月"), "{living}");
    assert_eq!(
        living["values"][0],
        serde_json::json!({"from": "2025-01-01", "value": {"A": "7000", "B": "5000", "C": "3000"}})
    );
    let read = talent_rules::Versions::from_json(&text).unwrap();
    assert_eq!(read.all(), talent_rules::policy::versions().all());
}

/// The PhD case assessed on `t`, started on `start`, under `args`.
fn phd_on(t: &str, start: &str, args: &[&str]) -> serde_json::Value {
    let mut input: serde_json::Value = serde_json::from_str(PHD).unwrap();
    input["assessment_date"] = t.into();
    input["employment"]["start_date"] = start.into();
    let out = run(args, input.to_string().as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // The first document: the whole of `assess`, the first line of `--jsonl`.
    serde_json::Deserializer::from_slice(&out.stdout).into_iter().next().unwrap().unwrap()
}

fn living(result: &serde_json::Value) -> &serde_json::Value {
    let benefits = result["benefits"].as_array().unwrap();
    &benefits.iter().find(|b| b["id"] == "living_subsidy").unwrap()["amount"]["exact"]
}

#[test]
fn assess_under_a_draft_policy_given_as_a_file() {
    let draft = policy_file("assess", &revision::revised_json());
    let draft = draft.to_str().unwrap();
    for mode in [&["assess"][..], &["assess", "--jsonl"]] {
        let under = |extra: &[&str], start: &str| {
            let args: Vec<&str> = mode.iter().chain(extra).copied().collect();
            phd_on("2027-06-01", start, &args)
        };
        let built_in = under(&[], "2027-02-01");
        assert_eq!(
            (built_in["policy_version"].as_str(), living(&built_in).as_str()),
            (Some("2025-trial"), Some("180000.00"))
        );
        let revised = under(&["--policy", draft], "2027-02-01");
        assert_eq!(
            (revised["policy_version"].as_str(), living(&revised).as_str()),
            (Some(revision::REVISION), Some("216000.00"))
        );
        // §11(1) follows the start date (INT-14): before the revision, the trial's amount.
        let started_before = under(&[&format!("--policy={draft}")], "2026-12-01");
        assert_eq!(living(&started_before), "180000.00");
    }
}

#[test]
fn a_policy_file_with_problems_names_each_entry_with_exit_2() {
    let mut bad = revision::revised_json();
    bad["honor_award"]["values"][1]["value"] = "20000.001".into();
    bad["flexible_daily"]["clasue"] = "§11(2)".into();
    bad["subsidy_months"].as_object_mut().unwrap().remove("values");
    let file = policy_file("bad", &bad);
    for args in [vec!["assess"], vec!["assess", "--jsonl"], vec!["batch", "--compare"]] {
        let mut args = args.clone();
        args.splice(1..1, ["--policy", file.to_str().unwrap()]);
        // No input: the policy is read, and refused, before it.
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let e: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
        let named: Vec<(&str, &str)> = e["policy_errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["entry"].as_str().unwrap(), p["kind"].as_str().unwrap()))
            .collect();
        assert_eq!(
            named,
            [("subsidy_months", "missing"), ("flexible_daily", "unknown_key"), ("honor_award", "not_money")]
        );
        let money = &e["policy_errors"][2];
        assert_eq!(money["from"], "2027-01-01");
        assert_eq!(
            money["message"],
            "`20000.001` is not an amount of money (yuan, at most two decimals, not negative)"
        );
    }
    let missing = std::env::temp_dir().join("talent-check-no-such-policy.json");
    let out = run(&["assess", "--policy", missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().starts_with("talent-check: --policy "));
    assert_eq!(run(&["assess", "--policy"], b"").status.code(), Some(64));
    assert_eq!(run(&["assess", "--policy", "a", "--policy", "b"], b"").status.code(), Some(64));
    assert_eq!(run(&["batch", "--compare"], b"").status.code(), Some(64), "nothing to compare");
    // A mistyped option is named before the file is read.
    for args in [["assess", "--jsonl", "--pretty"], ["batch", "--zh", "--pretty"]] {
        let out = run(&[args[0], "--policy", file.to_str().unwrap(), args[1], args[2]], b"");
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(String::from_utf8(out.stderr).unwrap().contains("--pretty"));
    }
}

#[test]
fn batch_compare_says_per_row_and_in_total_what_the_draft_changes() {
    let draft = policy_file("compare", &revision::revised_json());
    let draft = draft.to_str().unwrap();
    let csv = "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years,start_date,honors\n\
               started 2027,1992-04-15,doctorate,full_time,enterprise,yes,3,2027-02-01,\n\
               started 2026,1992-04-15,doctorate,full_time,enterprise,yes,3,2026-02-01,tianshan_talent_first\n\
               master,1996-04-15,master,full_time,enterprise,yes,3,2027-03-01,\n\
               bad,1992-02-30,doctorate,,,,,,\n";
    let out = run(&["batch", "--date", "2027-06-01", "--policy", draft, "--compare"], csv.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.ends_with(
            "4 rows, 1 with errors\nagainst the built-in policy: 2 of 3 rows compared change; \
             talent_min_change 96000.00, talent_max_change 96000.00, employer_min_change 0.00, employer_max_change 0.00\n"
        ),
        "{stderr}"
    );
    let header = String::from_utf8_lossy(&out.stdout).lines().next().unwrap().to_string();
    assert!(
        header.ends_with(
            ",error,built_in_category,talent_min_change,talent_max_change,employer_min_change,employer_max_change,benefits_changed"
        ),
        "{header}"
    );
    let rows = table(&out.stdout);
    let changes: Vec<[&str; 4]> = rows
        .iter()
        .map(|r| {
            [
                r["built_in_category"].as_str(),
                r["talent_min_change"].as_str(),
                r["talent_max_change"].as_str(),
                r["benefits_changed"].as_str(),
            ]
        })
        .collect();
    assert_eq!(
        changes,
        [
            [
                "B",
                "86000.00",
                "86000.00",
                "Living allowance 180,000.00 → 216,000.00; Home-purchase subsidy 400,000.00 → 450,000.00"
            ],
            ["B", "10000.00", "10000.00", "Talent honour award 10,000.00 → 20,000.00"],
            ["C", "0.00", "0.00", ""],
            ["", "", "", ""],
        ]
    );
    assert_eq!(rows[0]["talent_max"], "694800.00", "the row's own columns are the draft's");
    assert!(rows[3]["error"].starts_with("birth_date: "));

    // In Chinese for Excel; the file runs again without the flags, its
    // comparison columns read as ours (not named as ignored).
    let zh = run(&["batch", "--zh", "--date", "2027-06-01", "--policy", draft, "--compare"], csv.as_bytes());
    let zh_rows = table(&zh.stdout);
    assert_eq!(zh_rows[0]["现行政策人才类别"], "B");
    assert_eq!(zh_rows[0]["本人合计最低变化（元）"], "86000.00");
    assert_eq!(
        zh_rows[0]["变化的政策"],
        "生活补助 180,000.00 → 216,000.00；购房补助 400,000.00 → 450,000.00"
    );
    let again = run(&["batch"], &zh.stdout);
    assert_eq!(again.status.code(), Some(0));
    let again_err = String::from_utf8(again.stderr).unwrap();
    assert!(!again_err.contains("not read"), "{again_err}");
    assert!(!String::from_utf8(again.stdout).unwrap().lines().next().unwrap().contains("change"));
}
