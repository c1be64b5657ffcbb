#!/usr/bin/env bash
# Vendors the compiled GOV.UK Frontend and MoJ Frontend distributions into the application.
#
# Pinned versions: change them here (and only here), run the script, review the diff, and commit
# the vendored files together with the regenerated CHECKSUMS.sha256
# (FrontendChecksumTest fails if the vendored files and the checksums disagree).
#
# Layout produced (everything is served at /assets/, which is what the compiled CSS expects):
#   src/main/resources/static/assets/govuk-frontend.min.css, govuk-frontend.min.js (ES module)
#   src/main/resources/static/assets/fonts/, images/, manifest.json
#   src/main/resources/static/assets/moj/moj-frontend.min.css, moj-frontend.min.js (ES module)
#   src/main/resources/static/assets/images/  also receives MoJ's images, because
#       moj-frontend.min.css refers to them as url(/assets/images/...)
#   src/main/resources/static/assets/CHECKSUMS.sha256
#   src/test/resources/govuk-fixtures/<component>.json   (fixtures.json of each component we implement)
#   src/test/resources/govuk-templates/<component>.njk   (template.njk, the specification, for reference)
set -euo pipefail

GOVUK_FRONTEND_VERSION="6.6.0"
MOJ_FRONTEND_VERSION="11.1.0"

# Components implemented as Thymeleaf fragments in templates/fragments/govuk/
COMPONENTS=(back-link button checkboxes date-input details error-message error-summary fieldset
  footer header hint input inset-text label notification-banner pagination panel phase-banner
  radios select skip-link summary-list table tabs tag textarea warning-text)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSETS="$ROOT/src/main/resources/static/assets"
FIXTURES="$ROOT/src/test/resources/govuk-fixtures"
TEMPLATES="$ROOT/src/test/resources/govuk-templates"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "govuk-frontend@${GOVUK_FRONTEND_VERSION}" "@ministryofjustice/frontend@${MOJ_FRONTEND_VERSION}" >/dev/null
mkdir govuk moj
tar -xzf "govuk-frontend-${GOVUK_FRONTEND_VERSION}.tgz" -C govuk
tar -xzf "ministryofjustice-frontend-${MOJ_FRONTEND_VERSION}.tgz" -C moj

GOVUK_DIST="$WORK/govuk/package/dist/govuk"
MOJ_DIST="$WORK/moj/package/moj"
for required in "$GOVUK_DIST/govuk-frontend.min.css" "$GOVUK_DIST/govuk-frontend.min.js" \
                "$GOVUK_DIST/assets/fonts" "$GOVUK_DIST/assets/images" \
                "$MOJ_DIST/moj-frontend.min.css" "$MOJ_DIST/moj-frontend.min.js"; do
  [[ -e "$required" ]] || { echo "Package layout changed: $required not found" >&2; exit 1; }
done

# Vendored files are replaced wholesale; our own files in assets/ (app.css, ...) are left alone.
rm -rf "$ASSETS/fonts" "$ASSETS/images" "$ASSETS/moj" "$FIXTURES" "$TEMPLATES"
rm -f "$ASSETS/govuk-frontend.min.css" "$ASSETS/govuk-frontend.min.js" "$ASSETS/manifest.json" "$ASSETS/CHECKSUMS.sha256"
mkdir -p "$ASSETS/moj" "$FIXTURES" "$TEMPLATES"

cp "$GOVUK_DIST/govuk-frontend.min.css" "$GOVUK_DIST/govuk-frontend.min.js" "$ASSETS/"
cp -R "$GOVUK_DIST/assets/fonts" "$GOVUK_DIST/assets/images" "$ASSETS/"
# Web app manifest and any other top-level files of the rebranded asset set (icons are in images/)
find "$GOVUK_DIST/assets" -maxdepth 1 -type f -exec cp {} "$ASSETS/" \;

cp "$MOJ_DIST/moj-frontend.min.css" "$MOJ_DIST/moj-frontend.min.js" "$ASSETS/moj/"
if [[ -d "$MOJ_DIST/assets/images" ]]; then
  for image in "$MOJ_DIST"/assets/images/*; do
    name="$(basename "$image")"
    if [[ -e "$ASSETS/images/$name" ]] && ! cmp -s "$image" "$ASSETS/images/$name"; then
      echo "MoJ image $name would overwrite a different GOV.UK image" >&2; exit 1
    fi
    cp "$image" "$ASSETS/images/"
  done
fi

for component in "${COMPONENTS[@]}"; do
  cp "$GOVUK_DIST/components/$component/fixtures.json" "$FIXTURES/$component.json"
  cp "$GOVUK_DIST/components/$component/template.njk" "$TEMPLATES/$component.njk"
done
cp "$GOVUK_DIST/template.njk" "$TEMPLATES/page-template.njk"
cp "$GOVUK_DIST/macros/attributes.njk" "$GOVUK_DIST/macros/logo.njk" "$TEMPLATES/"
cp "$GOVUK_DIST/components/generic-header/template.njk" "$TEMPLATES/generic-header.njk"
printf '%s\n' "govuk-frontend ${GOVUK_FRONTEND_VERSION}" "@ministryofjustice/frontend ${MOJ_FRONTEND_VERSION}" > "$FIXTURES/VERSIONS"

# Checksums of every vendored file, relative to assets/, sorted for stable diffs.
# Our own top-level app.* files (app.css, ...) are not vendored and not listed.
cd "$ASSETS"
find . -type f ! -name CHECKSUMS.sha256 ! -path './app.*' | sed 's|^\./||' | LC_ALL=C sort \
  | xargs sha256sum > CHECKSUMS.sha256

echo "Vendored govuk-frontend ${GOVUK_FRONTEND_VERSION} and @ministryofjustice/frontend ${MOJ_FRONTEND_VERSION} into $ASSETS"
