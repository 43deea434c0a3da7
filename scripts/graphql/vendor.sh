#!/usr/bin/env bash
# Fetches GraphiQL and React from npm (`npm pack`, no CDN) into src/Archive.Api/Http/Explorer/vendor, and
# regenerates the introspection queries the tests send from graphql-js. Run from the repository root.
set -euo pipefail
GRAPHIQL=3.8.3   # the last GraphiQL with a UMD build (4.x/5.x ship ES modules only)
REACT=18.3.1     # the last React with UMD builds
GRAPHQL=16.11.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" "graphql@$GRAPHQL" >/dev/null)
for f in "$work"/*.tgz; do d="${f%.tgz}"; mkdir -p "$d"; tar xzf "$f" -C "$d"; done
out=src/Archive.Api/Http/Explorer/vendor
mkdir -p "$out"
# graphiql.min.js itself (3.4 MB) is fetched by the build (Archive.Api.csproj, FetchGraphiQL), not kept in git.
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.css" "$out/"
cp "$work/graphiql-$GRAPHIQL/package/LICENSE" "$out/LICENSE.graphiql"
cp "$work/react-$REACT/package/umd/react.production.min.js" "$out/"
cp "$work/react-$REACT/package/LICENSE" "$out/LICENSE.react"
cp "$work/react-dom-$REACT/package/umd/react-dom.production.min.js" "$out/"
cp "$work/react-dom-$REACT/package/LICENSE" "$out/LICENSE.react-dom"
cp "$work/graphql-$GRAPHQL/package/LICENSE" "$out/LICENSE.graphql-js"
node scripts/graphql/introspection-queries.js "$work/graphql-$GRAPHQL/package" tests/Archive.Api.Tests/Introspection
echo "vendored graphiql@$GRAPHIQL react@$REACT react-dom@$REACT; introspection queries from graphql@$GRAPHQL"
