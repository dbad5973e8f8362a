//! The policy table: every amount, rate, cap, age limit and employer list of
//! 师市党办发〔2025〕17号, each once, beside the clause it comes from.
//! Nothing else in the engine holds a policy number.

use crate::dates::Date;
use crate::ids::{BenefitId, Category, Degree, Department, EmployerType, Honor, Location, Programme, Title};
use crate::money::Money;
use rust_decimal::Decimal;

pub const DOCUMENT: &str = "师市党办发〔2025〕17号";

// ---- which dates the text governs (INT-12) ---------------------------------
/// 17号 (2025) abolishes the 2022–2023 rules from its issue; its exact issue
/// date is not in the text, so the year's first day bounds it, and the
/// department confirms the start.
pub const FIRST_DAY: Date = Date::known(2025, 1, 1);
/// No talent plan concerns a child: someone younger than 16 (the legal
/// working age) on the assessment date is an input error.
pub const MIN_AGE: u32 = 16;

/// An amount per talent category; `None` where the clause names no amount.
#[derive(Clone, Copy, Debug)]
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
    /// The categories the clause names, best first.
    pub fn categories(&self) -> Vec<Category> {
        Category::ALL.iter().copied().filter(|c| self.get(*c).is_some()).collect()
    }
}

const fn abc(a: u64, b: u64, c: u64) -> PerCategory {
    PerCategory {
        a: Some(Money::yuan(a)),
        b: Some(Money::yuan(b)),
        c: Some(Money::yuan(c)),
        d: None,
        e: None,
    }
}

// ---- §10 talent categories ----------------------------------------------
/// §10 B类: 45岁（含）以下全日制博士研究生.
pub const DOCTORATE_MAX_AGE: u32 = 45;
/// §10 C类: 40岁（含）以下全日制硕士研究生.
pub const POSTGRADUATE_MAX_AGE: u32 = 40;
/// Not in the text, but a fact a person can check: hardly anyone graduates,
/// and nobody earns a bachelor's degree, before turning 18. The engine accepts
/// such answers; the app asks the user to check them (a warning, not an error).
pub const USUAL_MIN_GRADUATION_AGE: u32 = 18;

