namespace Archive.Api.Http;

/// <summary>A named example query, served at /graphql/examples and opened as a tab of the explorer.</summary>
public sealed record ExampleQuery(string Name, string Description, string Query, string? Variables = null);

/// <summary>The examples the explorer opens with (a test runs each against a real host).</summary>
public static class ExampleQueries
{
    public static IReadOnlyList<ExampleQuery> All { get; } =
    [
        new(
            "SearchWithFacets",
            "A phrase search over 2016–2020 with highlighted snippets and counts by year and agency kind.",
            """
            query SearchWithFacets {
              search(query: "\"政府信息公开\"", filter: {yearFrom: 2016, yearTo: 2020}, first: 10, facets: [YEAR, AGENCY_KIND]) {
                totalCount
                facets { name values { value count } }
                edges { score snippets { html } node { id title agencyName year region { fullName } } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """),
        new(
            "ReportsPage",
            "Pages through reports, newest first, with Relay cursors (pass endCursor as $after for the next page).",
            """
            query ReportsPage($after: String) {
              reports(orderBy: YEAR_DESC, first: 20, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id title year agency { name kind } region { name path { name } } } }
              }
            }
            """),
        new(
            "MetricsWithProvenance",
            "The first report's statistics, each with the exact characters it was read from.",
            """
            query MetricsWithProvenance {
              reports(first: 1) {
                nodes {
                  title agencyName published template
                  metrics(keys: ["apply.new.total"]) { key label value unit origin source { start end text } }
                  flags { kind detail }
                }
              }
            }
            """),
        new(
            "ApplicationsByProvinceAndYear",
            "New applications summed by province and year.",
            """
            query ApplicationsByProvinceAndYear {
              metrics(keys: ["apply.new.total"], groupBy: [PROVINCE, YEAR]) {
                province { name } year sum avg count reportCount
              }
            }
            """),
        new(
            "MetricKeys",
            "The dictionary of metric keys with their Chinese labels.",
            """
            query MetricKeys {
              metricKeys { key label unit templates }
            }
            """),
    ];
}
