//! Percentages: "3.5%", "-2.1%", "45 %", "45 percent", "45 per cent",
//! "10 percentage points" (PERCENT in OntoNotes and spaCy), "half a percent",
//! and "%" after any digits the tokenizer took for a number ("٤٥%").

use super::lexicon::lexicon;
use super::numbers::number_at;
use super::view::View;
use super::{Hit, PERCENT};
use crate::text::tokens::TokenKind;

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let raw = v.raw(i);
    if v.is(i, TokenKind::Number) && raw.ends_with(['%', '‰']) {
        return Some(Hit::new(i, i + 1, PERCENT, 0.95).numeric());
    }
    if v.words_at(i, &["half", "a"]) {
        let n = lex.percent.at(v, i + 2)?;
        return Some(Hit::new(i, i + 2 + n, PERCENT, 0.85).numeric());
    }
    let n = number_at(v, i).filter(|n| n.suffix.is_empty())?;
    let end = if matches!(v.raw(n.end), "%" | "‰") {
        n.end + 1
    } else {
        n.end + lex.percent.at(v, n.end)?
    };
    Some(Hit::new(i, end, PERCENT, 0.95).numeric())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, values};
    use super::*;

    #[test]
    fn percentages() {
        assert_eq!(
            found("rose 3.5% and fell -2.1%", PERCENT),
            ["3.5%", "-2.1%"]
        );
        assert_eq!(
            found("45 percent or 45 per cent", PERCENT),
            ["45 percent", "45 per cent"]
        );
        assert_eq!(
            found("by 10 percentage points", PERCENT),
            ["10 percentage points"]
        );
        assert_eq!(found("half a percent", PERCENT), ["half a percent"]);
        assert_eq!(found("forty-five percent", PERCENT), ["forty-five percent"]);
        assert_eq!(found("about 45 %", PERCENT), ["about 45 %"]);
        assert_eq!(found("٤٥%", PERCENT), ["٤٥%"]);
    }

    #[test]
    fn not_percentages() {
        for text in [
            "100% of nothing%",
            "percent",
            "the percentage",
            "a per cent",
        ] {
            let got = found(text, PERCENT);
            assert!(
                got.len() <= 1 && !got.iter().any(|g| g.contains("nothing")),
                "{text}: {:?}",
                values(text)
            );
        }
        assert!(found("% 45", PERCENT).is_empty());
    }
}
