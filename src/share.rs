//! Share links: the answers in the URL fragment (never sent to a server),
//! as `#t1.<base64url postcard bytes>.<crc32>`. `t1` stamps the link format and
//! the policy (17号); the checksum catches damaged or altered links. The saved
//! draft uses the same code.

use crate::answers::Answers;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};

/// Format 1, for 师市党办发〔2025〕17号. A new policy or format gets a new stamp.
pub const STAMP: &str = "t1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Another format or policy version (an old or newer link).
    OtherVersion,
    /// Cut short, mistyped or altered.
    Damaged,
}

impl LinkError {
    pub fn key(self) -> &'static str {
        match self {
            LinkError::OtherVersion => "share.error.version",
            LinkError::Damaged => "share.error.damaged",
        }
    }
}

/// CRC-32 (the zip/PNG one), computed bit by bit: a lookup table would add
/// kilobytes of incompressible data to the download for a few dozen bytes hashed.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

fn checksum(payload: &str) -> String {
    format!("{:08x}", CRC32.checksum(payload.as_bytes()))
}

pub fn encode(answers: &Answers) -> String {
    let bytes = postcard::to_allocvec(answers).unwrap_or_default();
    let payload = URL_SAFE_NO_PAD.encode(bytes);
    let check = checksum(&payload);
    format!("{STAMP}.{payload}.{check}")
}

/// `fragment` with or without the leading `#`. `None`: not a share link at
/// all (an in-page anchor such as `#result`, or nothing).
pub fn decode(fragment: &str) -> Option<Result<Answers, LinkError>> {
    let fragment = fragment.trim_start_matches('#');
    let mut parts = fragment.split('.');
    let stamp = parts.next()?;
    let (payload, check) = (parts.next(), parts.next());
    let is_stamp = stamp.len() > 1 && stamp.starts_with('t') && stamp[1..].bytes().all(|b| b.is_ascii_digit());
    if !is_stamp || payload.is_none() {
        return None;
    }
    if stamp != STAMP {
        return Some(Err(LinkError::OtherVersion));
    }
    let (Some(payload), Some(check), None) = (payload, check, parts.next()) else {
        return Some(Err(LinkError::Damaged));
    };
    if checksum(payload) != check {
        return Some(Err(LinkError::Damaged));
    }
    let answers = URL_SAFE_NO_PAD
        .decode(payload)
        .ok()
        .and_then(|bytes| match postcard::take_from_bytes::<Answers>(&bytes) {
            Ok((a, [])) => Some(a),
            _ => None,
        })
        .ok_or(LinkError::Damaged);
    Some(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::Degree;

    fn sample() -> Answers {
        Answers { birth_date: "1992-04-15".into(), degree: Degree::Doctorate, purchase_price: "35万".into(), ..Answers::default() }
    }

    #[test]
    fn round_trips_and_stays_short() {
        let link = encode(&sample());
        assert!(link.starts_with("t1.") && link.len() < 100, "{link}");
        assert_eq!(decode(&link), Some(Ok(sample())));
        assert_eq!(decode(&format!("#{link}")), Some(Ok(sample())));
    }

    #[test]
    fn damage_and_tampering_are_caught() {
        let link = encode(&sample());
        let mut bytes = link.clone().into_bytes();
        bytes[5] = if bytes[5] == b'A' { b'B' } else { b'A' };
        assert_eq!(decode(&String::from_utf8(bytes).unwrap()), Some(Err(LinkError::Damaged)));
        assert_eq!(decode(&link[..link.len() - 3]), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("t0.abc.00000000"), Some(Err(LinkError::OtherVersion)));
        assert_eq!(decode("t1.abc"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("t1.abc.00000000.x"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode(""), None);
        assert_eq!(decode("#result"), None, "an in-page anchor is not a link");
        assert_eq!(decode("top"), None);
        // A valid checksum over bytes that are not a set of answers.
        let payload = URL_SAFE_NO_PAD.encode([0x0a, 0xff, 0xff]);
        let forged = format!("t1.{payload}.{}", checksum(&payload));
        assert_eq!(decode(&forged), Some(Err(LinkError::Damaged)));
    }

    #[test]
    fn checksum_is_the_standard_crc32() {
        // The check value of CRC-32/ISO-HDLC, so links made earlier stay valid.
        assert_eq!(checksum("123456789"), "cbf43926");
    }
}
