//! The result columns as the file says them, in the language of its
//! headers: the benefits, why others do not apply, the referrals and where
//! to apply in words (生活补助 180,000.00；…), not ids. Part of the CSV format
//! (docs/contract.md); the JSON lines keep the ids. The benefits' and the
//! departments' names are the app's (a test holds them equal to
//! locales/*.json); the reasons are said of a candidate, not to the reader.

use super::Headers;
use crate::ids::{BenefitId, Department, Reason, ReferralId};
use crate::output::{Amount, Assessment};

/// (id, Chinese, English) of every benefit a person's row can have.
const BENEFITS: &[(BenefitId, &str, &str)] = &[
    (BenefitId::LivingSubsidy, "生活补助", "Living allowance"),
    (BenefitId::HousingSubsidy, "住房补助", "Housing allowance"),
    (BenefitId::TurnoverHousing, "免费入住周转住房", "Free transitional housing"),
    (BenefitId::PurchaseSubsidy, "购房补助", "Home-purchase subsidy"),
    (BenefitId::FlexibleDailySubsidy, "柔性引进劳务报酬补贴", "Daily remuneration subsidy"),
    (BenefitId::StartupGrant, "创业资金支持", "Start-up grant"),
    (BenefitId::StartupLoanInterest, "创业担保贷款贴息", "Guaranteed start-up loan interest subsidy"),
    (BenefitId::TalentHonorAward, "人才荣誉奖励", "Talent honour award"),
    (BenefitId::MedicalStaffing, "按程序纳入事业编制管理", "Public-institution staff post"),
    (BenefitId::TalentServiceCard, "人才服务卡", "Talent service card"),
];

/// (reason, Chinese, English): why a benefit does not apply to the candidate.
const REASONS: &[(Reason, &str, &str)] = &[
    (Reason::NoCategory, "不属于A–E类人才", "not in a talent category A–E"),
    (
        Reason::CategoryNotAllowedForEmployer,
        "人才类别不在该单位类型的适用范围内",
        "the category is not one this employer type covers",
    ),
    (Reason::NotFullTime, "仅适用于全职新引进人才", "only for newly recruited full-time talents"),
    (Reason::NotFlexible, "仅适用于柔性引进", "only for flexible recruitment"),
    (
        Reason::NotFirstSocialInsurance,
        "须为首次在师市参加社会保险",
        "must be the first social insurance in the city",
    ),
    (Reason::ContractTooShort, "合同期限不够长", "the contract is too short"),
    (Reason::ContractLengthNotGiven, "未填写合同期限", "the contract's length is not given"),
    (
        Reason::EmployerNotCovered,
        "该类单位不在第11条第1款所列范围",
        "this kind of employer is not listed in §11(1)",
    ),
    (Reason::EmployerTypeNotGiven, "未填写用人单位类型", "the type of employer is not given"),
    (
        Reason::HighTechZoneSeparatePolicy,
        "高新区引进人才适用高新区自己的政策",
        "talents of the high-tech zone follow the zone's own policy",
    ),
    (
        Reason::EmployerNotDivisionAffiliated,
        "用人单位须为师属企事业单位",
        "the employer must be division-affiliated",
    ),
    (Reason::NotLegalRepresentative, "须担任企业法定代表人", "must be the business's legal representative"),
    (Reason::NotRegisteredInCity, "企业须在师市注册登记", "the business must be registered in the city"),
    (
        Reason::RegisteredTooLateAfterGraduation,
        "企业注册登记距毕业太久",
        "the business was registered too long after graduation",
    ),
    (Reason::RegisteredBeforeGraduation, "企业在毕业前注册", "the business was registered before graduation"),
    (Reason::OperatingUnder12Months, "企业正常经营时间不够长", "the business has not operated long enough"),
    (
        Reason::EmploymentOrTaxThresholdNotMet,
        "解决就业人数或实际纳税未达到要求",
        "too few insured employees and too little tax paid",
    ),
    (Reason::CategoryNotListed, "条文未列出该人才类别", "the clause does not list the category"),
    (Reason::LoanOverCap, "贷款本金超过上限", "the principal is above the cap"),
    (Reason::LoanTermOverCap, "贷款期限超过上限", "the term is longer than the cap"),
    (Reason::NotFirstListing, "须为首次入选", "must be a first listing"),
    (
        Reason::NoQualifyingTitleOrDegree,
        "须具有副高级及以上职称或全日制研究生及以上学历",
        "needs an associate senior title or higher or a full-time postgraduate degree",
    ),
    (Reason::NotPublicHospital, "仅适用于公立医院", "only for public hospitals"),
];

