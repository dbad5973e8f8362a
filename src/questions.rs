//! The questions as data, in the order people answer them: what each asks,
//! how an edit in the form changes the answers, and what every control must
//! show for a set of answers. One renderer (`view::form_html`) draws them and
//! one listener on the form takes every edit, which keeps the download small.
//!
//! Each question also has a stored key: the name its answer has in share
//! links and saved drafts. Keys are declared here, apart from element ids,
//! and must never change, or every link and draft holding one breaks.

use crate::answers::{Answers, Evaluation, Field, Visible, WARNED};
use crate::dom_ids::{self, TITLE_SELECT};
use crate::form_state::{ChoiceLens, Lens};
use crate::i18n::Lang;
use crate::{choice, lens};
use talent_rules::ids::{
    Category, Degree, EmployerType, Honor, HousingChoice, Location, Mode, Repayment, Title,
};

/// A question's name in share links and saved drafts (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(pub &'static str);

/// A text, date or number question; its element id is `field.id()`.
pub struct TextSpec {
    pub key: Key,
    pub field: Field,
    pub label: &'static str,
    pub lens: Lens<String>,
    /// The input's `type`: "text" or "date".
    pub kind: &'static str,
    pub inputmode: Option<&'static str>,
    pub help: Option<&'static str>,
    /// A unit shown after the box ("元", "years").
    pub suffix: Option<&'static str>,
}

pub enum Question {
    Text(TextSpec),
    /// With `none`, the first option means "not given".
    Select {
        key: Key,
        id: &'static str,
        label: &'static str,
        lens: ChoiceLens,
        none: Option<&'static str>,
        help: Option<&'static str>,
    },
    /// Each button's id is `dom_ids::radio(name, value)`.
    Radio {
        key: Key,
        name: &'static str,
        legend: &'static str,
        lens: ChoiceLens,
    },
    Check {
        key: Key,
        id: &'static str,
        label: &'static str,
        lens: Lens<bool>,
    },
    /// A check box per honour, ids `dom_ids::honour`, stored keys `honour_key`.
    Honours,
    /// Type a title's name, pick a match to set the title level.
    TitleFinder,
    /// Shown only while `shown` holds; its element id is `dom_ids::group(name)`.
    Group {
        name: &'static str,
        shown: fn(&Visible) -> bool,
        items: Vec<Question>,
    },
}

pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub items: Vec<Question>,
}

fn text(key: Key, field: Field, label: &'static str, lens: Lens<String>) -> TextSpec {
    TextSpec { key, field, label, lens, kind: "text", inputmode: None, help: None, suffix: None }
}

fn date(key: Key, field: Field, label: &'static str, lens: Lens<String>, help: &'static str) -> Question {
    Question::Text(TextSpec { kind: "date", help: Some(help), ..text(key, field, label, lens) })
}

/// A number typed on a phone's number pad, with its unit beside it. The
/// decimal pad has a point; the numeric pad only digits.
fn number(
    key: Key,
    field: Field,
    label: &'static str,
    lens: Lens<String>,
    inputmode: &'static str,
    suffix: &'static str,
) -> TextSpec {
    TextSpec { inputmode: Some(inputmode), suffix: Some(suffix), ..text(key, field, label, lens) }
}

/// An amount of yuan, on the phone's full keyboard: a number pad cannot type 万.
fn money(key: Key, field: Field, label: &'static str, lens: Lens<String>) -> TextSpec {
    TextSpec { suffix: Some("unit.yuan"), ..text(key, field, label, lens) }
}

fn select(
    key: Key,
    id: &'static str,
    label: &'static str,
    lens: ChoiceLens,
    help: Option<&'static str>,
) -> Question {
    Question::Select { key, id, label, lens, none: None, help }
}

fn check(key: Key, id: &'static str, label: &'static str, lens: Lens<bool>) -> Question {
    Question::Check { key, id, label, lens }
}

fn section(id: &'static str, title: &'static str, items: Vec<Question>) -> Section {
    Section { id, title, items }
}

