using System.Text.Json.Nodes;
using Archive.Cli.Infrastructure;
using Archive.Testing;

namespace Archive.Cli.Tests;

/// <summary>The first hour on the command line (issue 23): each stumble of a new user, one test each.</summary>
public sealed class CliUsabilityTests
{
    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task Ingest_NonexistentPath_IsWrongUsage_SaidOnce_AndCreatesNothing()
    {
        using var data = new TempDirectory();
        var missing = Path.Combine(data.Path, "no-such-report.txt");
        var dataDir = Path.Combine(data.Path, "data");

        var run = await ArchiveProcess.RunAsync("ingest", missing, "--data", dataDir);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(1, Occurrences(run.Error, missing));
        Assert.Contains("no such file or folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataDir), "a typo in a path must not create a data directory");
    }

    [Fact]
    public async Task Ingest_ABadFile_IsListedOnce()
    {
        using var data = new TempDirectory();
        var empty = Path.Combine(data.Path, "empty.txt");
        await File.WriteAllBytesAsync(empty, []);

        var run = await ArchiveProcess.RunAsync("ingest", empty, TestPaths.SeedFiles[0], "--data", Path.Combine(data.Path, "data"));

        Assert.Equal(ExitCodes.SomeFilesFailed, run.ExitCode);
        Assert.Equal(1, Occurrences(run.Error, empty));
        Assert.Contains("added 1,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_APngNamedPdf_IsReportedAsAnImageNotAPdf()
    {
        using var data = new TempDirectory();
        var png = Path.Combine(data.Path, "report.pdf");
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        await File.WriteAllBytesAsync(png, [.. header, .. Enumerable.Range(0, 2000).Select(i => (byte)(i * 37))]);

        var run = await CliRunner.RunAsync("ingest", png, "--data", Path.Combine(data.Path, "data"));

        Assert.Equal(ExitCodes.SomeFilesFailed, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains(png, StringComparison.Ordinal));
        Assert.Contains("PNG image, not a PDF", line, StringComparison.Ordinal);
        Assert.DoesNotContain("gb18030", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("control characters", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "依申请公开")]
    [InlineData("ingest", null)]
    [InlineData("reindex", null)]
    public async Task Data_ThatIsAFile_IsNotADataDirectory(string command, string? argument)
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "passwd");
        await File.WriteAllTextAsync(file, "root:x:0:0:root:/root:/bin/bash\n");
        string[] args = command == "ingest" ? [command, TestPaths.SeedFiles[0], "--data", file] : argument is null ? [command, "--data", file] : [command, argument, "--data", file];

        var run = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("is a file, not a data directory", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("root:x:0:0:root:/root:/bin/bash\n", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("search")]
    [InlineData("reindex")]
    [InlineData("export")]
    public async Task Data_Mistyped_ForAReadingCommand_CreatesNoEmptyArchive(string command)
    {
        using var data = new TempDirectory();
        var typo = Path.Combine(data.Path, "indx-data");
        string[] args = command switch
        {
            "search" => ["search", "依申请公开", "--data", typo],
            "export" => ["export", "metrics", "--data", typo],
            _ => [command, "--data", typo],
        };

        var run = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("no data directory", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(typo), $"{command} created {typo}");
    }

    [Fact]
    public async Task Search_Text_ShowsRanksMarksAndNamesNotCodes()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);

        var run = await CliRunner.RunAsync("search", "\"依申请公开\"", "--facets", "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.DoesNotContain("<mark>", run.Output, StringComparison.Ordinal);
        Assert.Contains("【依申请公开】", run.Output, StringComparison.Ordinal);
        var json = JsonNode.Parse((await CliRunner.RunAsync("search", "\"依申请公开\"", "--json", "--data", data.Path)).Output)!;
        var count = (int)json["totalCount"]!;
        Assert.Contains($"{count} reports match", run.Output, StringComparison.Ordinal);
        Assert.Contains("  1. ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{count,3}. ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", run.Output, StringComparison.Ordinal);
        Assert.Contains("省份: 宁夏回族自治区", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("640000", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("province:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OneHit_SaysOneReportMatches()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);
        var title = "中卫市工业和信息化局2020年政府信息公开工作年度报告";

        var run = await CliRunner.RunAsync("search", $"title:\"{title}\"", "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("1 report matches", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1 reports", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadSyntax_ExitsTwo()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedFiles[0], "--data", data.Path);

        var run = await CliRunner.RunAsync("search", "\"unbalanced", "--data", data.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("archive search: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingset", "ingest")]
    [InlineData("serach", "search")]
    [InlineData("reindx", "reindex")]
    public async Task MistypedCommand_GetsDidYouMean(string typo, string meant)
    {
        var run = await CliRunner.RunAsync(typo, "x");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"Did you mean 'archive {meant}'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnrelatedWord_GetsNoSuggestion()
    {
        var run = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMetrics_WritesTheCsvAndJsonOfTheApi()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);

        var csv = await CliRunner.RunAsync("export", "metrics", "--keys", "legacy.active.total,apply.new.total", "--data", data.Path);
        var json = await CliRunner.RunAsync("export", "metrics", "--keys", "legacy.active.total,apply.new.total", "--format", "json", "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, csv.ExitCode);
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("reportId,title,agency,agencyKind,regionCode,regionName,year,template,key,label,value,unit,origin", lines[0]);
        Assert.Equal(3, lines.Length - 1); // the seeds stating them: two legacy.active.total, one apply.new.total
        Assert.All(lines[1..], l => Assert.Matches(",(PRE2019|V2019|V2021),(legacy.active.total|apply.new.total),.*,(TABLE|PROSE)$", l));
        var rows = JsonNode.Parse(json.Output)!["rows"]!.AsArray();
        Assert.Equal(lines.Length - 1, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("UmVwb3J0", (string)r!["reportId"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportMetrics_UnknownKey_IsWrongUsage()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedFiles[0], "--data", data.Path);

        var run = await CliRunner.RunAsync("export", "metrics", "--keys", "apply.nwe.total", "--data", data.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("apply.nwe.total", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task ExportSearch_WritesEveryHitByRank()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);
        var expected = TestPaths.SeedFiles.Count(f => File.ReadAllText(f).Contains("依申请公开", StringComparison.Ordinal));

        var csv = await CliRunner.RunAsync("export", "search", "\"依申请公开\"", "--data", data.Path);
        var json = await CliRunner.RunAsync("export", "search", "\"依申请公开\"", "--format", "json", "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, csv.ExitCode);
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Archive.Api.Export.SearchExportRows.Header, lines[0]);
        Assert.Equal(expected, lines.Length - 1);
        Assert.Equal(Enumerable.Range(1, expected).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines[1..].Select(l => l.Split(',')[0]));
        Assert.Equal(expected, (int)JsonNode.Parse(json.Output)!["totalCount"]!);
    }
}
