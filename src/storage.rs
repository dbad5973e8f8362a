//! The draft in localStorage, in the share-link code. Storage may be missing
//! (private windows, embedding with storage blocked) or hold a draft that
//! cannot be read: each gives its notice and the app works on without it.

use crate::answers::Answers;
use crate::share::{self, LinkError};

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

/// The answers of a saved draft.
fn read(draft: &str) -> Result<Answers, StorageNotice> {
    match share::decode(draft) {
        Some(Ok(a)) => Ok(a),
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
        Ok(Some(text)) => read(&text).map(Some).inspect_err(|_| {
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

    #[test]
    fn a_draft_reads_back_or_says_why_not() {
        let a = Answers { birth_date: "1992-04-15".into(), ..Answers::default() };
        assert_eq!(read(&share::encode(&a)), Ok(a));
        assert_eq!(read("t1.AAo.1234abcd"), Err(StorageNotice::OtherVersion), "the earlier format");
        assert_eq!(
            read("t3.birth-date=1992-04-15.00000000"),
            Err(StorageNotice::OtherVersion),
            "a later one"
        );
        assert_eq!(
            read("t2.birth-date=1992-04-15.00000000"),
            Err(StorageNotice::Corrupted),
            "a wrong checksum"
        );
        assert_eq!(read("{\"birth_date\":\"1992-04-15\"}"), Err(StorageNotice::Corrupted));
    }
}
