using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Web.Tests;

/// <summary>
/// A served archive of generated series reports (`archive generate --series`: bodies reporting year after year, with
/// late, copied and cross-year faults put in and listed in series.tsv), for the report card and the two-year view.
/// </summary>
public sealed class ServedSeriesArchive : ServedArchive
{
    /// <summary>series.tsv: one row per report — its file, the previous report's file, the faults put in.</summary>
    public IReadOnlyList<SeriesRow> Rows { get; private set; } = [];

    protected override async Task FillAsync(string data)
    {
        // 48 reports: six bodies of eight years; seed 42 puts a cross-year fault in (the tests look for it in series.tsv).
        var generated = Path.Combine(data, "series");
        var generate = await RunArchiveAsync("generate", "--series", "--count", "48", "--seed", "42", "--out", generated);
        Assert.True(generate == 0, $"generate exited {generate}");
        var ingest = await RunArchiveAsync("ingest", generated, "--data", data);
        Assert.True(ingest == 0, $"ingest exited {ingest}");
        Rows = [.. (await File.ReadAllLinesAsync(Path.Combine(generated, "series.tsv"))).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new SeriesRow(f[0], f[3].Length == 0 ? null : f[3], [.. f[4].Split(';', StringSplitOptions.RemoveEmptyEntries)]))];
    }

    /// <summary>Posts a GraphQL query to the served API and returns its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").Clone();
    }

    /// <summary>The global id of each stored report by its file name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> IdsByFileAsync()
    {
        var data = await QueryAsync("{ reports(first: 100) { nodes { id fileName } } }");
        return data.GetProperty("reports").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("fileName").GetString()!, n => n.GetProperty("id").GetString()!, StringComparer.Ordinal);
    }
}

/// <param name="Faults">kind:subject:amount, e.g. InForceMismatch:active.normative_docs:1.</param>
public sealed record SeriesRow(string File, string? Previous, IReadOnlyList<string> Faults);
