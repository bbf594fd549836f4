//! Recognizes links in the forms people paste: with a scheme, starting with `www.`, or bare
//! shortener and news domains (`bit.ly/3xYz`, `nytimes.com`). A hand-written check instead of a
//! regex: it runs once per whitespace-separated chunk and reads each byte at most twice.

/// Top-level domains that count as a link even without a path. With a path (`x.yz/abc`) any
/// two-to-six letter ending counts; without one, "e.g." or "node.js" should stay words.
const BARE_TLDS: &[&str] = &[
    "app", "be", "br", "ca", "co", "com", "de", "dev", "edu", "es", "eu", "fr", "gd", "gl", "gov",
    "in", "info", "io", "it", "ly", "me", "mx", "net", "news", "nl", "org", "pt", "ru", "social",
    "tv", "uk", "us",
];

/// Byte length of the link at the start of `chunk` (a piece of text with no whitespace), or
/// `None`. Trailing sentence punctuation and closing brackets are left out of the link.
pub fn link_len(chunk: &str) -> Option<usize> {
    let lower_starts = |p: &str| {
        chunk.len() >= p.len() && chunk.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    let explicit = lower_starts("https://") || lower_starts("http://") || lower_starts("www.");
    // Every bare domain has a dot; most chunks are plain words and stop here.
    if !explicit && (!chunk.as_bytes().contains(&b'.') || !bare_domain(chunk)) {
        return None;
    }
    let trimmed = chunk.trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '»', '"', '\'', '”', '…',
    ]);
    // "https://" alone is not a link yet; someone is typing one.
    let min = if explicit { 9 } else { 4 };
    (trimmed.len() >= min).then_some(trimmed.len())
}

/// `label.label.tld` optionally followed by `/path`: ASCII letters, digits and hyphens only.
fn bare_domain(chunk: &str) -> bool {
    let host_end = chunk.find('/').unwrap_or(chunk.len());
    let has_path = host_end < chunk.len() && chunk.len() > host_end + 1;
    let host = chunk[..host_end].trim_end_matches(['.', ',', ')', '!', '?', ':', ';']);
    let Some(dot) = host.rfind('.') else {
        return false;
    };
    let (name, tld) = (&host[..dot], &host[dot + 1..]);
    let label_ok =
        |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !name.split('.').all(label_ok) || !name.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    if !(2..=6).contains(&tld.len()) || !tld.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    has_path || BARE_TLDS.binary_search(&tld).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_tlds_are_sorted_for_binary_search() {
        assert!(BARE_TLDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn finds_links_people_paste() {
        assert_eq!(link_len("https://example.com/a?b=c"), Some(25));
        assert_eq!(link_len("HTTP://EXAMPLE.COM"), Some(18));
        assert_eq!(link_len("www.bbc.co.uk/news."), Some(18));
        assert_eq!(link_len("bit.ly/3xYz"), Some(11));
        assert_eq!(link_len("nytimes.com"), Some(11));
        assert_eq!(link_len("(see"), None);
    }

    #[test]
    fn leaves_words_with_dots_alone() {
        for word in [
            "e.g.", "i.e.", "U.S.", "node.js", "3.5", "etc.", "Mr.Smith", "https://",
        ] {
            assert_eq!(link_len(word), None, "{word}");
        }
    }

    #[test]
    fn strips_trailing_punctuation() {
        assert_eq!(link_len("https://a.io/x)."), Some(14));
        assert_eq!(link_len("example.org!"), Some(11));
    }
}