// ---- §11(1) full-time new introduction ------------------------------------
/// §11(1): which employers' full-time hires get §11(1), and in which categories.
/// 师市经开区、企业、农业科技园区、中职院校、科研院所、公立医院和宣传媒体事业单位 → A、B、C;
/// 大学城（教育园区）普通高等院校和高职院校 → A、B.
pub fn categories_for_employer(t: EmployerType) -> &'static [Category] {
    const ABC: &[Category] = &[Category::A, Category::B, Category::C];
    const AB: &[Category] = &[Category::A, Category::B];
    match t {
        EmployerType::EconomicDevelopmentZone
        | EmployerType::Enterprise
        | EmployerType::AgriculturalPark
        | EmployerType::SecondaryVocationalSchool
        | EmployerType::ResearchInstitute
        | EmployerType::PublicHospital
        | EmployerType::MediaInstitution => ABC,
        EmployerType::UniversityCityCollege | EmployerType::UniversityCityVocationalCollege => AB,
        EmployerType::HighTechZone | EmployerType::Other => &[],
    }
}
/// §11(1) with INT-13: the place counts as the employer type of the same
/// name whatever the kind; `None` elsewhere, where the kind decides.
pub fn employer_type_at(location: Location, kind: Option<EmployerType>) -> Option<EmployerType> {
    match location {
        Location::Elsewhere => kind,
        Location::HighTechZone => Some(EmployerType::HighTechZone),
        Location::EconomicDevelopmentZone => Some(EmployerType::EconomicDevelopmentZone),
    }
}
/// §11(1): 签订3年及以上聘用合同、劳动合同或服务协议.
pub const MIN_CONTRACT_YEARS: u32 = 3;
/// §11(1): 3年内 — living and housing subsidies and turnover housing run 36 months.
pub const SUBSIDY_MONTHS: u32 = 36;
/// §11(1): 住房补助 A类1000元/月、B类800元/月、C类600元/月.
pub const HOUSING_MONTHLY: PerCategory = abc(1_000, 800, 600);
/// §11(1): 生活补助 A类7000元/月、B类5000元/月、C类3000元/月.
pub const LIVING_MONTHLY: PerCategory = abc(7_000, 5_000, 3_000);
/// §11(1): 购房补助 A类50万元、B类40万元、C类32万元 (不超过房款上限).
pub const PURCHASE_SUBSIDY: PerCategory = abc(500_000, 400_000, 320_000);
/// §11(1): 工作满3年后…购买商品住房的 — paid after later events, not on taking up the job.
pub const LATER_EVENT_BENEFITS: &[BenefitId] = &[BenefitId::PurchaseSubsidy];
/// §11(1): 分5年等比例发放完毕.
pub const PURCHASE_INSTALMENTS: u32 = 5;
/// §11(1): 工作满3年后 — the earliest instalment falls in year 4.
pub const PURCHASE_FIRST_YEAR: u32 = 4;
/// §11(1) in one figure: the most money it gives anyone, the living and
/// housing allowances for 36 months plus the purchase subsidy, in the best
/// category (A). Bingtuan support above it is almost surely mistyped (INT-04
/// compares the two): the app asks the user to check it.
pub fn full_time_most() -> Money {
    let total = |c| {
        let monthly = LIVING_MONTHLY.get(c)? + HOUSING_MONTHLY.get(c)?;
        Some(monthly.times(SUBSIDY_MONTHS.into()) + PURCHASE_SUBSIDY.get(c)?)
    };
    Category::ALL.iter().filter_map(|&c| total(c)).max().unwrap_or_default()
}

// ---- §6 medical talents ----------------------------------------------------
/// §6: 高级以上职称及研究生以上学历人才 — INT-08 reads two groups, either suffices;
/// the degree may be full-time or part-time (no 全日制 here, unlike §10).
pub const MEDICAL_STAFFING_MIN_TITLE: Title = Title::AssociateSenior;
pub const MEDICAL_STAFFING_MIN_DEGREE: Degree = Degree::Master;

// ---- §11(2) flexible introduction -----------------------------------------
/// §11(2): 400 元/天/人、300 元/天/人、200 元/天/人, paid to the employer.
pub const FLEXIBLE_DAILY: PerCategory = abc(400, 300, 200);

// ---- §13 start-ups --------------------------------------------------------
/// §13: B 类人才 5 万元、C 类 3 万元、D 类 2 万元、E 类 1 万元.
pub const STARTUP_GRANT: PerCategory = PerCategory {
    a: None,
    b: Some(Money::yuan(50_000)),
    c: Some(Money::yuan(30_000)),
    d: Some(Money::yuan(20_000)),
    e: Some(Money::yuan(10_000)),
};
/// §13 lists B–E only. INT-10: an A-category talent gets the amount of the
/// best of B–E whose §10 criterion they also meet.
pub const STARTUP_GRANT_FOR_A_VIA: &[Category] = &[Category::B, Category::C, Category::D, Category::E];
/// §13: 毕业 2 年内.
pub const STARTUP_GRADUATION_WINDOW_YEARS: u32 = 2;
/// §13: 自注册登记之日起正常经营 12 个月以上.
pub const STARTUP_OPERATING_MONTHS: u32 = 12;
/// §13: 就业人数达 3 人以上（满 1 年社保）.
pub const STARTUP_MIN_INSURED_EMPLOYEES: u32 = 3;
/// §13: 实际缴纳税收超过 2 万元 (strictly more).
pub const STARTUP_TAX_THRESHOLD: Money = Money::yuan(20_000);
/// §13: 最高 30 万元的创业担保贴息贷款.
pub const LOAN_MAX_PRINCIPAL: Money = Money::yuan(300_000);
/// §13: 贷款期限不超过 3 年.
pub const LOAN_MAX_MONTHS: u32 = 36;
/// §13: 给予贷款实际利率 50% 的贴息.
pub const LOAN_SUBSIDY_SHARE: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

