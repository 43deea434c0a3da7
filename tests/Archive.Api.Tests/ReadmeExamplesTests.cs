using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>The example queries in README.md run against the real host without errors, so the docs stay true.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ReadmeExamplesTests(ApiHost host)
{
    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, ReadExamples().Count)];

    [Fact]
    public void Readme_HasTheFiveExampleQueries() => Assert.True(ReadExamples().Count >= 5, "README.md shows fewer than five GraphQL examples");

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_Runs_WithoutErrors(int index)
    {
        var query = ReadExamples()[index];
        var someReport = (await host.Client.PostAsync("{ reports(first: 1) { nodes { id } } }")).Ok()
            .GetProperty("reports").GetProperty("nodes")[0].GetProperty("id").GetString();

        var response = await host.Client.PostAsync(query, new { id = someReport, after = (string?)null });

        Assert.False(response.HasErrors, $"README example {index + 1} failed: {response.Body}");
    }

    internal static List<string> ReadExamples() =>
        [.. GraphQLBlock().Matches(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"```graphql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}

/// <summary>
/// Every README example answers non-empty on the archive a fresh `archive serve` builds (generated sample plus
/// the seeds): each top-level field has data, every count is above zero and every list of results has entries.
/// </summary>
public sealed partial class ReadmeExamplesOnSampleTests(SampleApiHost host) : IClassFixture<SampleApiHost>
{
    /// <summary>Lists that hold an example's answer (a report's flags may rightly be empty, so they are not here).</summary>
    private static readonly HashSet<string> AnswerLists = ["edges", "nodes", "metrics", "points", "facets", "values", "snippets"];

    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, ReadmeExamplesTests.ReadExamples().Count)];

    [Fact]
    public void Sample_HoldsTheSeeds() => Assert.Equal(TestPaths.SeedFiles.Count, host.Plan.Seeds);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_OnTheServeSample_AnswersNonEmpty(int index)
    {
        var query = ReadmeExamplesTests.ReadExamples()[index];
        // Example 2's report: one of the README county's (平罗县, the seeds') that states the keys the example asks for,
        // as a reader following example 3 would pick it.
        var keys = MetricKeys().Match(query) is { Success: true } m ? m.Groups[1].Value : "[]";
        var county = (await host.Client.PostAsync($"{{ reports(filter: {{regionCode: \"640221\"}}, first: 20) {{ nodes {{ id metrics(keys: {keys}) {{ key }} }} }} }}")).Ok()
            .GetProperty("reports").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(county.Count > 0, "the sample has no report of 平罗县 (640221)");
        var report = county.FirstOrDefault(r => r.GetProperty("metrics").GetArrayLength() > 0);
        report = report.ValueKind == JsonValueKind.Undefined ? county[0] : report;

        var response = await host.Client.PostAsync(query, new { id = report.GetProperty("id").GetString(), after = (string?)null });

        Assert.False(response.HasErrors, $"README example {index + 1} failed: {response.Body}");
        var data = response.Ok();
        foreach (var field in data.EnumerateObject())
        {
            var empties = new List<string>();
            FindEmpty(field.Value, field.Name, empties);
            Assert.True(empties.Count == 0, $"README example {index + 1}: empty {string.Join(", ", empties)} in {response.Body}");
        }
    }

    private static void FindEmpty(JsonElement element, string path, List<string> empties)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                if (!path.Contains('.', StringComparison.Ordinal))
                {
                    empties.Add(path);
                }

                break;
            case JsonValueKind.Array:
                var name = path[(path.LastIndexOf('.') + 1)..];
                if (element.GetArrayLength() == 0 && (AnswerLists.Contains(name) || !path.Contains('.', StringComparison.Ordinal)))
                {
                    empties.Add(path);
                }

                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindEmpty(item, $"{path}[{i++}]", empties);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "totalCount" && property.Value.GetInt32() == 0)
                    {
                        empties.Add($"{path}.totalCount");
                    }

                    FindEmpty(property.Value, $"{path}.{property.Name}", empties);
                }

                break;
        }
    }

    [GeneratedRegex(@"metrics\(keys: (\[[^\]]*\])")]
    private static partial Regex MetricKeys();
}
