using Archive.Cli.Infrastructure;
using Archive.Ingest.Decoding;
using Archive.Ingest.Normalization;
using Archive.Storage;
using Archive.Testing;
using Microsoft.Data.Sqlite;

namespace Archive.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_SeedsTwice_AddsFiveThenLeavesFiveUnchanged()
    {
        using var data = new TempDirectory();

        var first = await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);
        var second = await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("added 5, updated 0, unchanged 0, failed 0", first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("added 0, updated 0, unchanged 5, failed 0", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Seeds_StoresTextsByteIdenticalToTheNormalizedFiles()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", data.Path);

        var stored = await ReadTextsAsync(Path.Combine(data.Path, "archive.db"));
        Assert.Equal(5, stored.Count);
        foreach (var seed in TestPaths.SeedFiles)
        {
            var decoded = TextDecoder.Decode(File.ReadAllBytes(seed)).Text;
            var (original, normalized) = stored[Path.GetFileName(seed)];
            Assert.Equal(decoded, original);
            Assert.Equal(TextNormalizer.Normalize(decoded).Text, normalized);
        }
    }

    [Fact]
    public async Task Ingest_ChangedFileAtSamePath_IsUpdated()
    {
        using var data = new TempDirectory();
        using var input = new TempDirectory();
        var path = input.File("report.txt");
        await File.WriteAllTextAsync(path, File.ReadAllText(TestPaths.SeedFiles[0]));
        await CliRunner.RunAsync("ingest", path, "--data", data.Path);
        await File.AppendAllTextAsync(path, "\n附：更正说明。\n");

        var run = await CliRunner.RunAsync("ingest", path, "--data", data.Path);

        Assert.Contains("added 0, updated 1, unchanged 0, failed 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderOfConvertedAndCrawledCopies_ReadsMarkdownAndShtmlLikeText()
    {
        using var data = new TempDirectory();
        using var input = new TempDirectory();
        File.Copy(Path.Combine(TestPaths.SharedDir, "corpus", "real", "raw", "sh_2024_skw.md"), input.File("converted.md"));
        File.Copy(TestPaths.SeedFiles[0], input.File("REPORT.MD"));
        File.Copy(TestPaths.SeedFiles[1], input.File("page.shtml"));
        File.Copy(TestPaths.SeedFiles[2], input.File("notes.png"));

        var run = await CliRunner.RunAsync("ingest", input.Path, "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("added 3, updated 0, unchanged 0, failed 0", run.Output, StringComparison.Ordinal);
        Assert.Equal(["REPORT.MD", "converted.md", "page.shtml"], (await ReadTextsAsync(Path.Combine(data.Path, "archive.db"))).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingest_FolderWithBadEntries_StoresTheGoodFileAndReportsEachBadOne()
    {
        using var data = new TempDirectory();
        using var input = new TempDirectory();
        File.Copy(TestPaths.SeedFiles[1], input.File("good.txt"));
        File.WriteAllBytes(input.File("empty.txt"), []);
        var random = new byte[1024];
        new Random(42).NextBytes(random);
        File.WriteAllBytes(input.File("random.txt"), random);
        Directory.CreateDirectory(input.File("folder.txt"));

        var run = await CliRunner.RunAsync("ingest", input.Path, "--data", data.Path);

        Assert.Equal(ExitCodes.SomeFilesFailed, run.ExitCode);
        Assert.Contains("added 1, updated 0, unchanged 0, failed 3", run.Output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty file", run.Error, StringComparison.Ordinal);
        Assert.Contains("folder.txt: is a directory", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"random\.txt: \S", run.Error);
        Assert.Equal(["good.txt"], (await ReadTextsAsync(Path.Combine(data.Path, "archive.db"))).Keys);
    }

    [Fact]
    public async Task Ingest_MissingPathAndNoArguments_AreReported()
    {
        using var data = new TempDirectory();

        var missing = await CliRunner.RunAsync("ingest", Path.Combine(data.Path, "nope.txt"), "--data", data.Path);
        var usage = await CliRunner.RunAsync("ingest");
        var unknown = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, missing.ExitCode); // a typo in a path is wrong usage (issue 23), not a failed file
        Assert.Contains("nope.txt: no such file or folder", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, usage.ExitCode);
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
    }

    private static async Task<Dictionary<string, (string Original, string Normalized)>> ReadTextsAsync(string databasePath)
    {
        var texts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT FileName, OriginalText, NormalizedText FROM Reports";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Stored compressed; the original only where it differs from the normalized text, mostly as edits of it.
            var normalized = StoredText.Decode((byte[])reader.GetValue(2));
            texts[reader.GetString(0)] = (StoredText.DecodeOriginal(reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1), normalized), normalized);
        }

        return texts;
    }
}
