//! The draft in localStorage, in the share-link code: a draft saved under a
//! version of the policy no longer in force opens as of the day it was saved
//! (`share::Link::answers_on`). Storage may be missing (private windows,
//! embedding with storage blocked) or hold a draft that cannot be read: each
//! gives its notice and the app works on without it.

use crate::answers::Answers;
use crate::share::{self, Link, LinkError};
use talent_rules::policy;

const KEY: &str = "talent-check.draft.v1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    /// Saved by another version of the app, in a format this one cannot read.
    OtherVersion,
    Corrupted,
}

impl StorageNotice {
    pub fn key(self) -> &'static str {
        match self {
            StorageNotice::Unavailable => "storage.unavailable",
            StorageNotice::OtherVersion => "storage.other_version",
            StorageNotice::Corrupted => "storage.corrupted",
        }
    }
}

/// A saved draft: its answers and the day it was saved.
fn read(draft: &str) -> Result<Link, StorageNotice> {
    match share::read(draft) {
        Some(Ok(draft)) => Ok(draft),
        Some(Err(LinkError::OtherVersion)) => Err(StorageNotice::OtherVersion),
        Some(Err(LinkError::Damaged)) | None => Err(StorageNotice::Corrupted),
    }
}

/// This origin's localStorage; None where the browser withholds it (a
/// cross-origin frame, some private windows, kiosk mode's boot.js).
pub(crate) fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Result<Option<Answers>, StorageNotice> {
    let s = local().ok_or(StorageNotice::Unavailable)?;
    match s.get_item(KEY) {
        Err(_) => Err(StorageNotice::Unavailable),
        Ok(None) => Ok(None),
        Ok(Some(text)) => read(&text)
            .map(|draft| Some(draft.answers_on(policy::versions(), crate::clock::today)))
            .inspect_err(|_| {
                let _ = s.remove_item(KEY);
            }),
    }
}

pub fn save(answers: &Answers) -> Result<(), StorageNotice> {
    let s = local().ok_or(StorageNotice::Unavailable)?;
    s.set_item(KEY, &share::encode(answers)).map_err(|_| StorageNotice::Unavailable)
}

pub fn clear() {
    if let Some(s) = local() {
        let _ = s.remove_item(KEY);
    }
}

const LANG_KEY: &str = "talent-check.lang";

pub fn load_lang() -> Option<String> {
    local()?.get_item(LANG_KEY).ok().flatten()
}

pub fn save_lang(code: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::dates::Date;

    #[test]
    fn a_draft_reads_back_or_says_why_not() {
        let a = Answers { birth_date: "1992-04-15".into(), ..Answers::default() };
        let made = Date::parse("2026-12-06");
        assert_eq!(read(&share::encode_on(&a, made.unwrap())), Ok(Link { answers: a.clone(), made }));
        assert_eq!(
            read("t2.birth-date=1992-04-15.c14585dd"),
            Ok(Link { answers: a, made: None }),
            "a draft saved before drafts said the day"
        );
        assert_eq!(read("t1.AAo.1234abcd"), Err(StorageNotice::OtherVersion), "the first format");
        assert_eq!(
            read("t4.birth-date=1992-04-15.00000000"),
            Err(StorageNotice::OtherVersion),
            "a later one"
        );
        assert_eq!(
            read("t3.made=2026-12-06&birth-date=1992-04-15.00000000"),
            Err(StorageNotice::Corrupted),
            "a wrong checksum"
        );
        assert_eq!(read("{\"birth_date\":\"1992-04-15\"}"), Err(StorageNotice::Corrupted));
    }

    /// A draft saved before a revision of the policy, opened after it: as
    /// of the day it was saved, under the version then in force.
    #[test]
    fn a_draft_saved_under_an_earlier_version_keeps_it() {
        let day = |text| Date::parse(text).unwrap();
        let saved = share::encode_on(&share::tests::phd(), day("2026-12-31"));
        let versions = share::tests::revised();
        let today = day("2027-06-01");
        let answers = read(&saved).unwrap().answers_on(&versions, || today);
        assert_eq!(answers.assessment_date, "2026-12-31");
        let result = answers.evaluate_in(&versions, today).result.unwrap();
        assert_eq!(result.policy_version, "2025-trial");
    }
}
