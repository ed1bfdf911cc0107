#!/usr/bin/env bash
# Remakes the LibreOffice fixtures from samples/ (see README.md here). Needs soffice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
text='Text (encoded):UTF8,LF,,,'
for format in docx odt pdf; do
  soffice --headless --infilter="$text" --convert-to "$format" --outdir "$here" "$root"/samples/*.txt >/dev/null
done
soffice --headless --convert-to html --outdir "$here" "$here"/*.docx >/dev/null
cp "$root/samples/berlin-summit.txt" "$work/"
soffice --headless --infilter="$text" --outdir "$work" --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  "$work/berlin-summit.txt" >/dev/null
mv "$work/berlin-summit.pdf" "$here/encrypted.pdf"
