//! Site keys: a built-in site id, or an origin the user added (a self-hosted Mastodon, say).
//!
//! Origins are normalized to what `location.origin` reports in the browser: lowercase scheme and
//! host, no default port, no trailing slash. Only `https` is accepted, except loopback over
//! `http` (`http://localhost`, `http://127.0.0.1`) so fixture servers in end-to-end tests work.
//! Non-ASCII hosts are refused rather than converted: the browser reports them in punycode.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest site key accepted anywhere (settings, stats); keeps storage bounded.
pub const MAX_SITE_KEY_LEN: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Site {
    X,
    Bluesky,
    Mastodon,
    Linkedin,
    Threads,
    Facebook,
    Reddit,
}

impl Site {
    pub const ALL: [Site; 7] =
        [Site::X, Site::Bluesky, Site::Mastodon, Site::Linkedin, Site::Threads, Site::Facebook, Site::Reddit];

    pub fn id(self) -> &'static str {
        match self {
            Site::X => "x",
            Site::Bluesky => "bluesky",
            Site::Mastodon => "mastodon",
            Site::Linkedin => "linkedin",
            Site::Threads => "threads",
            Site::Facebook => "facebook",
            Site::Reddit => "reddit",
        }
    }

    pub fn from_id(id: &str) -> Option<Site> {
        Site::ALL.into_iter().find(|s| s.id() == id)
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SiteKey {
    Builtin(Site),
    /// Normalized origin, e.g. `https://fosstodon.org`.
    Origin(String),
}

impl SiteKey {
    /// A built-in id (exact, lowercase) or an origin in any spelling that normalizes.
    pub fn parse(raw: &str) -> Result<SiteKey, OriginError> {
        match Site::from_id(raw) {
            Some(site) => Ok(SiteKey::Builtin(site)),
            None if !has_scheme(raw) => Err(OriginError::UnknownSite(shorten(raw))),
            None => normalize_origin(raw).map(SiteKey::Origin),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            SiteKey::Builtin(site) => site.id(),
            SiteKey::Origin(origin) => origin,
        }
    }

    pub fn is_origin(&self) -> bool {
        matches!(self, SiteKey::Origin(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OriginError {
    UnknownSite(String),
    TooLong,
    NotHttps,
    HasPath,
    HasUserInfo,
    EmptyHost,
    NonAsciiHost,
    BadHost(String),
    BadPort(String),
}

impl fmt::Display for OriginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OriginError::UnknownSite(s) => write!(
                f,
                "\"{s}\" is not a known site; use one of x, bluesky, mastodon, linkedin, threads, facebook, reddit, or an origin like https://example.social"
            ),
            OriginError::TooLong => write!(f, "the address is longer than {MAX_SITE_KEY_LEN} characters"),
            OriginError::NotHttps => f.write_str("the address must start with https://"),
            OriginError::HasPath => {
                f.write_str("enter only the site's origin, like https://example.social, without a path, query or #fragment")
            }
            OriginError::HasUserInfo => f.write_str("the address must not contain a user name or password"),
            OriginError::EmptyHost => f.write_str("the address has no host name"),
            OriginError::NonAsciiHost => {
                f.write_str("the host name has non-ASCII characters; use its punycode form (xn--...)")
            }
            OriginError::BadHost(h) => write!(f, "\"{h}\" is not a valid host name"),
            OriginError::BadPort(p) => write!(f, "\"{p}\" is not a valid port"),
        }
    }
}

impl std::error::Error for OriginError {}

pub(super) fn has_scheme(s: &str) -> bool {
    s.contains("://")
}

/// Normalizes a user-typed origin. Accepts surrounding spaces and one trailing slash.
pub fn normalize_origin(raw: &str) -> Result<String, OriginError> {
    let trimmed = raw.trim();
    if trimmed.len() > MAX_SITE_KEY_LEN {
        return Err(OriginError::TooLong);
    }
    let (scheme, rest) = trimmed.split_once("://").ok_or(OriginError::NotHttps)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(OriginError::NotHttps);
    }
    if rest.contains(['/', '?', '#', '\\']) {
        return Err(OriginError::HasPath);
    }
    if rest.contains('@') {
        return Err(OriginError::HasUserInfo);
    }
    if !rest.is_ascii() {
        return Err(OriginError::NonAsciiHost);
    }
    let rest = rest.to_ascii_lowercase();
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest.as_str(), None),
    };
    if host.is_empty() {
        return Err(OriginError::EmptyHost);
    }
    if !valid_host(host) {
        return Err(OriginError::BadHost(shorten(host)));
    }
    let loopback = host == "localhost" || host == "127.0.0.1";
    if scheme == "http" && !loopback {
        return Err(OriginError::NotHttps);
    }
    let default_port = if scheme == "https" { 443 } else { 80 };
    match port.map(|p| parse_port(p).ok_or_else(|| OriginError::BadPort(shorten(p)))).transpose()? {
        Some(p) if p != default_port => Ok(format!("{scheme}://{host}:{p}")),
        _ => Ok(format!("{scheme}://{host}")),
    }
}

