// Generated from the Rust types of rules/src (input.rs, output.rs, ids.rs, error.rs) by
// rules/src/typescript.rs; do not edit. The contract: docs/contract.md.

export type Amount = { "exact": Money } | { "range": { min: Money, max: Money, } } | { "up_to": Money } | { "in_kind": True };

export type Assessment = { policy: string,
/**
 * The id of the policy's version in force on the assessment date, which
 * governs the result except where a benefit names another (INT-14).
 */
policy_version: string, assessment_date: IsoDate, category: Category | null,
/**
 * A registration date after T is a planned one: the result is read as
 * of that day, on which every date test is made.
 */
planned_registration_date?: IsoDate,
/**
 * The start date the category was decided on (INT-11), when one was given.
 */
category_decided_on?: IsoDate,
/**
 * When every criterion of the category is age-bound: the last day it holds.
 */
category_valid_until?: IsoDate, criteria_met: Array<CriterionMet>,
/**
 * Age-bound criteria that no longer hold, with the day they ended.
 */
criteria_expired?: Array<CriterionMet>, benefits: Array<Benefit>, ineligible: Array<Ineligible>, referrals: Array<Referral>, flexible_hires?: Array<HireResult>, related_programmes?: Array<RelatedProgramme>,
/**
 * Benefits not asked about that this person's category would bring,
 * with their clause: what they could still do.
 */
prospects?: Array<Prospect>, apply_to: Array<Department>,
/**
 * §16: the employer submits an introduced talent's application to the
 * department; false for anyone without a job in the city, who applies
 * in person (a founder to the start-up department).
 */
employer_submits?: boolean, funding?: Funding, totals: Totals, interpretations: Array<Interp>,
/**
 * Answers possible but unlikely, to look at again; the result stands.
 */
warnings?: Array<Warning>, };

export type Benefit = { id: BenefitId, clause: Clause, recipient: Recipient, amount: Amount, schedule?: Array<Payment>,
/**
 * The arithmetic, in numbers and symbols only, e.g. `5000.00 × 36`.
 */
calculation?: string,
/**
 * The same arithmetic as data, for a UI to say in words.
 */
steps?: Array<Step>, interpretations: Array<Interp>, apply_to?: Array<Department>, confirm?: Array<Confirm>,
/**
 * The other side of an either/or (INT-03): shown beside, never counted.
 */
alternative?: Benefit,
/**
 * The version this benefit follows when it is not the result's
 * `policy_version` (INT-14: §10–§11 the category's day, §13 the
 * registration date); its amounts over the years stay that version's.
 */
policy_version?: string, };

export type BenefitId = "living_subsidy" | "housing_subsidy" | "turnover_housing" | "purchase_subsidy" | "flexible_daily_subsidy" | "startup_grant" | "startup_loan_interest" | "talent_honor_award" | "medical_staffing" | "talent_service_card" | "platform_national" | "platform_regional" | "industrial_institute" | "high_tech_first" | "high_tech_renewal" | "tech_sme_first" | "little_giant" | "specialized_sme" | "key_tech_breakthrough" | "industry_education_base" | "joint_innovation_platform" | "expert_workstation";

/**
 * A > B > C > D > E; `Ord` follows the letters, so A is the *smallest*.
 */
export type Category = "A" | "B" | "C" | "D" | "E";

export type Clause = "§1" | "§2" | "§3" | "§4" | "§5" | "§6" | "§7" | "§8" | "§9" | "§10" | "§11(1)" | "§11(2)" | "§11(3)" | "§11(4)" | "§12" | "§13" | "§14" | "§15" | "§16";

/**
 * Something the rules cannot check and the user must confirm.
 */
export type Confirm = "hospital_shortage_post" | "work_three_years_then_buy";

export type Criterion = "cas_academician" | "cae_academician" | "state_supreme_award" | "national_key_talent_program" | "national_key_platform_expert" | "state_council_allowance" | "national_technical_expert" | "doctorate_45" | "senior_title" | "postgraduate_40" | "associate_senior_title" | "bachelor" | "intermediate_title" | "junior_college";

export type CriterionMet = { id: Criterion, category: Category, clause: Clause, valid_until?: IsoDate, interpretations?: Array<Interp>, };

/**
 * A plain decimal input (a rate, a number of years): a JSON string or number.
 * Serialises as a string.
 */
export type Dec = string;

