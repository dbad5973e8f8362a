//! What to do after the result, written off the page by a worker of its own
//! (`worker`, `src/bin/next-steps-worker.rs`) so that no page's first load
//! carries it: one checklist of the documents for everything that applies,
//! the way to each office (`contacts` for the addresses a deployer
//! supplies), the person's dates as an iCalendar file, and the review code
//! ("this result looks wrong?", `talent_rules::review_bundle`) with the help
//! desk's view of one (`render`), and what only the printout shows
//! (`printout`). The page keeps only a small `client`,
//! which hands the messages to a script loaded with the first of them
//! (`public/workers.js`).
//!
//! Messages, page → worker: one string, `{kind}\n{lang}\n{kiosk}\n{page}\n{text}`
//! (`Asked`): `next` with the share link's payload of the answers, or `desk`
//! with a review code (or a link ending in one); `kiosk` is `kiosk` or empty;
//! `page` is the address a review link starts with. worker → page: `ready`
//! once it listens, then for each message an object `{asked, html, ics}`,
//! `asked` being the message it answers, with the next steps also `note`,
//! the note above the result when it follows a version of the policy not in
//! force today (`view::policy_version`), and `summary`, `qr` and `table`, the
//! printout's answers, code figure and benefits table (`printout`).

pub mod client;
pub mod contacts;
pub mod printout;
pub mod render;
pub mod worker;

use crate::i18n::Lang;

/// What the page asks the worker.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked<'a> {
    pub kind: Kind,
    pub lang: Lang,
    /// On a fair's shared tablet (`?kiosk`): nothing is downloaded there.
    pub kiosk: bool,
    /// This page's address, which a review link starts with.
    pub page: &'a str,
    /// The answers as a share link's payload (`t3.…`), or a review code.
    pub text: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// The next steps of the answers in `text`.
    Next,
    /// The help desk's review of the code in `text`.
    Desk,
}

impl Asked<'_> {
    pub fn write(&self) -> String {
        let kind = match self.kind {
            Kind::Next => "next",
            Kind::Desk => "desk",
        };
        let kiosk = if self.kiosk { "kiosk" } else { "" };
        format!("{kind}\n{}\n{kiosk}\n{}\n{}", self.lang.code(), self.page, self.text)
    }

    /// The message read back; the text, last, may hold line breaks (a code
    /// pasted from an e-mail).
    pub fn read(message: &str) -> Option<Asked<'_>> {
        let mut parts = message.splitn(5, '\n');
        let kind = match parts.next()? {
            "next" => Kind::Next,
            "desk" => Kind::Desk,
            _ => return None,
        };
        let lang = Lang::from_code(parts.next()?)?;
        let kiosk = parts.next()? == "kiosk";
        Some(Asked { kind, lang, kiosk, page: parts.next()?, text: parts.next()? })
    }
}

/// The worker's first message (`public/workers.js` knows it too): it listens from then on.
pub(crate) const READY: &str = "ready";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_reads_back_with_a_text_of_several_lines() {
        let asked = Asked {
            kind: Kind::Desk,
            lang: Lang::En,
            kiosk: true,
            page: "https://example.invalid/rencai/?lang=en",
            text: "r1.abc\ndef.0123abcd\n",
        };
        assert_eq!(Asked::read(&asked.write()), Some(asked));
        let next = Asked { kind: Kind::Next, lang: Lang::Zh, kiosk: false, page: "", text: "t2.x.0" };
        assert_eq!(Asked::read(&next.write()), Some(next));
        assert_eq!(Asked::read(READY), None);
        assert_eq!(Asked::read("other\nzh-CN\n\n\nx"), None);
    }
}
