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

    [Fact]
    public async Task ExtractJson_ListsEveryTemplateCellWithItsState_BlankIsNoMetric()
    {
        var file = Path.Combine(Path.GetTempPath(), $"x19-cells-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(file, "示例县人民政府2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 2 |  | 8 |\n");
        try
        {
            var run = await CliRunner.RunAsync("extract", file, "--json");

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var report = JsonNode.Parse(run.Output)!.AsObject();
            var cells = report["cells"]!.AsArray().ToDictionary(c => (string)c!["key"]!, c => c!);
            Assert.Equal("printed", (string)cells["active.rules.issued"]["state"]!);
            Assert.Equal(2, (int)cells["active.rules.issued"]["value"]!);
            Assert.Equal("blank", (string)cells["active.rules.repealed"]["state"]!);
            Assert.Null(cells["active.rules.repealed"]["value"]);
            Assert.Equal("unread", (string)cells["active.normative_docs.issued"]["state"]!);
            Assert.DoesNotContain(report["metrics"]!.AsArray(), m => (string)m!["key"]! == "active.rules.repealed");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ExtractExplain_Seed_SaysHowEachTableWasRead()
    {
        var run = await CliRunner.RunAsync("extract", TestPaths.SeedFiles[1], "--explain");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("table3", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"table4\s+shape Tabs; rows \d+, columns 15; cells 15: read 10, blank 5", run.Output);
    }

    private static List<string> Pairs(JsonObject report) =>
        [.. report["metrics"]!.AsArray().Select(m => $"{m!["key"]}={m["value"]}").Order(StringComparer.Ordinal)];
}
