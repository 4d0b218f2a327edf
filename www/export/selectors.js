// W3C Web Annotation selectors for a span of the article (UTF-16 offsets, which
// is what the Web Annotation model's TextPositionSelector counts in browsers).

/** Characters of context kept before and after the exact text. */
export const CONTEXT = 32;

export function textQuoteSelector(text, start, end, context = CONTEXT) {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

export function textPositionSelector(start, end) {
  return { type: 'TextPositionSelector', start, end };
}