/// (referral, Chinese, English).
const REFERRALS: &[(ReferralId, &str, &str)] = &[
    (
        ReferralId::HighTechZonePolicy,
        "适用高新区政策，向高新区咨询",
        "the high-tech zone's own policy: ask the zone",
    ),
    (
        ReferralId::EquivalenceReview,
        "相当人才类别需一事一议认定",
        "the equivalent category is reviewed case by case",
    ),
    (
        ReferralId::SpecialTalentReview,
        "急需紧缺的特殊人才可一事一议认定",
        "a special talent the city urgently needs can be recognised case by case",
    ),
];

/// (department, English); its id is its Chinese name, but for one.
const DEPARTMENTS: &[(Department, &str)] = &[
    (Department::Commerce, "the city's Commerce Bureau"),
    (Department::HumanResources, "the city's Human Resources and Social Security Bureau"),
    (Department::Education, "the city's Education Bureau"),
    (Department::Health, "the city's Health Commission"),
    (Department::Science, "the city's Science and Technology Bureau"),
    (Department::DevelopmentReform, "the city's Development and Reform Commission"),
    (Department::Industry, "the city's Industry and Information Technology Bureau"),
    (Department::SectorAuthority, "the sector's competent department, through your employer"),
];

fn said<T: PartialEq + Copy>(
    table: &[(T, &'static str, &'static str)],
    id: T,
    language: Headers,
) -> Option<&'static str> {
    let &(_, zh, en) = table.iter().find(|t| t.0 == id)?;
    Some(match language {
        Headers::Chinese => zh,
        Headers::English => en,
    })
}

/// A benefit's name; its id where a person's row cannot have it.
pub fn benefit(id: BenefitId, language: Headers) -> &'static str {
    said(BENEFITS, id, language).unwrap_or(id.as_str())
}

pub fn reason(id: Reason, language: Headers) -> &'static str {
    said(REASONS, id, language).unwrap_or(id.as_str())
}

pub fn referral(id: ReferralId, language: Headers) -> &'static str {
    said(REFERRALS, id, language).unwrap_or(id.as_str())
}

pub fn department(id: Department, language: Headers) -> &'static str {
    match (language, DEPARTMENTS.iter().find(|d| d.0 == id)) {
        (Headers::English, Some(d)) => d.1,
        (Headers::Chinese, _) if id == Department::SectorAuthority => "由用人单位报行业主管部门",
        _ => id.as_str(),
    }
}

/// An amount in words: 180,000.00; 200,000.00–300,000.00; 最高 3,000,000.00; 非现金待遇.
pub(super) fn amount(a: &Amount, language: Headers) -> String {
    match (a, language) {
        (Amount::Exact(m), _) => m.grouped(),
        (Amount::Range { min, max }, _) => format!("{}–{}", min.grouped(), max.grouped()),
        (Amount::UpTo(m), Headers::Chinese) => format!("最高 {}", m.grouped()),
        (Amount::UpTo(m), Headers::English) => format!("up to {}", m.grouped()),
        (Amount::InKind(_), Headers::Chinese) => "非现金待遇".into(),
        (Amount::InKind(_), Headers::English) => "in kind".into(),
    }
}

