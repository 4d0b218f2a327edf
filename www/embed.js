// The living example's page script: listens to <article-annotator>'s events as
// a CMS would, and turns the kind checkboxes into its `kinds` attribute.

const annotator = document.getElementById('annotator');
const status = document.getElementById('embed-status');
const list = document.getElementById('mark-list');
const selected = document.getElementById('selected');

annotator.addEventListener('annotated', (event) => {
  const { marks } = event.detail;
  const count = (kind) => marks.filter((m) => m.kind === kind).length;
  status.textContent = `${count('entity')} entities, ${count('quote')} quotes, ${count('claim')} claims highlighted.`;
  list.replaceChildren(...marks.map((m) => {
    const li = document.createElement('li');
    li.textContent = `${m.kind} · ${m.label.replaceAll('_', ' ')}: ${m.text.length > 80 ? `${m.text.slice(0, 79)}…` : m.text}`;
    return li;
  }));
  window.__embedMarks = marks;
});

annotator.addEventListener('select', (event) => {
  const { mark } = event.detail;
  selected.textContent = `${mark.kind} (${mark.label.replaceAll('_', ' ')}): “${mark.text}”${mark.detail ? ` — ${mark.detail}` : ''}`;
  window.__embedSelected = mark;
});

annotator.addEventListener('error', (event) => {
  status.textContent = `The annotator failed: ${event.detail.message}`;
});

for (const box of document.querySelectorAll('input[name="kind"]')) {
  box.addEventListener('change', () => {
    const kinds = [...document.querySelectorAll('input[name="kind"]:checked')].map((b) => b.value);
    annotator.setAttribute('kinds', kinds.join(' ') || 'none');
  });
}
