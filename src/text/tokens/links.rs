//! URLs, bare domains, e-mail addresses, hashtags and @handles.
//!
//! Each is one token, so the dots inside them are never taken for sentence ends
//! and the entity tagger never sees "novayagazeta" and "eu" as two words.

use super::chars::{char_at, char_before, is_word_char};
use crate::text::span::is_blank;

/// Top-level domains that bare domains in news text end with ("CBC.ca",
/// "novayagazeta.eu"). English words that are also TLDs ("is", "in", "it", "to",
/// "me", "no", "at") are left out so that "end.it" is not mistaken for a domain.
const TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca",
    "au", "nz", "ie", "de", "fr", "es", "pt", "nl", "se", "dk", "fi", "pl", "cz", "sk", "hu", "ro",
    "bg", "gr", "ru", "ua", "by", "kz", "ge", "am", "az", "lt", "lv", "ee", "md", "rs", "hr", "si",
    "ba", "mk", "ch", "eu", "jp", "cn", "kr", "tw", "hk", "sg", "br", "mx", "ar", "cl", "za", "ng",
    "ke", "il", "tr", "ir", "pk", "ly", "tv", "fm", "ai", "app", "dev", "news", "media", "online",
    "site",
];

/// The end of a URL starting at `i` with a scheme or "www.", if one does.
pub fn url_at(s: &str, i: usize) -> Option<usize> {
    let rest = s.get(i..)?;
    // Every prefix starts with h, f or w in either case: other tokens need
    // no comparison.
    if !matches!(rest.as_bytes().first()? | 0x20, b'h' | b'f' | b'w') {
        return None;
    }
    let prefix = ["https://", "http://", "ftp://", "www."]
        .into_iter()
        .find(|p| {
            rest.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        })?;
    let body = i + prefix.len();
    char_at(s, body).filter(|&c| is_word_char(c))?;
    Some(url_tail(s, body))
}

/// Extends a URL from `j` over its path, dropping trailing punctuation that
/// belongs to the sentence ("see https://x.org/a)." keeps neither ")" nor ".").
pub fn url_tail(s: &str, j: usize) -> usize {
    let mut end = j;
    let (mut open, mut close) = (0usize, 0usize);
    for (k, c) in s[j..].char_indices() {
        if is_blank(c) || matches!(c, '<' | '>' | '"' | '“' | '”' | '‘' | '’' | '«' | '»')
        {
            break;
        }
        open += usize::from(c == '(');
        close += usize::from(c == ')');
        end = j + k + c.len_utf8();
    }
    while let Some(c) = char_before(s, end).filter(|_| end > j) {
        let trailing = matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | ']' | '}' | '…'
        ) || (c == ')' && close > open);
        if !trailing {
            break;
        }
        close -= usize::from(c == ')');
        end -= c.len_utf8();
    }
    end
}

/// Whether a word run is an e-mail address: `local@domain.tld`.
pub fn is_email(run: &str) -> bool {
    let Some((local, domain)) = run.split_once('@') else {
        return false;
    };
    !local.is_empty() && !domain.contains('@') && is_domain(domain, false)
}

/// Whether a word run is a domain name ("CBC.ca"); with `known_tld`, only
/// domains whose last label is a listed TLD in one case count.
pub fn is_domain(run: &str, known_tld: bool) -> bool {
    let mut labels = run.split('.');
    let Some(tld) = run.rsplit('.').next() else {
        return false;
    };
    let labels_ok =
        labels.all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let one_case =
        tld.chars().all(|c| c.is_ascii_lowercase()) || tld.chars().all(|c| c.is_ascii_uppercase());
    let tld_ok = if known_tld {
        one_case && TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
    } else {
        tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
    };
    run.contains('.') && labels_ok && tld_ok
}

/// The end of a hashtag ("#Ukraine") starting at `i`; it needs a letter.
pub fn hashtag_at(s: &str, i: usize) -> Option<usize> {
    tag_at(s, i, '#').filter(|&e| s[i..e].chars().any(char::is_alphabetic))
}

/// The end of an @handle ("@POTUS") starting at `i`.
pub fn mention_at(s: &str, i: usize) -> Option<usize> {
    tag_at(s, i, '@')
}

fn tag_at(s: &str, i: usize, sigil: char) -> Option<usize> {
    debug_assert!(sigil.is_ascii());
    // A byte comparison, not a decode: every token start is asked twice.
    if s.as_bytes().get(i) != Some(&(sigil as u8)) {
        return None;
    }
    let body = i + sigil.len_utf8();
    let len: usize = s[body..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(body + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Option<&str> {
        url_at(s, 0).map(|e| &s[..e])
    }

    #[test]
    fn urls_with_scheme_or_www() {
        assert_eq!(
            url("https://novayagazeta.eu/articles/2025/02/25/x. Next"),
            Some("https://novayagazeta.eu/articles/2025/02/25/x")
        );
        assert_eq!(url("www.bbc.co.uk,"), Some("www.bbc.co.uk"));
        assert_eq!(url("HTTP://X.ORG"), Some("HTTP://X.ORG"));
        assert_eq!(
            url("https://en.wikipedia.org/wiki/Foo_(bar))."),
            Some("https://en.wikipedia.org/wiki/Foo_(bar)")
        );
        assert_eq!(url("https://x.org/a”"), Some("https://x.org/a"));
    }

    #[test]
    fn not_urls() {
        assert_eq!(url("http://"), None);
        assert_eq!(url("www. "), None);
        assert_eq!(url("wwwx"), None);
        assert_eq!(url("https:// x"), None);
    }

    #[test]
    fn emails_and_domains() {
        assert!(is_email("press@kremlin.ru"));
        assert!(is_email("j.doe@mail.example.org"));
        assert!(!is_email("a@b"));
        assert!(!is_email("@x.com"));
        assert!(!is_email("a@@x.com"));
        assert!(is_domain("CBC.ca", true));
        assert!(is_domain("novayagazeta.eu", true));
        assert!(!is_domain("U.S", true));
        assert!(!is_domain("end.It", true));
        assert!(!is_domain("Node.js", true));
        assert!(!is_domain("3.5", true));
    }

    #[test]
    fn hashtags_and_handles() {
        assert_eq!(hashtag_at("#Ukraine2025 now", 0), Some(12));
        assert_eq!(hashtag_at("#1", 0), None, "a number, not a tag");
        assert_eq!(hashtag_at("# x", 0), None);
        assert_eq!(mention_at("@POTUS:", 0), Some(6));
        assert_eq!(mention_at("@ x", 0), None);
        assert_eq!(mention_at("x", 0), None);
    }
}
