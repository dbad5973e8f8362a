//! One version of the policy: every amount, rate, cap, age limit, period,
//! employer list and department of 师市党办发〔2025〕17号 as one revision sets
//! them. The values come from `rules/policy/policy.toml` (docs/policy-data.md),
//! compiled in by `build.rs`, which includes this file too: the entries are
//! listed once, in `policy_entries!`, and both the `Policy` struct and the
//! data file's reader are made from that list.

use crate::dates::Date;
use crate::ids::{BenefitId, Category, Degree, Department, EmployerType, Honor, Title};
use crate::money::Money;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// Every entry of the data file, each with the type its value has: passed
/// to `$then!`, which makes a struct (here), a reader (schema.rs) or Rust
/// source (build.rs) from it.
macro_rules! policy_entries {
    ($then:ident) => {
        $then! {
            /// INT-12: nobody younger than this on the assessment date is assessed.
            min_age: u32,
            /// §10 B类: 45岁（含）以下全日制博士研究生.
            doctorate_max_age: u32,
            /// §10 C类: 40岁（含）以下全日制硕士研究生.
            postgraduate_max_age: u32,
            /// §11(1): which employers' full-time hires get §11(1), in which categories.
            categories_for_employer: PerEmployer<Categories>,
            /// §11(1): 签订3年及以上聘用合同、劳动合同或服务协议.
            min_contract_years: u32,
            /// §11(1): 3年内 — the living and housing subsidies and turnover housing, in months.
            subsidy_months: u32,
            /// §11(1): 住房补助 per month.
            housing_monthly: PerCategory,
            /// §11(1): 生活补助 per month.
            living_monthly: PerCategory,
            /// §11(1): 购房补助 (不超过房款上限).
            purchase_subsidy: PerCategory,
            /// §11(1): 分5年等比例发放完毕.
            purchase_instalments: u32,
            /// §11(1): 工作满3年后 — the year of the first instalment.
            purchase_first_year: u32,
            /// §6 with INT-08: 高级以上职称 …
            medical_staffing_min_title: Title,
            /// … or 研究生以上学历, full-time or part-time.
            medical_staffing_min_degree: Degree,
            /// §11(2): per day of service, paid to the employer.
            flexible_daily: PerCategory,
            /// §13: the one-time start-up grant.
            startup_grant: PerCategory,
            /// INT-10: the categories an A-category founder's grant may come from.
            startup_grant_for_a_via: Categories,
            /// §13: 毕业 2 年内.
            startup_graduation_window_years: u32,
            /// §13: 自注册登记之日起正常经营 12 个月以上.
            startup_operating_months: u32,
            /// §13: 就业人数达 3 人以上（满 1 年社保）.
            startup_min_insured_employees: u32,
            /// §13: 实际缴纳税收超过 2 万元 (strictly more).
            startup_tax_threshold: Money,
            /// §13: 最高 30 万元的创业担保贴息贷款.
            loan_max_principal: Money,
            /// §13: 贷款期限不超过 3 年, in months.
            loan_max_months: u32,
            /// §13: 给予贷款实际利率 50% 的贴息, as a fraction.
            loan_subsidy_share: Decimal,
            /// §15: 一次性奖励1万元.
            honor_award: Money,
            /// §15: the first listings that earn it; once per person even when both.
            honor_award_listings: Cow<'static, [Honor]>,
            /// §1: national platforms, each.
            platform_national: Money,
            /// §1: regional and Bingtuan platforms, each.
            platform_regional: Money,
            /// §1: 兵团工业产业创新研究院, per year.
            industrial_institute_per_year: Money,
            /// §1: 支持期限不超过5年.
            industrial_institute_max_years: u32,
            /// §1: 首次认定的高新技术企业, a range.
            high_tech_first: (Money, Money),
            /// §1: 三年有效期满再次认定.
            high_tech_renewal: Money,
            /// §1: 首次通过科技型中小企业评价.
            tech_sme_first: Money,
            /// §3: 国家级专精特新"小巨人".
            little_giant: Money,
            /// §3: 省级或中国行业联合会认定的专精特新中小企业.
            specialized_sme: Money,
            /// §3: 单个项目师市支持额度不超过.
            key_tech_per_project: Money,
            /// §5: 产教融合 … 不超过.
            industry_education_cap: Money,
            /// §5: 校企合作联合申请获批 … 不超过.
            joint_platform_cap: Money,
            /// §12: 建站经费补助, a range.
            workstation: (Money, Money),
            /// §16: the department of each kind of employer's talents; none for
            /// the high-tech zone, whose own policy applies (§11(3)).
            department_for_employer: PerEmployer<Option<Department>>,
            /// §16: 人才创业扶持由人社局把关审核.
            startup_department: Department,
            /// §16: 企业引进人才由人社局把关审核 — an enterprise's flexible hires.
            flexible_hires_department: Department,
            /// §16 with INT-06: which departments review each enterprise award.
            departments_for_award: AwardDepartments,
        }
    };
}