// ---- §15 honours ----------------------------------------------------------
/// §15: 被首次列为自治区"天山英才""兵团英才"培养对象的，一次性奖励1万元.
pub const HONOR_AWARD: Money = Money::yuan(10_000);
/// §15: the listings that earn it; once per person even when both.
pub const HONOR_AWARD_LISTINGS: &[Honor] = &[Honor::TianshanTalentFirst, Honor::BingtuanTalentFirst];

// ---- §1, §3, §5, §12 enterprise awards ------------------------------------
/// §1: 国家级企业技术中心、产业创新中心、国家工程研究中心和国家重点实验室 一次性500万元.
pub const PLATFORM_NATIONAL: Money = Money::yuan(5_000_000);
/// §1: 自治区企业技术中心、兵团工程研究中心和兵团重点实验室 一次性30万元.
pub const PLATFORM_REGIONAL: Money = Money::yuan(300_000);
/// §1: 兵团工业产业创新研究院 200万元/年.
pub const INDUSTRIAL_INSTITUTE_PER_YEAR: Money = Money::yuan(2_000_000);
/// §1: 支持期限不超过5年.
pub const INDUSTRIAL_INSTITUTE_MAX_YEARS: u32 = 5;
/// §1: 首次认定的高新技术企业一次性奖励20-30万元.
pub const HIGH_TECH_FIRST: (Money, Money) = (Money::yuan(200_000), Money::yuan(300_000));
/// §1: 三年有效期满再次认定的一次性奖励10万元.
pub const HIGH_TECH_RENEWAL: Money = Money::yuan(100_000);
/// §1: 首次通过科技型中小企业评价的一次性奖励2万元.
pub const TECH_SME_FIRST: Money = Money::yuan(20_000);
/// §3: 国家级专精特新"小巨人" 一次性奖励 20 万元.
pub const LITTLE_GIANT: Money = Money::yuan(200_000);
/// §3: 省级或中国行业联合会认定的专精特新中小企业 一次性奖励 10 万元.
pub const SPECIALIZED_SME: Money = Money::yuan(100_000);
/// §3: 单个项目师市支持额度不超过 300 万元.
pub const KEY_TECH_PER_PROJECT: Money = Money::yuan(3_000_000);
/// §5: 按项目投入给予不超过30万元的一次性创建资助.
pub const INDUSTRY_EDUCATION_CAP: Money = Money::yuan(300_000);
/// §5: 校企合作联合申请获批…给予不超过20万元的一次性创建资助.
pub const JOINT_PLATFORM_CAP: Money = Money::yuan(200_000);
/// §12: 给予 5 万-35 万元建站经费补助.
pub const WORKSTATION: (Money, Money) = (Money::yuan(50_000), Money::yuan(350_000));

// ---- §16 where to apply ---------------------------------------------------
/// §16: 经开区 → 商务局; 企业及人才创业扶持 → 人社局; 教育 → 教育局; 医疗 → 卫健委;
/// 科研院所、农业科技园区 → 科技局; otherwise 用人单位报行业主管部门.
/// The high-tech zone has its own policy (§11(3)) and no department here.
pub fn department_for_employer(t: EmployerType) -> Option<Department> {
    Some(match t {
        EmployerType::EconomicDevelopmentZone => Department::Commerce,
        EmployerType::Enterprise => Department::HumanResources,
        EmployerType::SecondaryVocationalSchool
        | EmployerType::UniversityCityCollege
        | EmployerType::UniversityCityVocationalCollege => Department::Education,
        EmployerType::PublicHospital => Department::Health,
        EmployerType::ResearchInstitute | EmployerType::AgriculturalPark => Department::Science,
        EmployerType::MediaInstitution | EmployerType::Other => Department::SectorAuthority,
        EmployerType::HighTechZone => return None,
    })
}
/// §16: where §11(4)'s 一事一议 goes: the employer type's department, else
/// the employer reports to its sector authority.
pub fn department_for_review(t: Option<EmployerType>) -> Department {
    t.and_then(department_for_employer).unwrap_or(Department::SectorAuthority)
}
/// §16: 人才创业扶持由人社局把关审核.
pub const STARTUP_DEPARTMENT: Department = Department::HumanResources;
/// §16: 企业引进人才…由人社局把关审核: an enterprise's flexible hires' subsidies (§11(2)).
pub const FLEXIBLE_HIRES_DEPARTMENT: Department = Department::HumanResources;

