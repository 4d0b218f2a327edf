// Getting an article in: typing or pasting plain text, pasting HTML copied from a
// news site (cleaned by the wasm HTML cleaner, never inserted into the page), or a
// dropped / opened .txt or .html file.

const isHtmlFile = (file) => /\.x?html?$/i.test(file.name) || file.type === 'text/html';

/**
 * Wires the textarea, the drop zone and the file input. `submit({text, html})`
 * runs the annotator: `html` true means `text` is markup to clean first.
 */
export function wireInput({ textarea, dropZone, fileInput }, submit, report) {
  textarea.addEventListener('paste', (event) => {
    const data = event.clipboardData;
    if (!data || !data.types.includes('text/html')) return; // plain text: the default paste
    const html = data.getData('text/html');
    if (!html.trim()) return;
    event.preventDefault();
    report('Pasted HTML: cleaning it and annotating…');
    submit({ text: html, html: true });
  });

  const readFile = async (file) => {
    if (!file) return;
    if (file.size > 50 * 1024 * 1024) { report(`${file.name} is larger than 50 MB.`); return; }
    const text = await file.text();
    report(`Opened ${file.name}.`);
    submit({ text, html: isHtmlFile(file) });
  };
  dropZone.addEventListener('dragover', (event) => {
    if ([...event.dataTransfer.types].includes('Files')) {
      event.preventDefault();
      dropZone.classList.add('dragging');
    }
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    dropZone.classList.remove('dragging');
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    readFile(file).catch((e) => report(`Could not read the file: ${e.message}`));
  });
  fileInput.addEventListener('change', () => {
    readFile(fileInput.files[0]).catch((e) => report(`Could not read the file: ${e.message}`));
    fileInput.value = '';
  });
}
