//! Files in and out: an uploaded file's name as it is kept, and the
//! `Content-Disposition` of a download.

/// The most characters of an uploaded file's name that are kept.
pub(crate) const MAX_FILE_NAME_CHARS: usize = 200;

/// An uploaded file's name as it is kept: its last path segment (a browser
/// may send a whole path), without control characters or `"` (so that it
/// can stand in a header), at most [`MAX_FILE_NAME_CHARS`] characters,
/// trimmed; `None` when nothing is left.
pub(crate) fn clean_file_name(raw: Option<&str>) -> Option<String> {
    let name: String = raw
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(MAX_FILE_NAME_CHARS)
        .collect();
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_owned())
}

/// `Content-Disposition` for a download of this name: always an attachment
/// (nothing downloaded runs in the page), with an ASCII name for old
/// clients (letters, digits and `.-_`, anything else `_`) and the name
/// itself in UTF-8 (RFC 6266).
pub(crate) fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = crate::kit::redirect::segment(name);
    if encoded == ascii {
        format!("attachment; filename=\"{ascii}\"")
    } else {
        format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
    }
}

/// A download: the bytes, their type, and [`attachment`] with this name.
pub(crate) fn download(
    content_type: &str,
    name: &str,
    body: impl axum::response::IntoResponse,
) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, attachment(name)),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uploaded_name_keeps_its_last_segment_without_quotes_or_controls() {
        let clean = |raw: &str| clean_file_name(Some(raw));
        assert_eq!(
            clean("C:\\Users\\maija\\palkat 2026.xlsx").as_deref(),
            Some("palkat 2026.xlsx")
        );
        assert_eq!(clean("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(clean("a\"b\r\n.csv").as_deref(), Some("ab.csv"));
        assert_eq!(clean("  \u{7} ").as_deref(), None);
        assert_eq!(clean_file_name(None), None);
        assert_eq!(
            clean(&"x".repeat(500)).map(|n| n.chars().count()),
            Some(200)
        );
    }

    #[test]
    fn a_download_is_an_attachment_with_an_ascii_and_a_utf8_name() {
        assert_eq!(
            attachment("measures.csv"),
            "attachment; filename=\"measures.csv\""
        );
        assert_eq!(
            attachment("Åbo plan.pdf"),
            "attachment; filename=\"_bo_plan.pdf\"; filename*=UTF-8''%C3%85bo%20plan.pdf"
        );
        let header = attachment("x\"; filename=evil.exe");
        assert!(header.starts_with("attachment; filename=\"x__"), "{header}");
        assert!(!header.contains("filename=evil"), "{header}");
    }
}
