// Legend and filters: one checkbox per kind and per label, each with its count.
// Toggling only restyles highlights already drawn; it never re-runs the annotator.

import { KINDS, KIND_NAMES, labelName } from './annotations.js';
import { el } from './describe.js';

/** Counts of current labels (after relabelling) per kind. */
function countLabels(items, review) {
  const counts = new Map(KINDS.map((k) => [k, new Map()]));
  for (const item of items) {
    const label = review.get(item.id)?.label || item.label;
    const perKind = counts.get(item.kind);
    perKind.set(label, (perKind.get(label) || 0) + 1);
  }
  return counts;
}

function checkbox(text, checked, onChange, attrs) {
  const label = el('label', 'toggle');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = checked;
  Object.assign(box.dataset, attrs);
  box.addEventListener('change', () => onChange(box.checked));
  label.append(box, ' ', text);
  return label;
}

export class Legend {
  constructor(container, view) {
    this.container = container;
    this.view = view;
    this.hiddenKinds = new Set();
    this.hiddenLabels = new Set(); // "kind:label"
  }

  render(items, review) {
    const counts = countLabels(items, review);
    const fragment = document.createDocumentFragment();
    for (const kind of KINDS) {
      const perKind = counts.get(kind);
      const total = [...perKind.values()].reduce((a, b) => a + b, 0);
      const group = el('fieldset', `legend-kind legend-${kind}`);
      const legend = el('legend');
      legend.append(checkbox(`${KIND_NAMES[kind]} (${total})`, !this.hiddenKinds.has(kind),
        (on) => this.setKind(kind, on), { kind }));
      group.append(legend);
      const labels = [...perKind.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      for (const [label, n] of labels) {
        const key = `${kind}:${label}`;
        const chip = checkbox(`${labelName(label)} ${n}`, !this.hiddenLabels.has(key),
          (on) => this.setLabel(kind, label, on), { kind, label });
        chip.classList.add('swatch');
        chip.dataset.kind = kind;
        chip.dataset.label = label;
        group.append(chip);
      }
      fragment.append(group);
    }
    this.container.replaceChildren(fragment);
    this.apply();
  }

  setKind(kind, on) {
    if (on) this.hiddenKinds.delete(kind); else this.hiddenKinds.add(kind);
    this.view.classList.toggle(`hide-${kind}`, !on);
  }

  setLabel(kind, label, on) {
    const key = `${kind}:${label}`;
    if (on) this.hiddenLabels.delete(key); else this.hiddenLabels.add(key);
    const selector = `mark[data-kind="${kind}"][data-label="${CSS.escape(label)}"]`;
    for (const mark of this.view.querySelectorAll(selector)) mark.classList.toggle('off', !on);
  }

  /** Re-applies the filters to a freshly drawn view. */
  apply() {
    for (const kind of KINDS) this.view.classList.toggle(`hide-${kind}`, this.hiddenKinds.has(kind));
    for (const key of this.hiddenLabels) {
      const [kind, label] = key.split(/:(.*)/s);
      this.setLabel(kind, label, false);
    }
  }

  /** Whether a highlight is currently shown (for n/p navigation). */
  shows(mark) {
    return !this.hiddenKinds.has(mark.dataset.kind) && !mark.classList.contains('off');
  }
}
