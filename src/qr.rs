//! The share link as a QR code, drawn as one SVG path.

use qrcodegen::{QrCode, QrCodeEcc};

/// An SVG document, or `None` if the text is too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
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
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {dim} {dim}\" shape-rendering=\"crispEdges\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_a_square_code() {
        let svg = super::svg("https://example.invalid/#t1.abc.00000000").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("viewBox=\"0 0 33 33\""), "{svg}");
    }
}