pub fn sections() -> Vec<Section> {
    vec![
        section(
            "about",
            "section.about",
            vec![
                date(Key("birth-date"), Field::BirthDate, "q.birth_date", lens!(birth_date), "q.date_help"),
                select(
                    Key("degree"),
                    "degree",
                    "q.degree",
                    choice!(degree, Degree, "degree"),
                    Some("q.degree_help"),
                ),
                select(
                    Key("part-time-degree"),
                    "part-time-degree",
                    "q.part_time_degree",
                    choice!(part_time_degree, Degree, "degree"),
                    Some("q.part_time_degree_help"),
                ),
                Question::TitleFinder,
                select(Key("title"), TITLE_SELECT, "q.title", choice!(title, Title, "title"), None),
                Question::Radio {
                    key: Key("has-honours"),
                    name: "has-honours",
                    legend: "q.has_honours",
                    lens: ChoiceLens {
                        options: || vec![("yes", "q.honours_yes".into()), ("no", "q.honours_none".into())],
                        get: |a| match a.has_honors {
                            Some(true) => "yes",
                            Some(false) => "no",
                            None => "",
                        },
                        set: |a, v| a.has_honors = Some(v == "yes"),
                    },
                },
                Question::Group { name: "honours", shown: |v| v.honours, items: vec![Question::Honours] },
                Question::Select {
                    key: Key("claimed-equivalent"),
                    id: "claimed-equivalent",
                    label: "q.claimed_equivalent",
                    lens: choice!(
                        claimed_equivalent,
                        Category,
                        "category",
                        optional,
                        only = &[Category::A, Category::B, Category::C, Category::D]
                    ),
                    none: Some("q.claimed_none"),
                    help: Some("q.claimed_help"),
                },
            ],
        ),
        section(
            "job",
            "section.job",
            vec![
                Question::Radio {
                    key: Key("mode"),
                    name: "mode",
                    legend: "q.mode",
                    lens: choice!(mode, Mode, "mode"),
                },
                Question::Group {
                    name: "employer",
                    shown: |v| v.employer,
                    items: vec![
                        Question::Select {
                            key: Key("employer-type"),
                            id: "employer-type",
                            label: "q.employer_type",
                            lens: choice!(employer_type, EmployerType, "employer", optional),
                            none: Some("q.choose"),
                            help: Some("q.employer_type_help"),
                        },
                        select(
                            Key("location"),
                            "location",
                            "q.location",
                            choice!(location, Location, "location"),
                            Some("q.location_help"),
                        ),
                        date(
                            Key("start-date"),
                            Field::StartDate,
                            "q.start_date",
                            lens!(start_date),
                            "q.start_date_help",
                        ),
                    ],
                },
                Question::Group {
                    name: "full-time-terms",
                    shown: |v| v.full_time_terms,
                    items: vec![
                        check(
                            Key("first-social-insurance"),
                            "first-social-insurance",
                            "q.first_social_insurance",
                            lens!(first_social_insurance),
                        ),
                        check(Key("open-ended"), "open-ended", "q.open_ended", lens!(open_ended)),
                        Question::Group {
                            name: "contract-years",
                            shown: |v| v.contract_years,
                            items: vec![Question::Text(number(
                                Key("contract-years"),
                                Field::ContractYears,
                                "q.contract_years",
                                lens!(contract_years),
                                "decimal",
                                "unit.years",
                            ))],
                        },
                    ],
                },
                Question::Group {
                    name: "housing",
                    shown: |v| v.housing,
                    items: vec![
                        Question::Radio {
                            key: Key("housing"),
                            name: "housing",
                            legend: "q.housing",
                            lens: choice!(housing, HousingChoice, "housing"),
                        },
                        Question::Text(TextSpec {
                            help: Some("q.purchase_price_help"),
                            ..money(
                                Key("purchase-price"),
                                Field::PurchasePrice,
                                "q.purchase_price",
                                lens!(purchase_price),
                            )
                        }),
                        Question::Text(TextSpec {
                            help: Some("q.bingtuan_support_help"),
                            ..money(
                                Key("bingtuan-support"),
                                Field::BingtuanSupport,
                                "q.bingtuan_support",
                                lens!(bingtuan_support),
                            )
                        }),
                    ],
                },
                Question::Group {
                    name: "division-affiliated",
                    shown: |v| v.division_affiliated,
                    items: vec![check(
                        Key("division-affiliated"),
                        "division-affiliated",
                        "q.division_affiliated",
                        lens!(division_affiliated),
                    )],
                },
                Question::Group {
                    name: "flexible-terms",
                    shown: |v| v.flexible_terms,
                    items: vec![Question::Text(number(
                        Key("flexible-days"),
                        Field::FlexibleDays,
                        "q.flexible_days",
                        lens!(flexible_days),
                        "numeric",
                        "unit.days",
                    ))],
                },
            ],
        ),
        section(
            "business",
            "section.business",
            vec![
                check(Key("has-startup"), "has-startup", "q.has_startup", lens!(has_startup)),
                Question::Group {
                    name: "startup",
                    shown: |v| v.startup,
                    items: vec![
                        date(
                            Key("graduation-date"),
                            Field::GraduationDate,
                            "q.graduation_date",
                            lens!(graduation_date),
                            "q.date_help",
                        ),
                        check(
                            Key("startup-in-city"),
                            "startup-in-city",
                            "q.startup_in_city",
                            lens!(startup_in_city),
                        ),
                        check(
                            Key("legal-representative"),
                            "legal-representative",
                            "q.legal_representative",
                            lens!(legal_representative),
                        ),
                        date(
                            Key("registration-date"),
                            Field::RegistrationDate,
                            "q.registration_date",
                            lens!(registration_date),
                            "q.date_help",
                        ),
                        Question::Text(number(
                            Key("insured-employees"),
                            Field::InsuredEmployees,
                            "q.insured_employees",
                            lens!(insured_employees),
                            "numeric",
                            "unit.people",
                        )),
                        Question::Text(money(Key("tax-paid"), Field::TaxPaid, "q.tax_paid", lens!(tax_paid))),
                    ],
                },
            ],
        ),
        section(
            "loan",
            "section.loan",
            vec![
                check(Key("wants-loan"), "wants-loan", "q.wants_loan", lens!(wants_loan)),
                Question::Group {
                    name: "loan",
                    shown: |v| v.loan,
                    items: vec![
                        Question::Text(money(
                            Key("loan-principal"),
                            Field::LoanPrincipal,
                            "q.loan_principal",
                            lens!(loan_principal),
                        )),
                        Question::Text(TextSpec {
                            help: Some("q.loan_rate_help"),
                            ..number(
                                Key("loan-rate"),
                                Field::LoanRate,
                                "q.loan_rate",
                                lens!(loan_rate_percent),
                                "decimal",
                                "unit.percent",
                            )
                        }),
                        Question::Text(TextSpec {
                            help: Some("q.loan_months_help"),
                            ..number(
                                Key("loan-months"),
                                Field::LoanMonths,
                                "q.loan_months",
                                lens!(loan_months),
                                "numeric",
                                "unit.months",
                            )
                        }),
                        Question::Radio {
                            key: Key("repayment"),
                            name: "repayment",
                            legend: "q.repayment",
                            lens: choice!(repayment, Repayment, "repayment"),
                        },
                    ],
                },
            ],
        ),
        section(
            "when",
            "section.when",
            vec![date(
                Key("assessment-date"),
                Field::AssessmentDate,
                "q.assessment_date",
                lens!(assessment_date),
                "q.assessment_date_help",
            )],
        ),
    ]
}

