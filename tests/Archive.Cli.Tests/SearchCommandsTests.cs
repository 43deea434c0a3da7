using System.Text.Json.Nodes;
using Archive.Cli.Infrastructure;
using Archive.Testing;

namespace Archive.Cli.Tests;

/// <summary>`archive search`, `reindex` and `tokens` on real data directories and the seeds.</summary>
public sealed class SearchCommandsTests
{
    [Fact]
    public async Task Search_AfterIngest_FindsThePhraseAndReindexKeepsTheAnswer()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);
        var expected = TestPaths.SeedFiles.Count(f => File.ReadAllText(f).Contains("依申请公开", StringComparison.Ordinal));

        var before = await CliRunner.RunAsync("search", "\"依申请公开\"", "--json", "--data", data.Path);
        var reindex = await CliRunner.RunAsync("reindex", "--data", data.Path);
        var after = await CliRunner.RunAsync("search", "\"依申请公开\"", "--json", "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, before.ExitCode);
        Assert.Equal(expected, (int)JsonNode.Parse(before.Output)!["totalCount"]!);
        Assert.Contains("reindexed 5 reports", reindex.Output, StringComparison.Ordinal);
        Assert.Equal(expected, (int)JsonNode.Parse(after.Output)!["totalCount"]!);
        Assert.All(JsonNode.Parse(after.Output)!["hits"]!.AsArray(), hit => Assert.Contains("<mark>依申请公开</mark>", (string)hit!["snippets"]![0]!["html"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_SortYearAscending_ListsOldestYearFirst_AndAnUnknownSortIsAUsageError()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);

        var run = await CliRunner.RunAsync("search", "政府信息公开", "--sort", "year-asc", "--json", "--data", data.Path);
        var wrong = await CliRunner.RunAsync("search", "政府信息公开", "--sort", "newest", "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var years = JsonNode.Parse(run.Output)!["hits"]!.AsArray().Select(hit => (int?)hit!["year"]).ToList();
        Assert.True(years.Count >= 3, $"only {years.Count} hits");
        var known = years.TakeWhile(y => y is not null).Select(y => y!.Value).ToList();
        Assert.NotEmpty(known);
        Assert.Equal(known.Order(), known);
        Assert.All(years.Skip(known.Count), y => Assert.Null(y));
        Assert.Equal(ExitCodes.Usage, wrong.ExitCode);
        Assert.Contains("--sort", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MalformedQuery_IsAOneLineError()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedFiles[0], "--data", data.Path);

        var run = await CliRunner.RunAsync("search", "\"unbalanced", "--data", data.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("archive search: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_Seeds_AgreeWithJavaLuceneOnAlmostEveryToken()
    {
        foreach (var seed in TestPaths.SeedFiles)
        {
            var run = await CliRunner.RunAsync("tokens", seed);
            var golden = File.ReadAllLines(Path.Combine(TestPaths.GoldenSmartCnDir, Path.GetFileNameWithoutExtension(seed) + ".tsv"));
            var ours = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal("#FILE " + Path.GetFileName(seed), ours[0]);
            Assert.All(ours.Skip(1), line => Assert.Matches(@"^[^\t]+\t\d+\t\d+$", line));

            // Same term at the same offsets; the rest differ only where a PDF line break splits a word (design.md).
            // The golden files hold the token lines only.
            var same = ours.Skip(1).Intersect(golden, StringComparer.Ordinal).Count();
            Assert.True(same >= 0.95 * golden.Length, $"{Path.GetFileName(seed)}: {same} of {golden.Length} golden tokens");
        }
    }
}
