//! The page: three questions and a category that updates as they are answered.

use crate::answers::{Answers, Check};
use crate::clock;
use leptos::prelude::*;
use talent_rules::ids::{Criterion, Degree, Title};
use talent_rules::policy::DOCUMENT;

fn degree_label(d: Degree) -> &'static str {
    match d {
        Degree::None => "无全日制学历",
        Degree::JuniorCollege => "全日制专科",
        Degree::Bachelor => "全日制本科",
        Degree::Master => "全日制硕士研究生",
        Degree::Doctorate => "全日制博士研究生",
    }
}

fn title_label(t: Title) -> &'static str {
    match t {
        Title::None => "无职称",
        Title::Junior => "初级职称",
        Title::Intermediate => "中级职称",
        Title::AssociateSenior => "副高级职称",
        Title::Senior => "正高级职称",
    }
}

fn criterion_label(c: Criterion) -> &'static str {
    match c {
        Criterion::Doctorate45 => "45岁（含）以下全日制博士研究生",
        Criterion::Postgraduate40 => "40岁（含）以下全日制硕士研究生",
        Criterion::Bachelor => "全日制本科学历",
        Criterion::JuniorCollege => "全日制专科学历",
        Criterion::SeniorTitle => "正高级职称专业技术人才",
        Criterion::AssociateSeniorTitle => "副高级职称专业技术人才",
        Criterion::IntermediateTitle => "中级职称专业技术人才",
        other => other.as_str(),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let today = clock::today();
    let (birth, set_birth) = signal(String::new());
    let (degree, set_degree) = signal(Degree::None);
    let (title, set_title) = signal(Title::None);
    let check = Memo::new(move |_| {
        Answers { birth_date: birth.get(), degree: degree.get(), title: title.get() }.check(today)
    });
    let birth_error = move || match check.get() {
        Check::BadBirthDate(msg) => Some(msg),
        _ => None,
    };

    view! {
        <main>
            <header>
                <h1>"阿拉尔人才政策自测"</h1>
                <p class="doc">"依据《第一师阿拉尔市特色人才高地建设方案（试行）》" {DOCUMENT}</p>
            </header>
            <form on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="birth">"出生日期"</label>
                    <input
                        id="birth"
                        type="date"
                        prop:value=birth
                        aria-invalid=move || birth_error().is_some().to_string()
                        aria-describedby="birth-error"
                        on:input=move |ev| set_birth.set(event_target_value(&ev))
                    />
                    <p id="birth-error" class="error" role="alert">{birth_error}</p>
                </div>
                <div class="field">
                    <label for="degree">"最高全日制学历"</label>
                    <select id="degree" on:change=move |ev| {
                        set_degree.set(Degree::parse(&event_target_value(&ev)).unwrap_or(Degree::None))
                    }>
                        {Degree::ALL.iter().map(|d| view! {
                            <option value=d.as_str() selected=move || degree.get() == *d>{degree_label(*d)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="title">"专业技术职称"</label>
                    <select id="title" on:change=move |ev| {
                        set_title.set(Title::parse(&event_target_value(&ev)).unwrap_or(Title::None))
                    }>
                        {Title::ALL.iter().map(|t| view! {
                            <option value=t.as_str() selected=move || title.get() == *t>{title_label(*t)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </form>
            <section id="result" aria-live="polite">
                {move || match check.get() {
                    Check::Incomplete | Check::BadBirthDate(_) => view! {
                        <p class="hint">"填写出生日期后即可看到人才类别。"</p>
                    }.into_any(),
                    Check::Classified(c) => {
                        let heading = match c.category {
                            Some(cat) => format!("{}类人才", cat.as_str()),
                            None => "暂不属于A–E类人才".to_string(),
                        };
                        let until = c.valid_until.map(|d| format!("按年龄条件认定，有效至 {d}"));
                        view! {
                            <h2 id="category">{heading}</h2>
                            <p class="until">{until}</p>
                            <ul class="criteria">
                                {c.criteria_met.into_iter().map(|m| {
                                    let until = m.valid_until.map(|d| format!("（至 {d}）"));
                                    view! { <li>{m.category.as_str()}"类 · "{criterion_label(m.id)}{until}</li> }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </section>
            <footer>
                <p>"评估日期 "{today.to_string()}"。本结果仅供参考，经认定后以师市相关部门审核为准。所填信息只在本机浏览器中计算，不会上传。"</p>
            </footer>
        </main>
    }
}