/// Calls `f` for every question, groups before their questions, depth first in page order.
fn walk<'a>(items: &'a [Question], f: &mut dyn FnMut(&'a Question)) {
    for q in items {
        f(q);
        if let Question::Group { items, .. } = q {
            walk(items, f);
        }
    }
}

fn each<'a>(sections: &'a [Section], mut f: impl FnMut(&'a Question)) {
    for s in sections {
        walk(&s.items, &mut f);
    }
}

/// The label key of a text question, for messages that name their field.
pub fn label_of(field: Field) -> &'static str {
    let mut label = "";
    each(&sections(), |q| {
        if let Question::Text(spec) = q {
            if spec.field == field {
                label = spec.label;
            }
        }
    });
    label
}

/// The stored key of each honour's check box.
fn honour_key(h: Honor) -> Key {
    match h {
        Honor::CasAcademician => Key("honor-cas_academician"),
        Honor::CaeAcademician => Key("honor-cae_academician"),
        Honor::StateSupremeAward => Key("honor-state_supreme_award"),
        Honor::NationalKeyTalentProgram => Key("honor-national_key_talent_program"),
        Honor::NationalKeyPlatformExpert => Key("honor-national_key_platform_expert"),
        Honor::StateCouncilAllowance => Key("honor-state_council_allowance"),
        Honor::NationalTechnicalExpert => Key("honor-national_technical_expert"),
        Honor::TianshanTalentFirst => Key("honor-tianshan_talent_first"),
        Honor::BingtuanTalentFirst => Key("honor-bingtuan_talent_first"),
    }
}

