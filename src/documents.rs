//! What to bring when applying: the usual documents for each benefit. The text
//! names none, so the page says the department's own list decides.

use talent_rules::ids::BenefitId;

/// Locale keys `doc.*`, in the order they are listed.
pub fn for_benefit(id: BenefitId) -> &'static [&'static str] {
    match id {
        BenefitId::LivingSubsidy | BenefitId::HousingSubsidy | BenefitId::TurnoverHousing => &[
            "doc.id_card",
            "doc.degree_certificate",
            "doc.title_certificate",
            "doc.contract",
            "doc.social_insurance",
        ],
        BenefitId::PurchaseSubsidy => {
            &["doc.id_card", "doc.contract", "doc.purchase_contract", "doc.social_insurance"]
        }
        BenefitId::FlexibleDailySubsidy => &[
            "doc.id_card",
            "doc.degree_certificate",
            "doc.title_certificate",
            "doc.service_agreement",
            "doc.attendance",
        ],
        BenefitId::StartupGrant => &[
            "doc.id_card",
            "doc.degree_certificate",
            "doc.business_licence",
            "doc.social_insurance",
            "doc.tax_certificate",
        ],
        BenefitId::StartupLoanInterest => {
            &["doc.id_card", "doc.business_licence", "doc.loan_contract", "doc.interest_statement"]
        }
        BenefitId::TalentHonorAward => &["doc.id_card", "doc.honor_listing"],
        BenefitId::MedicalStaffing => &["doc.id_card", "doc.degree_certificate", "doc.title_certificate"],
        BenefitId::TalentServiceCard => &["doc.id_card", "doc.recognition"],
        _ => &[],
    }
}

/// Every document the given benefits need, once each, in first-seen order.
pub fn checklist(ids: impl IntoIterator<Item = BenefitId>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for id in ids {
        for d in for_benefit(id) {
            if !out.contains(d) {
                out.push(d);
            }
        }
    }
    out
}
