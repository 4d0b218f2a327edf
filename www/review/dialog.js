// The review dialog: accept, reject or relabel one annotation and add a note.
// A native <dialog> gives focus trapping, Escape to close and the modal role.

import { LABELS, labelName } from '../view/annotations.js';
import { describe } from '../view/describe.js';

export class ReviewDialog {
  /** `onSave(item, decision)` stores the decision and redraws what shows it. */
  constructor(dialog, onSave) {
    this.dialog = dialog;
    this.onSave = onSave;
    this.item = null;
    this.form = dialog.querySelector('form');
    this.summary = dialog.querySelector('.review-summary');
    this.relabel = dialog.querySelector('select[name="label"]');
    this.note = dialog.querySelector('textarea[name="note"]');
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (e.submitter?.value === 'cancel') { dialog.close(); return; }
      this.save();
    });
  }

  open(item, decision, returnFocus) {
    this.item = item;
    this.returnFocus = returnFocus;
    this.dialog.querySelector('.review-text').textContent = `“${item.text}”`;
    this.summary.replaceChildren(describe(item, null));
    const status = decision?.status || '';
    for (const radio of this.form.elements.status) radio.checked = radio.value === status;
    this.relabel.replaceChildren();
    for (const label of LABELS[item.kind]) {
      const option = document.createElement('option');
      option.value = label;
      option.textContent = labelName(label) + (label === item.label ? ' (annotator)' : '');
      this.relabel.append(option);
    }
    if (!LABELS[item.kind].includes(item.label)) {
      const option = document.createElement('option');
      option.value = item.label;
      option.textContent = `${labelName(item.label)} (annotator)`;
      this.relabel.prepend(option);
    }
    this.relabel.value = decision?.label || item.label;
    this.note.value = decision?.note || '';
    this.dialog.addEventListener('close', () => this.returnFocus?.focus(), { once: true });
    this.dialog.showModal();
  }

  save() {
    const status = this.form.elements.status.value;
    const label = this.relabel.value !== this.item.label ? this.relabel.value : '';
    this.onSave(this.item, { status, label, note: this.note.value.trim() });
    this.dialog.close();
  }
}