/// Keeps the honours in the order of the list, without sort code in the download.
fn set_honour(answers: &mut Answers, h: Honor, on: bool) {
    let held = |x: &Honor| if *x == h { on } else { answers.honors.contains(x) };
    answers.honors = Honor::ALL.iter().copied().filter(held).collect();
}

/// The edits that recreate `answers` from an empty form, in page order: for
/// each answer that differs from the empty form, its question's stored key
/// and value ("1" for a ticked box). Replayed through `apply_stored`, they
/// give `answers` back.
pub fn edits_for(answers: &Answers) -> Vec<(&'static str, String)> {
    let empty = Answers::default();
    let mut edits = Vec::new();
    let mut push = |key: &'static str, value: &str| edits.push((key, value.to_string()));
    each(&sections(), |q| match q {
        Question::Text(s) if (s.lens.get)(answers) != (s.lens.get)(&empty) => {
            push(s.key.0, (s.lens.get)(answers))
        }
        Question::Select { key, lens, .. } | Question::Radio { key, lens, .. }
            if (lens.get)(answers) != (lens.get)(&empty) =>
        {
            push(key.0, (lens.get)(answers))
        }
        Question::Check { key, lens, .. } if *(lens.get)(answers) => push(key.0, "1"),
        Question::Honours => answers.honors.iter().for_each(|&h| push(honour_key(h).0, "1")),
        _ => {}
    });
    edits
}

/// Replays one edit of `edits_for` on `answers`; a key no question has
/// changes nothing.
pub fn apply_stored(answers: &mut Answers, key: &str, value: &str) {
    each(&sections(), |q| match q {
        Question::Text(s) if s.key.0 == key => *(s.lens.get_mut)(answers) = value.to_string(),
        Question::Select { key: k, lens, .. } | Question::Radio { key: k, lens, .. } if k.0 == key => {
            (lens.set)(answers, value)
        }
        Question::Check { key: k, lens, .. } if k.0 == key => *(lens.get_mut)(answers) = value == "1",
        Question::Honours => {
            if let Some(&h) = Honor::ALL.iter().find(|&&h| honour_key(h).0 == key) {
                set_honour(answers, h, value == "1");
            }
        }
        _ => {}
    });
}

/// Calls `f` for every question outside hidden groups, in page order.
fn each_shown<'a>(items: &'a [Question], visible: &Visible, f: &mut dyn FnMut(&'a Question)) {
    for q in items {
        match q {
            Question::Group { shown, items, .. } if shown(visible) => each_shown(items, visible, f),
            Question::Group { .. } => {}
            q => f(q),
        }
    }
}

/// The label of the option `chosen` of a choice, in `lang`.
fn option_text(lang: Lang, lens: &ChoiceLens, chosen: &str) -> Option<String> {
    (lens.options)().into_iter().find(|(value, _)| *value == chosen).map(|(_, key)| lang.t(&key))
}

