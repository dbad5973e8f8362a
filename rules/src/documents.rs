//! What to bring when applying: the documents each benefit's application
//! usually asks for, as ids a page names in its language. The text names
//! none, so a page says that the department's own list decides.

use crate::ids::BenefitId;
use crate::ids::Document::{self, *};

/// The documents of one benefit, in the order they are listed.
pub fn for_benefit(id: BenefitId) -> &'static [Document] {
    match id {
        BenefitId::LivingSubsidy | BenefitId::HousingSubsidy | BenefitId::TurnoverHousing => {
            &[IdCard, DegreeCertificate, TitleCertificate, Contract, SocialInsurance]
        }
        BenefitId::PurchaseSubsidy => &[IdCard, Contract, PurchaseContract, SocialInsurance],
        BenefitId::FlexibleDailySubsidy => {
            &[IdCard, DegreeCertificate, TitleCertificate, ServiceAgreement, Attendance]
        }
        BenefitId::StartupGrant => {
            &[IdCard, DegreeCertificate, BusinessLicence, SocialInsurance, TaxCertificate]
        }
        BenefitId::StartupLoanInterest => &[IdCard, BusinessLicence, LoanContract, InterestStatement],
        BenefitId::TalentHonorAward => &[IdCard, HonorListing],
        BenefitId::MedicalStaffing => &[IdCard, DegreeCertificate, TitleCertificate],
        BenefitId::TalentServiceCard => &[IdCard, Recognition],
        _ => &[],
    }
}

/// Every document the given benefits need, once each, in first-seen order.
pub fn checklist(ids: impl IntoIterator<Item = BenefitId>) -> Vec<Document> {
    let mut out: Vec<Document> = Vec::new();
    for id in ids {
        for d in for_benefit(id) {
            if !out.contains(d) {
                out.push(*d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checklist_names_each_document_once_in_first_seen_order() {
        let list =
            checklist([BenefitId::LivingSubsidy, BenefitId::PurchaseSubsidy, BenefitId::TalentServiceCard]);
        assert_eq!(
            list,
            [
                IdCard,
                DegreeCertificate,
                TitleCertificate,
                Contract,
                SocialInsurance,
                PurchaseContract,
                Recognition
            ]
        );
        assert!(checklist([BenefitId::PlatformNational]).is_empty(), "an enterprise award lists none");
    }

    #[test]
    fn every_document_is_asked_for_by_some_benefit() {
        let all = checklist(BenefitId::ALL.iter().copied());
        for d in Document::ALL {
            assert!(all.contains(d), "{}", d.as_str());
        }
    }
}