fn parse_port(p: &str) -> Option<u16> {
    if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse::<u16>().ok().filter(|&n| n > 0)
}

/// DNS-style host: dot-separated labels of letters, digits and inner hyphens. IPv6 literals are
/// refused (no instance is reached that way and brackets complicate every later comparison).
fn valid_host(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Keeps error messages readable when the input is huge; any valid site key fits whole.
pub(super) fn shorten(s: &str) -> String {
    if s.chars().count() <= MAX_SITE_KEY_LEN {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX_SITE_KEY_LEN - 3).collect();
        format!("{head}...")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ids_round_trip() {
        for site in Site::ALL {
            assert_eq!(Site::from_id(site.id()), Some(site));
            assert_eq!(SiteKey::parse(site.id()), Ok(SiteKey::Builtin(site)));
            assert_eq!(serde_json::to_value(site).unwrap(), site.id());
        }
        assert_eq!(Site::from_id("X"), None);
    }

    #[test]
    fn normalizes_origins() {
        let ok = [
            ("https://fosstodon.org", "https://fosstodon.org"),
            ("  HTTPS://Fosstodon.ORG/ ", "https://fosstodon.org"),
            ("https://fosstodon.org:443", "https://fosstodon.org"),
            ("https://social.example:8443", "https://social.example:8443"),
            ("http://localhost:8080", "http://localhost:8080"),
            ("http://127.0.0.1", "http://127.0.0.1"),
            ("https://xn--80ak6aa92e.com", "https://xn--80ak6aa92e.com"),
        ];
        for (raw, want) in ok {
            assert_eq!(normalize_origin(raw).as_deref(), Ok(want), "{raw}");
        }
    }

    #[test]
    fn rejects_bad_origins_with_reasons() {
        let bad = [
            ("http://fosstodon.org", OriginError::NotHttps),
            ("fosstodon.org", OriginError::NotHttps),
            ("ftp://fosstodon.org", OriginError::NotHttps),
            ("https://fosstodon.org/@me", OriginError::HasPath),
            ("https://fosstodon.org?x=1", OriginError::HasPath),
            ("https://fosstodon.org#top", OriginError::HasPath),
            ("https://me@fosstodon.org", OriginError::HasUserInfo),
            ("https://", OriginError::EmptyHost),
            ("https://fösstodon.org", OriginError::NonAsciiHost),
            ("https://foss_todon.org", OriginError::BadHost("foss_todon.org".into())),
            ("https://-a.org", OriginError::BadHost("-a.org".into())),
            ("https://a..org", OriginError::BadHost("a..org".into())),
            ("https://a.org:0", OriginError::BadPort("0".into())),
            ("https://a.org:99999", OriginError::BadPort("99999".into())),
            ("https://a.org:", OriginError::BadPort("".into())),
            ("https://[::1]", OriginError::BadHost("[:".into())),
        ];
        for (raw, want) in bad {
            assert_eq!(normalize_origin(raw), Err(want), "{raw}");
        }
        let long = format!("https://{}.org", "a".repeat(100));
        assert_eq!(normalize_origin(&long), Err(OriginError::TooLong));
    }

    #[test]
    fn unknown_ids_are_not_origins() {
        assert!(matches!(SiteKey::parse("myspace"), Err(OriginError::UnknownSite(_))));
        assert!(SiteKey::parse("https://Mastodon.Social").unwrap().is_origin());
        let msg = SiteKey::parse(&"z".repeat(500)).unwrap_err().to_string();
        assert!(msg.len() < 300, "{msg}");
    }
}