/// Each question shown and its answer in `lang`, in page order, as the
/// printed summary lists them; empty boxes, unticked boxes and unmade
/// choices are left out, to keep the page to one sheet.
pub fn answered(answers: &Answers, visible: &Visible, lang: Lang) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    for s in sections() {
        each_shown(&s.items, visible, &mut |q| {
            let row = match q {
                // The honours row below lists them; the question would only take room.
                Question::Radio { key: Key("has-honours"), .. } => None,
                Question::Text(s) => {
                    Some((s.label, (s.lens.get)(answers).trim().to_string())).filter(|(_, v)| !v.is_empty())
                }
                Question::Select { label, lens, .. } => {
                    option_text(lang, lens, (lens.get)(answers)).map(|v| (*label, v))
                }
                Question::Radio { legend, lens, .. } => {
                    option_text(lang, lens, (lens.get)(answers)).map(|v| (*legend, v))
                }
                Question::Check { label, lens, .. } => {
                    (*(lens.get)(answers)).then(|| (*label, lang.t("ui.yes")))
                }
                Question::Honours if !answers.honors.is_empty() => {
                    let names: Vec<String> =
                        answers.honors.iter().map(|h| lang.t(&format!("honor.{}", h.as_str()))).collect();
                    Some(("q.honors", names.join(&lang.t("list.separator"))))
                }
                Question::Honours | Question::TitleFinder | Question::Group { .. } => None,
            };
            if let Some((label, value)) = row {
                rows.push((lang.t(label), value));
            }
        });
    }
    rows
}

/// An edit made in the form: the control's id and name, its value and,
/// for check boxes and radio buttons, whether it is on.
pub struct Edit<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub value: &'a str,
    pub checked: bool,
}

/// Applies `edit` to `answers`; controls that hold no answer (the title
/// finder) leave them as they are.
pub fn apply(answers: &mut Answers, edit: &Edit) {
    each(&sections(), |q| match q {
        Question::Text(s) if s.field.id() == edit.id => *(s.lens.get_mut)(answers) = edit.value.to_string(),
        Question::Select { id, lens, .. } if *id == edit.id => (lens.set)(answers, edit.value),
        Question::Radio { name, lens, .. } if *name == edit.name && edit.checked => {
            (lens.set)(answers, edit.value)
        }
        Question::Check { id, lens, .. } if *id == edit.id => *(lens.get_mut)(answers) = edit.checked,
        Question::Honours => {
            if let Some(&h) = Honor::ALL.iter().find(|&&h| dom_ids::honour(h) == edit.id) {
                set_honour(answers, h, edit.checked);
                // A box ticked or cleared is an answer to "any of these?": the
                // boxes stay in view even when the last tick goes.
                answers.has_honors = Some(true);
            }
        }
        _ => {}
    });
}

/// What the form's controls must show. Implementations change the page only
/// where it differs, so the caret stays put and live regions speak only of news.
pub trait FormView {
    /// The value of a text box or select.
    fn set_value(&self, id: &str, value: &str);
    fn set_checked(&self, id: &str, on: bool);
    fn set_hidden(&self, id: &str, hidden: bool);
    /// The message under a text field, and its invalid state.
    fn set_error(&self, id: &str, message: Option<&str>);
    /// The warning beside a control in `WARNED`, which leaves it valid.
    fn set_warning(&self, id: &str, message: Option<&str>);
    /// True while the date box `id` holds what is no date yet (30 February,
    /// a year half typed): the browser reads it as empty, but it is not.
    fn unreadable(&self, _id: &str) -> bool {
        false
    }
}