/// §16 with INT-06: which of 发改委、科技局、工信局 reviews each industrial award.
pub fn departments_for_award(id: BenefitId) -> &'static [Department] {
    match id {
        BenefitId::PlatformNational => &[Department::DevelopmentReform, Department::Science],
        BenefitId::PlatformRegional => {
            &[Department::Industry, Department::DevelopmentReform, Department::Science]
        }
        BenefitId::IndustrialInstitute | BenefitId::LittleGiant | BenefitId::SpecializedSme => {
            &[Department::Industry]
        }
        BenefitId::HighTechFirst
        | BenefitId::HighTechRenewal
        | BenefitId::TechSmeFirst
        | BenefitId::KeyTechBreakthrough
        | BenefitId::ExpertWorkstation => &[Department::Science],
        // §16: 产教融合、校企合作项目由师市教育局联合发改委、工信局、人社局等部门把关审核.
        BenefitId::IndustryEducationBase | BenefitId::JointInnovationPlatform => &[
            Department::Education,
            Department::DevelopmentReform,
            Department::Industry,
            Department::HumanResources,
        ],
        _ => &[],
    }
}

/// §2–§9: programmes without individual amounts, with the clause and (INT-09) the
/// department we direct people to.
pub fn related_programmes() -> &'static [(Programme, crate::ids::Clause, Department)] {
    use crate::ids::Clause;
    &[
        (Programme::StrategicScientists, Clause::S2, Department::Science),
        (Programme::EnclaveTalents, Clause::S4, Department::SectorAuthority),
        (Programme::EducationTalents, Clause::S5, Department::Education),
        (Programme::MedicalTalents, Clause::S6, Department::Health),
        (Programme::RuralTalents, Clause::S7, Department::SectorAuthority),
        (Programme::SocialWorkTalents, Clause::S8, Department::SectorAuthority),
        (Programme::TaheCraftsmen, Clause::S9, Department::HumanResources),
    ]
}

// ---- input sanity bounds (not policy: they keep arithmetic far from overflow) ----
pub mod bounds {
    use crate::dates::Date;
    use crate::money::Money;
    /// The last date an input may name: further out, the answer means nothing.
    pub const LAST_DAY: Date = Date::known(2100, 12, 31);
    /// One trillion yuan: more than any real house, loan or tax bill.
    pub const MAX_MONEY: Money = Money::yuan(1_000_000_000_000);
    pub const MAX_DAYS: i64 = 36_600;
    pub const MAX_COUNT: i64 = 10_000;
    pub const MAX_LOAN_MONTHS: i64 = 1_200;
    pub const MAX_CONTRACT_YEARS: i64 = 100;
    pub const MAX_HIRES: usize = 10_000;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_section_11_1_gives_is_the_a_category_total() {
        // (7000 + 1000) × 36 + 500000: living, housing and purchase for A.
        assert_eq!(full_time_most(), Money::yuan(788_000));
        let a = (LIVING_MONTHLY.a.unwrap() + HOUSING_MONTHLY.a.unwrap()).times(SUBSIDY_MONTHS.into())
            + PURCHASE_SUBSIDY.a.unwrap();
        assert_eq!(full_time_most(), a);
    }
}
