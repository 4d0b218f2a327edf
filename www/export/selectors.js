// W3C Web Annotation selectors for a span of the article (UTF-16 offsets, which
// is what the Web Annotation model's TextPositionSelector counts in browsers).

/** Characters of context kept before and after the exact text. */
export const CONTEXT = 32;

const isLow = (unit) => unit >= 0xdc00 && unit <= 0xdfff;
const isHigh = (unit) => unit >= 0xd800 && unit <= 0xdbff;

/** Prefix and suffix never cut an emoji's surrogate pair in two. */
export function textQuoteSelector(text, start, end, context = CONTEXT) {
  let from = Math.max(0, start - context);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from += 1;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to -= 1;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}

export function textPositionSelector(start, end) {
  return { type: 'TextPositionSelector', start, end };
}
