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

    private static List<string> ReadExamples() =>
        [.. GraphQLBlock().Matches(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"```graphql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
