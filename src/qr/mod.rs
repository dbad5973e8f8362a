//! The share link as a QR code, drawn as one SVG path: in a worker of its
//! own (`worker`, `client`), so no page's first load carries the encoder.

use qrcodegen::{QrCode, QrCodeEcc};

pub mod client;
pub mod worker;

/// Markup drawn here, the only kind `Html::raw` takes: its field is private,
/// so no other module can pass text off as markup.
pub struct Markup(String);

impl Markup {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An SVG document, or `None` if the text is too long for any QR code.
pub fn svg(text: &str) -> Option<Markup> {
    // Byte mode only: a URL is mixed-case, so the text analysis of `encode_text`
    // would choose it anyway, and without it the download carries no other modes.
    let qr = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let border = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let dim = size + 2 * border;
    Some(Markup(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {dim} {dim}\" shape-rendering=\"crispEdges\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )))
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_a_square_code_with_a_quiet_zone() {
        let markup = super::svg("https://example.invalid/#t2.degree=doctorate.00000000").unwrap();
        let svg = markup.as_str();
        let view_box = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
        let dims: Vec<u32> =
            view_box.split('"').next().unwrap().split(' ').map(|n| n.parse().unwrap()).collect();
        assert_eq!(dims[0], dims[1]);
        assert_eq!((dims[0] - 8 - 17) % 4, 0, "a QR code is 17 + 4·version modules wide, plus the border");
        assert!(svg.contains("M4,4h1v1h-1z"), "the finder pattern starts inside the quiet zone");
    }

    #[test]
    fn too_long_a_text_gives_none() {
        assert!(super::svg(&"x".repeat(5000)).is_none());
    }
}