macro_rules! define_policy {
    ($($(#[$doc:meta])* $name:ident: $ty:ty,)*) => {
        /// The values of one version, with its id, document and first day.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Policy {
            /// Stable id, named in every result (`policy_version`).
            pub id: Cow<'static, str>,
            /// The document number printed in every result.
            pub document: Cow<'static, str>,
            /// The first day this version governs (INT-14).
            pub in_force_from: Date,
            $($(#[$doc])* pub $name: $ty,)*
        }
    };
}

policy_entries!(define_policy);

/// An amount per talent category; `None` where the clause names no amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PerCategory {
    pub a: Option<Money>,
    pub b: Option<Money>,
    pub c: Option<Money>,
    pub d: Option<Money>,
    pub e: Option<Money>,
}

impl PerCategory {
    pub fn get(&self, c: Category) -> Option<Money> {
        match c {
            Category::A => self.a,
            Category::B => self.b,
            Category::C => self.c,
            Category::D => self.d,
            Category::E => self.e,
        }
    }
    /// The categories the clause names.
    pub fn categories(&self) -> Categories {
        Categories::of(Category::ALL.iter().copied().filter(|c| self.get(*c).is_some()))
    }
}

/// A set of categories, one bit each (A the lowest).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Categories(pub u8);

impl Categories {
    pub fn of(categories: impl IntoIterator<Item = Category>) -> Categories {
        Categories(categories.into_iter().fold(0, |bits, c| bits | Categories::bit(c)))
    }
    fn bit(c: Category) -> u8 {
        1 << (c as u8)
    }
    pub fn contains(self, c: Category) -> bool {
        self.0 & Categories::bit(c) != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Best first.
    pub fn to_vec(self) -> Vec<Category> {
        Category::ALL.iter().copied().filter(|c| self.contains(*c)).collect()
    }
}

/// A value for each kind of employer, in the order of `EmployerType::ALL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerEmployer<T>(pub [T; EmployerType::COUNT]);

impl<T: Copy> PerEmployer<T> {
    pub fn get(&self, t: EmployerType) -> T {
        self.0[t as usize]
    }
}

impl EmployerType {
    pub const COUNT: usize = EmployerType::ALL.len();
}

/// The departments of each enterprise award, as (award, department) pairs in
/// the order an applicant is directed to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwardDepartments(pub Cow<'static, [(BenefitId, Department)]>);

impl AwardDepartments {
    pub fn get(&self, id: BenefitId) -> Vec<Department> {
        self.0.iter().filter(|(award, _)| *award == id).map(|&(_, d)| d).collect()
    }
}

/// The awards an enterprise can hold (§1, §3, §5, §12), each with its departments.
pub const ENTERPRISE_AWARDS: &[BenefitId] = &[
    BenefitId::PlatformNational,
    BenefitId::PlatformRegional,
    BenefitId::IndustrialInstitute,
    BenefitId::HighTechFirst,
    BenefitId::HighTechRenewal,
    BenefitId::TechSmeFirst,
    BenefitId::LittleGiant,
    BenefitId::SpecializedSme,
    BenefitId::KeyTechBreakthrough,
    BenefitId::IndustryEducationBase,
    BenefitId::JointInnovationPlatform,
    BenefitId::ExpertWorkstation,
];
