//! Where a response may send a person next. Every redirect whose target
//! comes from the request (`next` after signing in or switching the
//! language) goes through [`local_path_or`], which lets through only a path
//! on this site; values put into a redirect's address are percent-encoded
//! ([`segment`], [`query`]) rather than pasted in; and [`to`] never fails on
//! a target a header cannot carry.

use std::borrow::Cow;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The longest target accepted, in bytes (browsers and proxies cut long
/// addresses; no page of Jämlik has one this long).
pub(crate) const MAX_TARGET: usize = 2048;

/// How many times a target is percent-decoded when looked at: a server or
/// proxy on the way may decode once more than the browser does.
const DECODE_ROUNDS: usize = 3;

/// Whether `target` is a path on this site and nothing else: it starts with
/// one `/`, is printable ASCII without spaces, holds no backslash and no
/// `//`, and no percent-decoding of it (up to [`DECODE_ROUNDS`] times) brings
/// a control character, a backslash or a leading `//` to light. Browsers
/// drop tabs and line breaks from addresses and read `\` as `/`, so
/// `/\t/evil.example` and `/\evil.example` would leave the site.
pub(crate) fn is_local_path(target: &str) -> bool {
    if target.len() > MAX_TARGET || !target.starts_with('/') {
        return false;
    }
    if !target.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') || target.contains("//") {
        return false;
    }
    let mut text: Cow<'_, str> = Cow::Borrowed(target);
    for _ in 0..DECODE_ROUNDS {
        let decoded: Vec<u8> = percent_decode_str(&text).collect();
        if decoded.iter().any(|&b| b < 0x20 || b == 0x7f || b == b'\\')
            || decoded.starts_with(b"//")
        {
            return false;
        }
        if decoded == text.as_bytes() {
            break;
        }
        text = Cow::Owned(String::from_utf8_lossy(&decoded).into_owned());
    }
    true
}

/// `target` when it is a path on this site ([`is_local_path`]), else `fallback`.
pub(crate) fn local_path_or(target: Option<&str>, fallback: &str) -> String {
    match target {
        Some(path) if is_local_path(path) => path.to_owned(),
        _ => fallback.to_owned(),
    }
}

/// What a path segment may hold unencoded: letters, digits and `-._~`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What a path kept readable in a query value may hold unencoded: as a
/// segment, and `/`.
const QUERY_PATH: &AsciiSet = &SEGMENT.remove(b'/');

/// A path percent-encoded to stand as a query value (`/sign-in?next=…`):
/// every byte but letters, digits, `-._~` and `/` is encoded, so it cannot
/// end the value, add a parameter or a fragment, or break the line.
pub(crate) fn query_value(value: &str) -> String {
    utf8_percent_encode(value, QUERY_PATH).to_string()
}

/// A value percent-encoded to stand as one segment of a path.
pub(crate) fn segment(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// Name–value pairs as a query string (`a=1&b=x%26y`), each encoded, so a
/// value cannot add parameters, a fragment or a line to the address.
pub(crate) fn query(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&utf8_percent_encode(name, SEGMENT).to_string());
        out.push('=');
        out.push_str(&utf8_percent_encode(value, SEGMENT).to_string());
    }
    out
}

/// A `303 See Other` to a path on this site. A target that is not one (which
/// would be a bug: callers pass a checked or encoded path) goes to the start
/// page instead of failing the request.
pub(crate) fn to(target: &str) -> Response {
    let target = if is_local_path(target) { target } else { "/" };
    let location = HeaderValue::from_str(target).unwrap_or(HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_paths_pass() {
        for path in [
            "/",
            "/home",
            "/orgs/0193/plans?notice=plan-created#versions",
            "/sign-in?next=%2Forgs%2F1",
            "/orgs/%C3%A5bo",
        ] {
            assert!(is_local_path(path), "{path}");
            assert_eq!(local_path_or(Some(path), "/home"), path);
        }
    }

    #[test]
    fn the_classic_bypasses_fall_back() {
        let long = format!("/{}", "a".repeat(MAX_TARGET));
        let bypasses = [
            "",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%2509/evil.example",
            "/%2f%2fevil.example",
            "/%2F/evil.example",
            "/%5cevil.example",
            "/%5Cevil.example",
            "https://evil.example",
            "http:/evil.example",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "evil.example",
            "/\r\n/evil.example",
            "/x\r\nSet-Cookie: a=b",
            "/x%0d%0aSet-Cookie:%20a=b",
            "/x\nLocation: //evil.example",
            "/x\0",
            "/x\u{7f}",
            "/x y",
            "/\u{3000}/evil.example",
            "/ä",
            "/a//b",
            long.as_str(),
        ];
        for bypass in bypasses {
            assert!(!is_local_path(bypass), "{bypass:?}");
            assert_eq!(local_path_or(Some(bypass), "/home"), "/home", "{bypass:?}");
        }
        assert_eq!(local_path_or(None, "/home"), "/home");
    }

    #[test]
    fn values_are_encoded_not_pasted() {
        assert_eq!(
            query(&[("perspective", "x&notice=plan-approved#"), ("n", "a\r\nb")]),
            "perspective=x%26notice%3Dplan-approved%23&n=a%0D%0Ab"
        );
        assert_eq!(segment("a/b?c"), "a%2Fb%3Fc");
        assert_eq!(segment("service-provider"), "service-provider");
        assert_eq!(
            query_value("/orgs/1/plans?a=b&c=d#e f\r\nä"),
            "/orgs/1/plans%3Fa%3Db%26c%3Dd%23e%20f%0D%0A%C3%A4"
        );
    }

    #[test]
    fn a_redirect_never_leaves_the_site() {
        let local = to("/orgs/1?notice=x#y");
        assert_eq!(local.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            local.headers().get(header::LOCATION).map(|v| v.as_bytes()),
            Some(&b"/orgs/1?notice=x#y"[..])
        );
        for bad in ["/x\r\nSet-Cookie: a=b", "//evil.example", "/\t/x"] {
            let response = to(bad);
            assert_eq!(
                response
                    .headers()
                    .get(header::LOCATION)
                    .map(|v| v.as_bytes()),
                Some(&b"/"[..])
            );
        }
    }
}
