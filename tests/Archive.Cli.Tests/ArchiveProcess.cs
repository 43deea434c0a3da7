using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Archive.Cli.Tests;

/// <summary>A real `archive` process (the built archive.dll under `dotnet`), with its output kept for failure messages.</summary>
internal sealed class ArchiveProcess : IDisposable
{
    public const string ApiKey = "test-key-0123456789abcdef";

    private readonly ConcurrentQueue<string> _output = new();

    private ArchiveProcess(Process process, string name)
    {
        Process = process;
        Name = name;
    }

    public Process Process { get; }

    public string Name { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Runs `archive` to its exit in a neutral working directory; every line it writes (logging included) is returned.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var start = StartInfo(args);
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    public static ArchiveProcess Start(params string[] args)
    {
        var start = StartInfo(args);
        start.Environment["Api__ApiKey"] = ApiKey;

        // The machine running the suite may be shared (a load of 30–40 on 2 cores was seen): a cold upload then
        // outlasts the 15 s default, which is not what these tests are about.
        start.Environment["Api__ExecutionTimeout"] = "00:01:30";

        // Eight writers on one loopback address are one client to the rate limiter; these tests are about writes.
        start.Environment["Api__RateLimitPoints"] = "0";
        var archive = new ArchiveProcess(Process.Start(start)!, string.Join(' ', args.Take(1)));
        archive.Process.OutputDataReceived += (_, e) => archive.Keep(e.Data);
        archive.Process.ErrorDataReceived += (_, e) => archive.Keep(e.Data);
        archive.Process.BeginOutputReadLine();
        archive.Process.BeginErrorReadLine();
        return archive;
    }

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Waits for the exit and returns the exit code; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await Process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Process.Kill(entireProcessTree: true);
            Assert.Fail($"archive {Name} did not exit within {timeout.TotalSeconds} s:\n{Output}");
        }

        return Process.ExitCode;
    }

    /// <summary>Sends SIGTERM (what systemd and docker stop send).</summary>
    public void Terminate()
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void KillHard()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}

/// <summary>A running `archive serve` on a free loopback port.</summary>
internal sealed class ServedArchiveProcess : IDisposable
{
    private ServedArchiveProcess(ArchiveProcess process, string baseUrl)
    {
        Archive = process;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", ArchiveProcess.ApiKey);
    }

    public ArchiveProcess Archive { get; }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    /// <param name="arguments">More arguments for `archive serve` (e.g. --db).</param>
    public static async Task<ServedArchiveProcess> StartAsync(string dataDirectory, params string[] arguments)
    {
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var served = new ServedArchiveProcess(ArchiveProcess.Start(["serve", "--urls", url, "--data", dataDirectory, "--sample", "0", .. arguments]), url);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(served.Archive.Process.HasExited, $"archive serve exited:\n{served.Archive.Output}");
            try
            {
                if ((await probe.GetAsync(url + "/health")).IsSuccessStatusCode)
                {
                    return served;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        served.Dispose();
        Assert.Fail("archive serve did not answer /health within 90 s");
        return null!;
    }

    /// <summary>Posts a GraphQL request and returns the parsed body (the status code is asserted by the caller through errors).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> GraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>The search's totalCount for <paramref name="words"/>.</summary>
    public async Task<long> SearchCountAsync(string words)
    {
        var (_, body) = await GraphQLAsync("query($q: String!) { search(query: $q, first: 1) { totalCount } }", new { q = words });
        return body.GetProperty("data").GetProperty("search").GetProperty("totalCount").GetInt64();
    }

    public void Dispose()
    {
        Http.Dispose();
        Archive.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Small reads of an archive's SQLite file from outside the processes under test.</summary>
internal static class ArchiveDatabase
{
    public static async Task<long> ScalarAsync(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<long> TryScalarAsync(string dataDirectory, string sql)
    {
        try
        {
            return await ScalarAsync(dataDirectory, sql);
        }
        catch (SqliteException)
        {
            return 0; // Not created yet.
        }
    }

    public static async Task<List<string>> ReportSourcePathsAsync(string dataDirectory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT SourcePath FROM Reports";
        var paths = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            paths.Add(reader.GetString(0));
        }

        return paths;
    }

    public static async Task<HashSet<long>> ReportIdsAsync(string dataDirectory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Reports";
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
