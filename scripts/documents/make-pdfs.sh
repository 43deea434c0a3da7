#!/usr/bin/env bash
# Makes the PDF test fixtures once, so CI needs no LibreOffice:
#   seeds and a 2021-template report rendered to DOCX by our own code (FixtureWriter), converted by LibreOffice;
#   an encrypted copy (qpdf, user password "secret").
# Needs: dotnet, soffice (Debian: libreoffice-writer-nogui, fonts-wqy-microhei), qpdf.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/Archive.Ingest.Tests/Fixtures/Documents
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run --project scripts/documents/FixtureWriter -c Release -- ../shared/corpus/seeds "$work"
soffice --headless --convert-to pdf --outdir "$work" "$work"/*.docx > /dev/null
mkdir -p "$out"
cp "$work"/*.pdf "$out"/
qpdf --encrypt secret secret 256 -- "$out/seed-002_20300b383d26ea5e.pdf" "$out/encrypted.pdf"
ls -l "$out"
