//! Stable identifiers shared by the input, the result and the UI's locale keys.
//! Their JSON spellings are the contract (docs/contract.md, docs/reasons.md) and must not change.

use serde::{Deserialize, Serialize};

macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        pub enum $name { $($(#[$vm])* #[serde(rename = $s)] $v),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            /// The JSON spelling, also used as the locale key.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$v),)+ _ => None }
            }
        }
    };
}

id_enum!(
    /// A > B > C > D > E; `Ord` follows the letters, so A is the *smallest*.
    Category { A = "A", B = "B", C = "C", D = "D", E = "E" }
);

impl Category {
    /// True when `self` ranks above `other` (A outranks B).
    pub fn outranks(self, other: Category) -> bool {
        self < other
    }
}

id_enum!(Degree {
    None = "none",
    JuniorCollege = "junior_college",
    Bachelor = "bachelor",
    Master = "master",
    Doctorate = "doctorate",
});

id_enum!(Title {
    None = "none",
    Junior = "junior",
    Intermediate = "intermediate",
    AssociateSenior = "associate_senior",
    Senior = "senior",
});

id_enum!(Honor {
    CasAcademician = "cas_academician",
    CaeAcademician = "cae_academician",
    StateSupremeAward = "state_supreme_award",
    NationalKeyTalentProgram = "national_key_talent_program",
    NationalKeyPlatformExpert = "national_key_platform_expert",
    StateCouncilAllowance = "state_council_allowance",
    NationalTechnicalExpert = "national_technical_expert",
    TianshanTalentFirst = "tianshan_talent_first",
    BingtuanTalentFirst = "bingtuan_talent_first",
});

id_enum!(Mode { FullTime = "full_time", Flexible = "flexible", None = "none" });

id_enum!(EmployerType {
    EconomicDevelopmentZone = "economic_development_zone",
    Enterprise = "enterprise",
    AgriculturalPark = "agricultural_park",
    SecondaryVocationalSchool = "secondary_vocational_school",
    ResearchInstitute = "research_institute",
    PublicHospital = "public_hospital",
    MediaInstitution = "media_institution",
    UniversityCityCollege = "university_city_college",
    UniversityCityVocationalCollege = "university_city_vocational_college",
    HighTechZone = "high_tech_zone",
    Other = "other",
});

id_enum!(
    /// Where the employer is (INT-13): a place, apart from the kind of employer.
    Location { Elsewhere = "elsewhere", HighTechZone = "high_tech_zone", EconomicDevelopmentZone = "economic_development_zone" }
);

id_enum!(HousingChoice { Cash = "cash", TurnoverHousing = "turnover_housing" });

id_enum!(Repayment { InterestOnly = "interest_only", EqualInstallments = "equal_installments" });

id_enum!(HighTech { First = "first", Renewal = "renewal" });

id_enum!(Specialized { LittleGiant = "little_giant", SpecializedSme = "specialized_sme" });

id_enum!(Criterion {
    CasAcademician = "cas_academician",
    CaeAcademician = "cae_academician",
    StateSupremeAward = "state_supreme_award",
    NationalKeyTalentProgram = "national_key_talent_program",
    NationalKeyPlatformExpert = "national_key_platform_expert",
    StateCouncilAllowance = "state_council_allowance",
    NationalTechnicalExpert = "national_technical_expert",
    Doctorate45 = "doctorate_45",
    SeniorTitle = "senior_title",
    Postgraduate40 = "postgraduate_40",
    AssociateSeniorTitle = "associate_senior_title",
    Bachelor = "bachelor",
    IntermediateTitle = "intermediate_title",
    JuniorCollege = "junior_college",
});

id_enum!(BenefitId {
    LivingSubsidy = "living_subsidy",
    HousingSubsidy = "housing_subsidy",
    TurnoverHousing = "turnover_housing",
    PurchaseSubsidy = "purchase_subsidy",
    FlexibleDailySubsidy = "flexible_daily_subsidy",
    StartupGrant = "startup_grant",
    StartupLoanInterest = "startup_loan_interest",
    TalentHonorAward = "talent_honor_award",
    MedicalStaffing = "medical_staffing",
    TalentServiceCard = "talent_service_card",
    PlatformNational = "platform_national",
    PlatformRegional = "platform_regional",
    IndustrialInstitute = "industrial_institute",
    HighTechFirst = "high_tech_first",
    HighTechRenewal = "high_tech_renewal",
    TechSmeFirst = "tech_sme_first",
    LittleGiant = "little_giant",
    SpecializedSme = "specialized_sme",
    KeyTechBreakthrough = "key_tech_breakthrough",
    IndustryEducationBase = "industry_education_base",
    JointInnovationPlatform = "joint_innovation_platform",
    ExpertWorkstation = "expert_workstation",
});

