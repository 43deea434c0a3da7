using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Archive.Cli.Infrastructure;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Archive.Cli.Tests;

/// <summary>
/// One vocabulary (README "One vocabulary"): every template and origin value, the highlight element, the report id
/// and the count's name, rendered through GraphQL, the CSV export and the CLI's JSON, are spelled one way.
/// </summary>
public sealed class VocabularyTests
{
    [Fact]
    public async Task EveryEnumValue_IsSpelledTheSameInGraphQL_Csv_AndCliJson()
    {
        using var data = new TempDirectory();
        var dataDir = await InProcessArchive.BuildAsync(data, 40, 42);
        await using var app = await InProcessArchive.ServeAsync(dataDir);
        using var http = app.GetTestClient();

        async Task<JsonNode> GraphQL(string query)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(body["errors"] is null, body.ToJsonString());
            return body["data"]!;
        }

        // The vocabulary itself: the GraphQL enums' values.
        var schema = await GraphQL("{ t: __type(name: \"ReportTemplate\") { enumValues { name } } o: __type(name: \"MetricOrigin\") { enumValues { name } } }");
        var templates = schema["t"]!["enumValues"]!.AsArray().Select(v => (string)v!["name"]!).ToHashSet();
        var origins = schema["o"]!["enumValues"]!.AsArray().Select(v => (string)v!["name"]!).ToHashSet();
        Assert.Equal(["PRE2019", "V2019", "V2021"], templates.Order());
        Assert.Equal(["PROSE", "TABLE"], origins.Order());

        // GraphQL.
        var reports = await GraphQL("{ reports(first: 100) { totalCount nodes { id fileName template metrics { origin } } } metricKeys { templates } }");
        var graphTemplates = reports["reports"]!["nodes"]!.AsArray().Select(n => (string)n!["template"]!).ToHashSet();
        var graphOrigins = reports["reports"]!["nodes"]!.AsArray().SelectMany(n => n!["metrics"]!.AsArray().Select(m => (string)m!["origin"]!)).ToHashSet();
        var keyTemplates = reports["metricKeys"]!.AsArray().SelectMany(k => k!["templates"]!.AsArray().Select(t => (string)t!)).ToHashSet();
        var idsByFile = reports["reports"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["fileName"]!, n => (string)n!["id"]!);
        var search = await GraphQL("{ search(query: \"\\\"依申请公开\\\"\", first: 100, facets: [TEMPLATE]) { totalCount facets { values { value } } edges { snippets { html } } } }");
        var graphFacetTemplates = search["search"]!["facets"]![0]!["values"]!.AsArray().Select(v => (string)v!["value"]!).ToHashSet();
        var graphSnippet = (string)search["search"]!["edges"]![0]!["snippets"]![0]!["html"]!;

        // CSV.
        var csv = Encoding.UTF8.GetString(await http.GetByteArrayAsync("/export/metrics.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',').ToList();
        var csvRows = csv[1..].Select(SplitCsv).ToList();
        var csvTemplates = csvRows.Select(r => r[header.IndexOf("template")]).ToHashSet();
        var csvOrigins = csvRows.Select(r => r[header.IndexOf("origin")]).ToHashSet();
        await app.StopAsync();
        SqliteConnection.ClearAllPools();

        // CLI JSON.
        var exported = JsonNode.Parse((await CliRunner.RunAsync("export", "metrics", "--format", "json", "--data", dataDir)).Output)!["rows"]!.AsArray();
        var cliTemplates = exported.Select(r => (string)r!["template"]!).ToHashSet();
        var cliOrigins = exported.Select(r => (string)r!["origin"]!).ToHashSet();
        var cliSearch = JsonNode.Parse((await CliRunner.RunAsync("search", "\"依申请公开\"", "--json", "--facets", "--first", "100", "--data", dataDir)).Output)!;
        var cliHits = cliSearch["hits"]!.AsArray();
        var cliFacetTemplates = cliSearch["facets"]!.AsArray().Single(f => (string)f!["name"]! == "TEMPLATE")!["values"]!.AsArray().Select(v => (string)v!["value"]!).ToHashSet();

        // Every value seen is one of the enum's, and each surface shows all that the data holds.
        foreach (var seen in new[] { graphTemplates, keyTemplates, graphFacetTemplates, csvTemplates, cliTemplates, cliFacetTemplates, cliHits.Select(h => (string)h!["template"]!).ToHashSet() })
        {
            Assert.Subset(templates, seen);
        }

        Assert.Equal(templates, graphTemplates);
        Assert.Equal(graphTemplates, csvTemplates);
        Assert.Equal(graphTemplates, cliTemplates);
        Assert.Equal(graphFacetTemplates, cliFacetTemplates);
        Assert.Equal(origins, graphOrigins);
        Assert.Equal(graphOrigins, csvOrigins);
        Assert.Equal(graphOrigins, cliOrigins);

        // One highlight element, one id, one count name.
        Assert.Contains("<mark>依申请公开</mark>", graphSnippet, StringComparison.Ordinal);
        Assert.Contains("<mark>依申请公开</mark>", (string)cliHits[0]!["snippets"]![0]!["html"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", graphSnippet, StringComparison.Ordinal);
        Assert.All(cliHits, h => Assert.Equal(idsByFile[(string)h!["fileName"]!], (string)h["id"]!));
        Assert.Equal((int)search["search"]!["totalCount"]!, (int)cliSearch["totalCount"]!);
        Assert.Null(cliSearch["totalHits"]);
    }

    /// <summary>RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