/**
 * A `Money` or `Dec` as the input takes it: decimal text such as `"450000"`
 * or `"0.0345"`, or a JSON number.
 */
export type DecimalInput = string | number;

export type Degree = "none" | "junior_college" | "bachelor" | "master" | "doctorate";

export type Department = "师市商务局" | "师市人社局" | "师市教育局" | "师市卫健委" | "师市科技局" | "师市发改委" | "师市工信局" | "用人单位报行业主管部门";

export type EmployerType = "economic_development_zone" | "enterprise" | "agricultural_park" | "secondary_vocational_school" | "research_institute" | "public_hospital" | "media_institution" | "university_city_college" | "university_city_vocational_college" | "high_tech_zone" | "other";

export type Employment = { mode?: Mode,
/**
 * The day the talent starts or started: §10 is decided on it (INT-11).
 */
start_date?: IsoDate | null,
/**
 * Where the employer is (INT-13).
 */
location?: Location, employer_type?: EmployerType | null, division_affiliated?: boolean, first_social_insurance_in_city?: boolean, contract_years?: DecimalInput | null, open_ended_contract?: boolean, flexible_days?: number, housing_choice?: HousingChoice, purchase_price?: DecimalInput | null, bingtuan_support?: DecimalInput | null, };

export type Enterprise = { registered_in_city?: boolean,
/**
 * 师属企事业单位: §11(2) pays for its flexible hires only then.
 */
division_affiliated?: boolean, platform_national?: number, platform_regional?: number, industrial_institute_years?: number, high_tech?: HighTech | null, tech_sme_first?: boolean, specialized?: Specialized | null, specialized_awards_received?: DecimalInput, key_tech_breakthrough_projects?: number, industry_education_investment?: DecimalInput | null, joint_innovation_platforms?: number, expert_workstations?: number, flexible_hires?: Array<Hire>, };

/**
 * What is wrong with a rejected input; docs/contract.md lists the kinds.
 */
export type ErrorKind = "syntax" | "wrong_type" | "unknown_field" | "unknown_value" | "required" | "duplicate_field" | "not_a_date" | "not_a_number" | "negative" | "too_many_decimals" | "out_of_range" | "before_policy" | "too_young" | "after_assessment_date" | "before_birth" | "conflict";

export type Funding = { bingtuan: Money, city: Money, };

export type HighTech = "first" | "renewal";

export type Hint = { "kind": "contract_years_at_least", years: number, } | { "kind": "categories_accepted", categories: Array<Category>, } | { "kind": "employer_types_accepting", category: Category, employer_types: Array<EmployerType>, } | { "kind": "eligible_from", date: IsoDate, } | { "kind": "registration_window", from: IsoDate, until: IsoDate, } | { "kind": "capped_loan", principal: Money, term_months: number, subsidy: Money, } | { "kind": "age_limit_passed", criterion: Criterion, category: Category, until: IsoDate, } | { "kind": "employees_or_tax", employees_at_least: number, tax_more_than: Money, };

export type Hire = { label?: string, category?: Category | null, person?: Person | null, days?: number, };

export type HireResult = { label: string, category: Category | null, days: number, amount: Money, calculation?: string, reasons?: Array<Reason>, };

export type Honor = "cas_academician" | "cae_academician" | "state_supreme_award" | "national_key_talent_program" | "national_key_platform_expert" | "state_council_allowance" | "national_technical_expert" | "tianshan_talent_first" | "bingtuan_talent_first";

export type HousingChoice = "cash" | "turnover_housing";

export type Ineligible = { id: BenefitId, clause: Clause, reasons: Array<Reason>,
/**
 * What would change the outcome, as data.
 */
hints?: Array<Hint>, };

export type Input = {
/**
 * Required: its absence is an input error.
 */
assessment_date: IsoDate, person?: Person | null, employment?: Employment | null, startup?: Startup | null, loan?: Loan | null, enterprise?: Enterprise | null, };

/**
 * The readings of ambiguous text, docs/interpretations.md.
 */
export type Interp = "INT-01" | "INT-02" | "INT-03" | "INT-04" | "INT-05" | "INT-06" | "INT-07" | "INT-08" | "INT-09" | "INT-10" | "INT-11" | "INT-12" | "INT-13";

/**
 * A day, `YYYY-MM-DD` in JSON (named apart from JavaScript's `Date` there).
 */
export type IsoDate = string;