id_enum!(Reason {
    NoCategory = "no_category",
    CategoryNotAllowedForEmployer = "category_not_allowed_for_employer",
    NotFullTime = "not_full_time",
    NotFlexible = "not_flexible",
    NotFirstSocialInsurance = "not_first_social_insurance",
    ContractTooShort = "contract_too_short",
    ContractLengthNotGiven = "contract_length_not_given",
    EmployerNotCovered = "employer_not_covered",
    EmployerTypeNotGiven = "employer_type_not_given",
    HighTechZoneSeparatePolicy = "high_tech_zone_separate_policy",
    EmployerNotDivisionAffiliated = "employer_not_division_affiliated",
    NotLegalRepresentative = "not_legal_representative",
    NotRegisteredInCity = "not_registered_in_city",
    RegisteredTooLateAfterGraduation = "registered_too_late_after_graduation",
    RegisteredBeforeGraduation = "registered_before_graduation",
    OperatingUnder12Months = "operating_under_12_months",
    EmploymentOrTaxThresholdNotMet = "employment_or_tax_threshold_not_met",
    CategoryNotListed = "category_not_listed",
    LoanOverCap = "loan_over_cap",
    LoanTermOverCap = "loan_term_over_cap",
    NotFirstListing = "not_first_listing",
    NoQualifyingTitleOrDegree = "no_qualifying_title_or_degree",
    NotPublicHospital = "not_public_hospital",
});

id_enum!(Clause {
    S1 = "§1",
    S2 = "§2",
    S3 = "§3",
    S4 = "§4",
    S5 = "§5",
    S6 = "§6",
    S7 = "§7",
    S8 = "§8",
    S9 = "§9",
    S10 = "§10",
    S11_1 = "§11(1)",
    S11_2 = "§11(2)",
    S11_3 = "§11(3)",
    S11_4 = "§11(4)",
    S12 = "§12",
    S13 = "§13",
    S14 = "§14",
    S15 = "§15",
    S16 = "§16",
});

id_enum!(
    /// The readings of ambiguous text, docs/interpretations.md.
    Interp {
        Int01 = "INT-01",
        Int02 = "INT-02",
        Int03 = "INT-03",
        Int04 = "INT-04",
        Int05 = "INT-05",
        Int06 = "INT-06",
        Int07 = "INT-07",
        Int08 = "INT-08",
        Int09 = "INT-09",
        Int10 = "INT-10",
        Int11 = "INT-11",
        Int12 = "INT-12",
        Int13 = "INT-13",
    }
);

id_enum!(Recipient { Talent = "talent", Employer = "employer", Enterprise = "enterprise" });

id_enum!(ReferralId {
    HighTechZonePolicy = "high_tech_zone_policy",
    EquivalenceReview = "equivalence_review",
    SpecialTalentReview = "special_talent_review",
});

id_enum!(Programme {
    StrategicScientists = "strategic_scientists",
    EnclaveTalents = "enclave_talents",
    EducationTalents = "education_talents",
    MedicalTalents = "medical_talents",
    RuralTalents = "rural_talents",
    SocialWorkTalents = "social_work_talents",
    TaheCraftsmen = "tahe_craftsmen",
});

id_enum!(Department {
    Commerce = "师市商务局",
    HumanResources = "师市人社局",
    Education = "师市教育局",
    Health = "师市卫健委",
    Science = "师市科技局",
    DevelopmentReform = "师市发改委",
    Industry = "师市工信局",
    SectorAuthority = "用人单位报行业主管部门",
});

id_enum!(
    /// A document an application usually asks for (`crate::documents`).
    Document {
        IdCard = "id_card",
        DegreeCertificate = "degree_certificate",
        TitleCertificate = "title_certificate",
        Contract = "contract",
        SocialInsurance = "social_insurance",
        PurchaseContract = "purchase_contract",
        ServiceAgreement = "service_agreement",
        Attendance = "attendance",
        BusinessLicence = "business_licence",
        TaxCertificate = "tax_certificate",
        LoanContract = "loan_contract",
        InterestStatement = "interest_statement",
        HonorListing = "honor_listing",
        Recognition = "recognition",
    }
);

id_enum!(
    /// Something the rules cannot check and the user must confirm.
    Confirm {
        HospitalShortagePost = "hospital_shortage_post",
        WorkThreeYearsThenBuy = "work_three_years_then_buy",
    }
);
