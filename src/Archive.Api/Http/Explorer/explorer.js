// GraphiQL at /graphql, talking to this server's endpoint, with the example queries as its first tabs.
(async function () {
  'use strict';
  const endpoint = new URL('/graphql', location.href).href;
  let examples = [];
  try {
    const response = await fetch('/graphql/examples', { headers: { Accept: 'application/json' } });
    examples = response.ok ? await response.json() : [];
  } catch {
    examples = [];
  }

  const tabs = examples.map((e) => ({
    query: `# ${e.name}: ${e.description}\n${e.query}`,
    variables: e.variables ?? undefined,
  }));
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultTabs: tabs.length > 0 ? tabs : undefined,
    defaultEditorToolsVisibility: true,
  }));
})();
