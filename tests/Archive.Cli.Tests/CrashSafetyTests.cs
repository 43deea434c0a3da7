using System.Diagnostics;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Archive.Testing;
using Microsoft.Data.Sqlite;

namespace Archive.Cli.Tests;

/// <summary>Kills a real `archive ingest` process mid-batch and checks that nothing is half-stored.</summary>
public sealed class CrashSafetyTests
{
    // Enough that the kill (after 50 stored) lands mid-batch with 250 to go; 600 took 28 s of CI's 10 minutes, 2,000
    // took 50 s.
    private const int FileCount = 300;

    [Fact]
    public async Task Ingest_KilledMidway_LeavesAConsistentDatabaseAndTheRerunCompletes()
    {
        using var data = new TempDirectory();
        using var input = new TempDirectory();
        var seeds = TestPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        for (var i = 0; i < FileCount; i++)
        {
            // Distinct content per file: a seed plus a numbered closing line.
            await File.WriteAllTextAsync(input.File($"r{i:D5}.txt"), seeds[i % seeds.Length] + $"\n（编号 {i}）\n");
        }

        var databasePath = Path.Combine(data.Path, "archive.db");
        using (var process = StartIngest(input.Path, data.Path))
        {
            await WaitForReportsAsync(databasePath, process, atLeast: 50);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var storedAfterKill = await ScalarAsync(databasePath, "SELECT COUNT(*) FROM Reports");
        Assert.InRange(storedAfterKill, 50, FileCount - 1);
        Assert.Equal("ok", await TextScalarAsync(databasePath, "PRAGMA integrity_check"));
        await AssertEveryReportCompleteAsync(databasePath);

        var rerun = await CliRunner.RunAsync("ingest", input.Path, "--data", data.Path);

        Assert.Equal(ExitCodes.Ok, rerun.ExitCode);
        Assert.Equal(FileCount, await ScalarAsync(databasePath, "SELECT COUNT(*) FROM Reports"));
        Assert.Equal("ok", await TextScalarAsync(databasePath, "PRAGMA integrity_check"));
        await AssertEveryReportCompleteAsync(databasePath);
    }

    /// <summary>Each stored report has its text and exactly the metrics and flags the pipeline gives its file.</summary>
    private static async Task AssertEveryReportCompleteAsync(string databasePath)
    {
        var preparer = TestPipeline.CreatePreparer();
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.SourcePath, r.NormalizedText,
                   (SELECT COUNT(*) FROM Metrics m WHERE m.ReportId = r.Id),
                   (SELECT COUNT(*) FROM QualityFlags f WHERE f.ReportId = r.Id)
            FROM Reports r
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var path = reader.GetString(0);
            var prepared = await preparer.PrepareFileAsync(path, CancellationToken.None);
            Assert.Equal(prepared.NormalizedText, StoredText.Decode((byte[])reader.GetValue(1)));
            Assert.Equal(prepared.Metrics.Count, reader.GetInt32(2));
            Assert.Equal(prepared.Extracted.Flags.Count, reader.GetInt32(3));
        }
    }

    private static Process StartIngest(string inputDir, string dataDir)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in new[] { "ingest", inputDir, "--data", dataDir })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForReportsAsync(string databasePath, Process process, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(databasePath) && await TryCountAsync(databasePath) >= atLeast)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail(process.HasExited ? "ingest ended before it could be killed" : "ingest stored nothing within 3 minutes");
    }

    private static async Task<long> TryCountAsync(string databasePath)
    {
        try
        {
            return await ScalarAsync(databasePath, "SELECT COUNT(*) FROM Reports");
        }
        catch (SqliteException)
        {
            return 0; // Schema not created yet.
        }
    }

    private static async Task<long> ScalarAsync(string databasePath, string sql) =>
        Convert.ToInt64(await RawScalarAsync(databasePath, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string?> TextScalarAsync(string databasePath, string sql) => (string?)await RawScalarAsync(databasePath, sql);

    private static async Task<object?> RawScalarAsync(string databasePath, string sql)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Mode=ReadWrite");
        await connection.OpenAsync();
        return connection;
    }
}
