// What one annotation says, in words: used by the tooltip and the review dialog.
// Built with text nodes only: annotated text never goes through innerHTML.

import { labelName } from './annotations.js';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

const percent = (x) => `${Math.round(x * 100)}%`;

/** One line per fact: a heading, then key facts, then the review decision. */
export function describe(item, decision) {
  const box = el('div', `desc desc-${item.kind}`);
  const label = decision?.label || item.label;
  const s = item.source;
  if (item.kind === 'entity') {
    box.append(el('strong', null, `${labelName(label)} (entity)`));
    const name = item.group?.name;
    if (name && name !== item.text) box.append(el('div', null, `Refers to: ${name}`));
    if (item.group?.roles?.length) box.append(el('div', null, `Role: ${item.group.roles.join('; ')}`));
    if (item.group) box.append(el('div', 'muted', `${item.group.mentions.length} mention(s) in the article`));
    box.append(el('div', 'muted', `Confidence ${percent(s.confidence)}`));
  } else if (item.kind === 'quote') {
    box.append(el('strong', null, `Quote: ${labelName(label)}`));
    let who = 'Speaker not found';
    if (item.speaker) who = `Speaker: ${item.speaker}${item.unnamed ? ' (unnamed source)' : ''}`;
    box.append(el('div', null, who));
    if (s.cue) box.append(el('div', 'muted', `Cue: “${s.cue.text}”`));
    box.append(el('div', 'muted', `Confidence ${percent(s.confidence)}`));
  } else if (item.kind === 'claim') {
    box.append(el('strong', null, `Check-worthy claim: score ${s.score.toFixed(2)}`));
    const list = el('ul', 'reasons');
    for (const r of s.reasons) {
      const li = el('li');
      li.append(el('b', null, labelName(r.kind)), `: ${r.explanation}`);
      if (r.text && r.text !== item.text) li.append(el('span', 'muted', ` (“${r.text}”)`));
      list.append(li);
    }
    box.append(list);
  } else {
    box.append(el('strong', null, `Boilerplate: ${labelName(label)}`));
    box.append(el('div', 'muted', 'Not part of the article body; kept, not dropped.'));
  }
  if (decision?.status) {
    const mark = decision.status === 'accepted' ? '✓ Accepted' : '✗ Rejected';
    box.append(el('div', 'review-line', mark));
  }
  if (decision?.label && decision.label !== item.label) {
    box.append(el('div', 'review-line', `Relabelled from ${labelName(item.label)}`));
  }
  if (decision?.note) box.append(el('div', 'review-line', `Note: ${decision.note}`));
  return box;
}

export { el };
