/**
 * A file handed to the browser as a download, from an extension page: an `<a download>` of a blob,
 * so no `downloads` permission is needed.
 */
export function saveFile(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
