//! The draft in localStorage, in the share-link code. Storage may be missing
//! (private windows, embedding with storage blocked) or hold something
//! unreadable: both give a notice and the app works on without it.

use crate::answers::Answers;
use crate::share;

const KEY: &str = "talent-check.draft.v1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    Corrupted,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Result<Option<Answers>, StorageNotice> {
    let s = storage().ok_or(StorageNotice::Unavailable)?;
    match s.get_item(KEY) {
        Err(_) => Err(StorageNotice::Unavailable),
        Ok(None) => Ok(None),
        Ok(Some(text)) => match share::decode(&text) {
            Some(Ok(a)) => Ok(Some(a)),
            _ => {
                let _ = s.remove_item(KEY);
                Err(StorageNotice::Corrupted)
            }
        },
    }
}

pub fn save(answers: &Answers) -> Result<(), StorageNotice> {
    let s = storage().ok_or(StorageNotice::Unavailable)?;
    s.set_item(KEY, &share::encode(answers)).map_err(|_| StorageNotice::Unavailable)
}

pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

const LANG_KEY: &str = "talent-check.lang";

pub fn load_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn save_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}