/// The result columns of `RESULT_COLUMNS` but `error`, then an empty `error`.
/// Totals stay plain numbers (180000.00), which a spreadsheet adds up.
pub(super) fn result_cells(a: &Assessment, language: Headers) -> Vec<String> {
    let (items, within, colon) = match language {
        Headers::Chinese => ("；", "，", "："),
        Headers::English => ("; ", ", ", ": "),
    };
    let join = |list: Vec<String>| list.join(items);
    vec![
        a.category.map(|c| c.as_str().to_string()).unwrap_or_default(),
        a.category_valid_until.map(|d| d.to_string()).unwrap_or_default(),
        a.totals.talent.min.to_string(),
        a.totals.talent.max.to_string(),
        a.totals.employer.min.to_string(),
        a.totals.employer.max.to_string(),
        join(
            a.benefits
                .iter()
                .map(|b| format!("{} {}", benefit(b.id, language), amount(&b.amount, language)))
                .collect(),
        ),
        join(
            a.ineligible
                .iter()
                .map(|i| {
                    let reasons: Vec<&str> = i.reasons.iter().map(|r| reason(*r, language)).collect();
                    format!("{}{colon}{}", benefit(i.id, language), reasons.join(within))
                })
                .collect(),
        ),
        join(a.referrals.iter().map(|r| referral(r.id, language).to_string()).collect()),
        join(a.apply_to.iter().map(|d| department(*d, language).to_string()).collect()),
        String::new(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::True;

    /// The app's catalog of a language (locales/*.json), where the same names are shown.
    fn catalog(file: &str) -> serde_json::Map<String, serde_json::Value> {
        serde_json::from_str(file).unwrap()
    }

    #[test]
    fn benefits_and_departments_are_named_as_the_app_names_them() {
        let zh = catalog(include_str!("../../../locales/zh-CN.json"));
        let en = catalog(include_str!("../../../locales/en.json"));
        for &(id, _, _) in BENEFITS {
            let key = format!("benefit.{}", id.as_str());
            assert_eq!(zh[&key], benefit(id, Headers::Chinese), "{key}");
            assert_eq!(en[&key], benefit(id, Headers::English), "{key}");
        }
        for &id in Department::ALL {
            let key = format!("dept.{}", id.as_str());
            assert_eq!(zh[&key], department(id, Headers::Chinese), "{key}");
            assert_eq!(en[&key], department(id, Headers::English), "{key}");
        }
        assert_eq!(zh["amount.in_kind"], amount(&Amount::InKind(True), Headers::Chinese));
        assert_eq!(zh["amount.up_to"], "最高 {amount}");
        assert_eq!(en["amount.up_to"], "up to {amount}");
    }

    #[test]
    fn every_benefit_of_a_person_reason_and_referral_has_words_that_keep_the_lists_apart() {
        let person: Vec<BenefitId> = BENEFITS.iter().map(|b| b.0).collect();
        assert_eq!(person, BenefitId::ALL[..BENEFITS.len()], "a person's benefits, in the ids' order");
        assert_eq!(benefit(BenefitId::ExpertWorkstation, Headers::Chinese), "expert_workstation");
        assert_eq!(REASONS.iter().map(|r| r.0).collect::<Vec<_>>(), Reason::ALL);
        assert_eq!(REFERRALS.iter().map(|r| r.0).collect::<Vec<_>>(), ReferralId::ALL);
        let all = |language| {
            let mut w: Vec<&str> = Reason::ALL.iter().map(|r| reason(*r, language)).collect();
            w.extend(BENEFITS.iter().map(|b| benefit(b.0, language)));
            w
        };
        for (language, separators) in
            [(Headers::Chinese, ["；", "，", "："]), (Headers::English, ["; ", ", ", ": "])]
        {
            for w in all(language) {
                assert!(separators.iter().all(|s| !w.contains(s)), "{w}");
                assert!(!w.is_empty() && w.trim() == w, "{w}");
            }
        }
        assert_eq!(referral(ReferralId::EquivalenceReview, Headers::Chinese), "相当人才类别需一事一议认定");
    }

    #[test]
    fn amounts_are_grouped_by_thousands() {
        let m = |s: &str| crate::money::Money(crate::money::parse_decimal(s).unwrap());
        assert_eq!(m("180000").grouped(), "180,000.00");
        assert_eq!(m("3000000.5").grouped(), "3,000,000.50");
        assert_eq!(m("999.99").grouped(), "999.99");
        assert_eq!(m("1000").grouped(), "1,000.00");
        assert_eq!(m("0").grouped(), "0.00");
        let range = Amount::Range { min: m("200000"), max: m("300000") };
        assert_eq!(amount(&range, Headers::Chinese), "200,000.00–300,000.00");
        assert_eq!(amount(&Amount::UpTo(m("3000000")), Headers::Chinese), "最高 3,000,000.00");
        assert_eq!(amount(&Amount::UpTo(m("3000000")), Headers::English), "up to 3,000,000.00");
        assert_eq!(amount(&Amount::InKind(True), Headers::English), "in kind");
    }
}
