using System.Text.Json.Nodes;
using Archive.Cli.Infrastructure;
using Archive.Testing;

namespace Archive.Cli.Tests;

public sealed class ExtractCommandTests
{
    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles.Select(f => Path.GetFileNameWithoutExtension(f))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task ExtractJson_Seed_MatchesItsTruthFile(string seed)
    {
        var run = await CliRunner.RunAsync("extract", Path.Combine(TestPaths.SeedsDir, seed + ".txt"), "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var actual = JsonNode.Parse(run.Output)!.AsObject();
        var truth = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.TruthDir, seed + ".json")))!.AsObject();
        foreach (var field in new[] { "file", "title", "agency", "agencyKind", "region", "year", "published", "template" })
        {
            Assert.True(JsonNode.DeepEquals(truth[field], actual[field]), $"{seed} {field}: expected {truth[field]?.ToJsonString()}, got {actual[field]?.ToJsonString()}");
        }

        Assert.Equal(Pairs(truth), Pairs(actual));
        Assert.Equal(
            truth["flags"]!.AsArray().Select(f => (string)f!["kind"]!).Order(StringComparer.Ordinal),
            actual["flags"]!.AsArray().Select(f => (string)f!["kind"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Extract_MissingFile_IsAnErrorWithTheReason()
    {
        var run = await CliRunner.RunAsync("extract", "/nonexistent/report.txt");
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("file not found", run.Error, StringComparison.Ordinal);
    }

    private static List<string> Pairs(JsonObject report) =>
        [.. report["metrics"]!.AsArray().Select(m => $"{m!["key"]}={m["value"]}").Order(StringComparer.Ordinal)];
}