/// Brings every control in line with `answers`: values, which groups are
/// shown, and each field's error and warning in `lang`.
pub fn show(view: &impl FormView, lang: Lang, answers: &Answers, eval: &Evaluation) {
    each(&sections(), |q| match q {
        Question::Text(s) => {
            let id = s.field.id();
            // An unreadable date keeps what was typed, and the answer its last date.
            let error = if view.unreadable(id) {
                Some(lang.t("error.date_unreadable"))
            } else {
                view.set_value(id, (s.lens.get)(answers));
                eval.error(s.field).map(|e| e.text(lang))
            };
            view.set_error(id, error.as_deref());
        }
        Question::Select { id, lens, .. } => view.set_value(id, (lens.get)(answers)),
        Question::Radio { name, lens, .. } => {
            let chosen = (lens.get)(answers);
            for (value, _) in (lens.options)() {
                view.set_checked(&dom_ids::radio(name, value), value == chosen);
            }
        }
        Question::Check { id, lens, .. } => view.set_checked(id, *(lens.get)(answers)),
        Question::Honours => {
            for &h in Honor::ALL {
                view.set_checked(&dom_ids::honour(h), answers.honors.contains(&h));
            }
        }
        Question::Group { name, shown, .. } => view.set_hidden(&dom_ids::group(name), !shown(&eval.visible)),
        Question::TitleFinder => {}
    });
    for id in WARNED {
        view.set_warning(id, eval.warning(id).map(|w| lang.t_with(w.key, &w.params)).as_deref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use talent_rules::dates::Date;

    /// The page as a map from control id to what it shows.
    #[derive(Default)]
    struct Page(RefCell<BTreeMap<String, String>>);

    impl Page {
        fn get(&self, id: &str) -> String {
            self.0.borrow().get(id).cloned().unwrap_or_else(|| panic!("{id} was never shown"))
        }
    }

    impl FormView for Page {
        fn set_value(&self, id: &str, value: &str) {
            self.0.borrow_mut().insert(id.into(), value.into());
        }
        fn set_checked(&self, id: &str, on: bool) {
            self.0.borrow_mut().insert(id.into(), on.to_string());
        }
        fn set_hidden(&self, id: &str, hidden: bool) {
            self.0.borrow_mut().insert(id.into(), if hidden { "hidden" } else { "shown" }.into());
        }
        fn set_error(&self, id: &str, message: Option<&str>) {
            self.0.borrow_mut().insert(dom_ids::error(id), message.unwrap_or_default().into());
        }
        fn set_warning(&self, id: &str, message: Option<&str>) {
            self.0.borrow_mut().insert(dom_ids::warning(id), message.unwrap_or_default().into());
        }
    }

    fn edit(a: &mut Answers, id: &str, name: &str, value: &str, checked: bool) {
        apply(a, &Edit { id, name, value, checked });
    }

    fn today() -> Date {
        Date::parse("2026-11-23").unwrap()
    }

    #[test]
    fn edits_reach_their_answers() {
        let mut a = Answers::default();
        edit(&mut a, "birth-date", "birth-date", "1992-04-15", false);
        edit(&mut a, "degree", "degree", "doctorate", false);
        edit(&mut a, "mode-full_time", "mode", "full_time", true);
        edit(&mut a, "employer-type", "employer-type", "enterprise", false);
        edit(&mut a, "first-social-insurance", "first-social-insurance", "on", true);
        edit(&mut a, "contract-years", "contract-years", "3年", false);
        edit(&mut a, "honor-state_council_allowance", "", "on", true);
        edit(&mut a, dom_ids::TITLE_FINDER, dom_ids::TITLE_FINDER, "教授", false);
        assert_eq!(a.birth_date, "1992-04-15");
        assert_eq!(a.degree, Degree::Doctorate);
        assert_eq!(a.mode, Mode::FullTime);
        assert_eq!(a.employer_type, Some(EmployerType::Enterprise));
        assert!(a.first_social_insurance);
        assert_eq!(a.contract_years, "3年", "kept as typed");
        assert_eq!(a.honors.len(), 1);
        assert_eq!(a.title, Title::default(), "the finder holds no answer");
        edit(&mut a, "employer-type", "employer-type", "", false);
        assert_eq!(a.employer_type, None);
        edit(&mut a, "honor-state_council_allowance", "", "on", false);
        assert!(a.honors.is_empty());
    }

    /// Share links and saved drafts name answers by these keys, in this
    /// order: a change here breaks every link and draft that holds the key.
    #[test]
    fn stored_keys_never_change() {
        let mut keys = Vec::new();
        each(&sections(), |q| match q {
            Question::Text(s) => keys.push(s.key.0),
            Question::Select { key, .. } | Question::Radio { key, .. } | Question::Check { key, .. } => {
                keys.push(key.0)
            }
            Question::Honours => keys.extend(Honor::ALL.iter().map(|&h| honour_key(h).0)),
            Question::TitleFinder | Question::Group { .. } => {}
        });
        assert_eq!(
            keys,
            [
                "birth-date",
                "degree",
                "part-time-degree",
                "title",
                "has-honours",
                "honor-cas_academician",
                "honor-cae_academician",
                "honor-state_supreme_award",
                "honor-national_key_talent_program",
                "honor-national_key_platform_expert",
                "honor-state_council_allowance",
                "honor-national_technical_expert",
                "honor-tianshan_talent_first",
                "honor-bingtuan_talent_first",
                "claimed-equivalent",
                "mode",
                "employer-type",
                "location",
                "start-date",
                "first-social-insurance",
                "open-ended",
                "contract-years",
                "housing",
                "purchase-price",
                "bingtuan-support",
                "division-affiliated",
                "flexible-days",
                "has-startup",
                "graduation-date",
                "startup-in-city",
                "legal-representative",
                "registration-date",
                "insured-employees",
                "tax-paid",
                "wants-loan",
                "loan-principal",
                "loan-rate",
                "loan-months",
                "repayment",
                "assessment-date",
            ]
        );
    }

    #[test]
    fn every_honour_and_radio_option_has_a_control() {
        let page = Page::default();
        let a = Answers::default();
        show(&page, Lang::Zh, &a, &a.evaluate(today()));
        for h in Honor::ALL {
            assert_eq!(page.get(&dom_ids::honour(*h)), "false");
        }
        assert_eq!(page.get("mode-none"), "true");
        assert_eq!(page.get("mode-full_time"), "false");
    }

    #[test]
    fn the_page_shows_values_groups_and_errors() {
        let mut a = Answers::default();
        for (id, name, value, checked) in [
            ("birth-date", "", "1992-04-15", false),
            ("degree", "", "doctorate", false),
            ("mode-full_time", "mode", "full_time", true),
            ("employer-type", "", "enterprise", false),
            ("contract-years", "", "three", false),
        ] {
            edit(&mut a, id, name, value, checked);
        }
        let page = Page::default();
        show(&page, Lang::Zh, &a, &a.evaluate(today()));
        assert_eq!(page.get("contract-years"), "three");
        assert_eq!(page.get("contract-years-error"), "“three”不是数字，请填写如 3 或 2.5");
        assert_eq!(page.get("birth-date-error"), "");
        assert_eq!(page.get("mode-full_time"), "true");
        assert_eq!(page.get("group-employer"), "shown");
        assert_eq!(page.get("group-contract-years"), "shown", "not open-ended");
        assert_eq!(page.get("group-division-affiliated"), "hidden", "affiliation is for flexible work");
        assert_eq!(page.get("group-startup"), "hidden", "no business");
        assert_eq!(page.get("degree-warning"), "");
    }

    #[test]
    fn messages_and_warnings_fit_their_field() {
        let mut a = Answers {
            birth_date: "2009-06-01".into(),
            degree: Degree::Master,
            wants_loan: true,
            loan_principal: "30万x".into(),
            loan_rate_percent: "0.0345".into(),
            loan_months: "three".into(),
            ..Answers::default()
        };
        let page = Page::default();
        show(&page, Lang::Zh, &a, &a.evaluate(today()));
        assert_eq!(page.get("loan-principal-error"), "“30万x”不是数字，请填写如 450000 或 45万");
        assert_eq!(page.get("loan-rate-error"), "是不是 3.45%？年利率按百分比填写，“0.0345”表示 0.0345%。");
        assert_eq!(page.get("loan-months-error"), "“three”不是数字，请填写如 36");
        assert!(page.get("degree-warning").contains("未满18周岁取得本科及以上学历"));
        a.loan_rate_percent = "345".into();
        show(&page, Lang::En, &a, &a.evaluate(today()));
        assert_eq!(
            page.get("loan-rate-error"),
            "Did you mean 3.45 %? The rate is a percentage: “345” means 345 %."
        );
        assert_eq!(page.get("loan-months-error"), "“three” is not a number: write e.g. 36");
        a.loan_rate_percent = "0".into();
        show(&page, Lang::En, &a, &a.evaluate(today()));
        assert_eq!(
            page.get("loan-rate-error"),
            "The annual rate should be between 0.5 % and 20 %, as a percentage, e.g. 3.45"
        );
    }

    #[test]
    fn the_honours_wait_behind_one_question() {
        let mut a = Answers { birth_date: "1970-01-01".into(), ..Answers::default() };
        let page = Page::default();
        let shown = |a: &Answers| {
            show(&page, Lang::Zh, a, &a.evaluate(today()));
            page.get("group-honours")
        };
        assert_eq!(shown(&a), "hidden");
        assert_eq!(page.get("has-honours-yes"), "false");
        assert_eq!(page.get("has-honours-no"), "false", "not answered yet");
        edit(&mut a, "has-honours-yes", "has-honours", "yes", true);
        assert_eq!(shown(&a), "shown");
        edit(&mut a, "honor-cas_academician", "", "on", true);
        assert_eq!(a.evaluate(today()).result.unwrap().category, Some(Category::A));
        edit(&mut a, "honor-cas_academician", "", "on", false);
        assert_eq!(shown(&a), "shown", "the boxes stay when the last tick goes");
        edit(&mut a, "honor-cas_academician", "", "on", true);
        edit(&mut a, "has-honours-no", "has-honours", "no", true);
        assert_eq!(shown(&a), "hidden");
        assert_eq!(a.honors, [Honor::CasAcademician], "kept, as hidden answers are");
        assert_eq!(a.evaluate(today()).result.unwrap().category, None, "but not counted");
        let rows = answered(&a, &a.evaluate(today()).visible, Lang::Zh);
        assert!(!rows.iter().any(|(q, v)| v == "以上都没有" || q.contains("荣誉")), "{rows:?}");
        edit(&mut a, "has-honours-yes", "has-honours", "yes", true);
        let rows = answered(&a, &a.evaluate(today()).visible, Lang::Zh);
        let honours: Vec<_> = rows.iter().filter(|(q, _)| q.contains("荣誉") || q.contains("院士")).collect();
        assert_eq!(honours, [&("荣誉与人选（可多选）".to_string(), "中国科学院院士".to_string())]);
        edit(&mut a, "has-honours-no", "has-honours", "no", true);
        edit(&mut a, "has-honours-yes", "has-honours", "yes", true);
        shown(&a);
        assert_eq!(page.get("honor-cas_academician"), "true");
        assert_eq!(a.evaluate(today()).result.unwrap().category, Some(Category::A));
    }

    #[test]
    fn a_long_entry_is_quoted_short_and_kept_whole() {
        let mut a = Answers::default();
        edit(&mut a, "birth-date", "", "1992-04-15", false);
        edit(&mut a, "mode-full_time", "mode", "full_time", true);
        edit(&mut a, "contract-years", "", &"x".repeat(300), false);
        let page = Page::default();
        show(&page, Lang::Zh, &a, &a.evaluate(today()));
        let message = page.get("contract-years-error");
        assert!(message.contains(&format!("“{}…”", "x".repeat(20))), "{message}");
        assert!(message.chars().count() < 60, "{message}");
        assert_eq!(page.get("contract-years"), "x".repeat(300), "the box keeps all of it");
    }

    /// A page whose birth date box holds what is no date (30 February).
    #[derive(Default)]
    struct HalfTyped(Page);

    impl FormView for HalfTyped {
        fn set_value(&self, id: &str, value: &str) {
            self.0.set_value(id, value)
        }
        fn set_checked(&self, id: &str, on: bool) {
            self.0.set_checked(id, on)
        }
        fn set_hidden(&self, id: &str, hidden: bool) {
            self.0.set_hidden(id, hidden)
        }
        fn set_error(&self, id: &str, message: Option<&str>) {
            self.0.set_error(id, message)
        }
        fn set_warning(&self, id: &str, message: Option<&str>) {
            self.0.set_warning(id, message)
        }
        fn unreadable(&self, id: &str) -> bool {
            id == "birth-date"
        }
    }

    #[test]
    fn an_unreadable_date_keeps_what_was_typed_and_says_why() {
        let a = Answers { birth_date: "1992-04-15".into(), ..Answers::default() };
        for (lang, words) in [(Lang::Zh, "2月30日"), (Lang::En, "30 February")] {
            let page = HalfTyped::default();
            show(&page, lang, &a, &a.evaluate(today()));
            assert!(!page.0 .0.borrow().contains_key("birth-date"), "the box is not overwritten");
            assert!(page.0.get("birth-date-error").contains(words));
            assert_eq!(page.0.get("start-date-error"), "", "other dates as usual");
        }
    }
}
