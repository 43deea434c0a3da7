// Writes graphql-js's standard introspection query, with each set of options tools send, into
// tests/Archive.Api.Tests/Introspection (run by scripts/graphql/vendor.sh, from the npm package `graphql`).
const fs = require('fs');
const path = require('path');
const graphqlDir = process.argv[2];
const outDir = process.argv[3];
const { getIntrospectionQuery, version } = require(graphqlDir);
const variants = {
  'default': {},
  'no-descriptions': { descriptions: false },
  'all-options': { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true },
  'all-options-oneof': { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true },
};
for (const [name, options] of Object.entries(variants)) {
  const header = `# graphql-js ${version} getIntrospectionQuery(${JSON.stringify(options)})\n`;
  fs.writeFileSync(path.join(outDir, `${name}.graphql`), header + getIntrospectionQuery(options));
}