export type Loan = { principal: DecimalInput, annual_rate: DecimalInput, term_months: number, repayment: Repayment, };

/**
 * Where the employer is (INT-13): a place, apart from the kind of employer.
 */
export type Location = "elsewhere" | "high_tech_zone" | "economic_development_zone";

export type Mode = "full_time" | "flexible" | "none";

/**
 * An amount of yuan. Serialises as `"1234.50"`.
 */
export type Money = string;

export type Payment = { from_month: number, to_month: number, per_month: Money, } | { year: number, amount: Money, };

export type Person = { birth_date: IsoDate, full_time_degree?: Degree, title_level?: Title, honors?: Array<Honor>,
/**
 * Recorded and shown, but counts for nothing in §10.
 */
part_time_degree?: Degree,
/**
 * E is no category one can claim to be equivalent to.
 */
claimed_equivalent?: 'A' | 'B' | 'C' | 'D', graduation_date?: IsoDate | null, };

export type Programme = "strategic_scientists" | "enclave_talents" | "education_talents" | "medical_talents" | "rural_talents" | "social_work_talents" | "tahe_craftsmen";

export type Prospect = { id: BenefitId, clause: Clause, amount: Amount, };

export type Reason = "no_category" | "category_not_allowed_for_employer" | "not_full_time" | "not_flexible" | "not_first_social_insurance" | "contract_too_short" | "contract_length_not_given" | "employer_not_covered" | "employer_type_not_given" | "high_tech_zone_separate_policy" | "employer_not_division_affiliated" | "not_legal_representative" | "not_registered_in_city" | "registered_too_late_after_graduation" | "registered_before_graduation" | "operating_under_12_months" | "employment_or_tax_threshold_not_met" | "category_not_listed" | "loan_over_cap" | "loan_term_over_cap" | "not_first_listing" | "no_qualifying_title_or_degree" | "not_public_hospital";

export type Recipient = "talent" | "employer" | "enterprise";

export type Referral = { id: ReferralId, clause: Clause, category?: Category,
/**
 * Where the case goes, when the referral names a department.
 */
apply_to?: Array<Department>, };

export type ReferralId = "high_tech_zone_policy" | "equivalence_review" | "special_talent_review";

export type RelatedProgramme = { id: Programme, clause: Clause, apply_to: Array<Department>, };

export type Repayment = "interest_only" | "equal_installments";

export type Span = { min: Money, max: Money, };

export type Specialized = "little_giant" | "specialized_sme";

export type Startup = { registered_in_city?: boolean, legal_representative?: boolean, registration_date?: IsoDate | null, insured_employees?: number, tax_paid?: DecimalInput, };

/**
 * One step of a benefit's arithmetic.
 */
export type Step = { "kind": "monthly", per_month: Money, months: number, } | { "kind": "free_months", months: number, } | { "kind": "standard", category: Category, amount: Money, } | { "kind": "capped_by_price", standard: Money, price: Money, amount: Money, } | { "kind": "instalments", count: number, first_year: number, each: Money, last: Money, } | { "kind": "daily", rate: Money, days: number, } | { "kind": "interest_only", principal: Money, rate: Dec, months: number, interest: Money, } | { "kind": "equal_installments", principal: Money, rate: Dec, months: number, interest: Money, } | { "kind": "interest_share", interest: Money, percent: Dec, subsidy: Money, } | { "kind": "employees", employees: number, at_least: number, } | { "kind": "tax_above", tax: Money, above: Money, } | { "kind": "fixed", amount: Money, } | { "kind": "each", amount: Money, count: number, } | { "kind": "less_received", standard: Money, received: Money, amount: Money, } | { "kind": "up_to_each", cap: Money, count: number, } | { "kind": "up_to_investment", cap: Money, investment: Money, amount: Money, } | { "kind": "range_each", min: Money, max: Money, count: number, };

export type Title = "none" | "junior" | "intermediate" | "associate_senior" | "senior";

export type Totals = { talent: Span, employer: Span, enterprise: Span,
/**
 * The part of `talent` that waits for a later event (work 3 years, buy a house).
 */
talent_later: Span, };

/**
 * The JSON `true` and nothing else, so an in-kind amount cannot say `false`.
 */
export type True = true;

/**
 * An answer to look at again, by kind, with the bound it crossed.
 */
export type Warning = { "kind": "graduated_young", age: number, } | { "kind": "degree_young", age: number, } | { "kind": "support_large", max: Money, };
