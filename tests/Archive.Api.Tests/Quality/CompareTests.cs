using System.Globalization;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Core.Reports;
using Archive.Samples.Generation;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, compare(a, b) over GraphQL on generated series (their truth gives every cell of both reports): the cell
/// diff has every key of either report's tables with both states and values and B − A, computed here from the truth;
/// the prose diff keeps a copied report's sentences as SAME/CHANGED and a report written anew as ONLY_A/ONLY_B, and
/// never shows the template's statutory sentences.
/// </summary>
[Collection(GeneratedSeriesCollection.Name)]
public sealed class CompareTests(GeneratedSeriesHost host)
{
    private const string Query = """
        query ($a: ID!, $b: ID!) { compare(a: $a, b: $b) {
          a { id } b { id } cellsRecordedA cellsRecordedB
          cells { key table label change difference a { state value } b { state value } }
          text { change a b }
          changed: cells(changes: [CHANGED]) { key }
        } }
        """;

    [Fact]
    public async Task CellDiff_HasEveryKeyOfEitherReport_WithBothValuesAndTheDifference()
    {
        var ids = await IdsAsync();
        var pairs = Pairs().Where(p => p.A.Truth.Template != ReportTemplate.Pre2019 && p.B.Truth.Template != ReportTemplate.Pre2019).ToList();
        // Same template and a 2019 → 2021 change of template, so keys of one report only are compared too.
        var chosen = pairs.Where(p => p.A.Truth.Template == p.B.Truth.Template).Take(3)
            .Concat(pairs.Where(p => p.A.Truth.Template != p.B.Truth.Template).Take(2)).ToList();
        Assert.Contains(chosen, p => p.A.Truth.Template != p.B.Truth.Template);
        foreach (var (a, b) in chosen)
        {
            var data = (await host.Client.PostAsync(Query, new { a = ids[a.FileName], b = ids[b.FileName] })).Ok().GetProperty("compare");
            Assert.Equal(ids[a.FileName], data.GetProperty("a").GetProperty("id").GetString());
            Assert.True(data.GetProperty("cellsRecordedA").GetBoolean() && data.GetProperty("cellsRecordedB").GetBoolean());
            var cellsA = a.Truth.Cells.ToDictionary(c => c.Key);
            var cellsB = b.Truth.Cells.ToDictionary(c => c.Key);
            var cells = data.GetProperty("cells").EnumerateArray().ToList();
            Assert.Equal(cellsA.Keys.Union(cellsB.Keys).Order(StringComparer.Ordinal), cells.Select(c => c.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
            var changed = 0;
            foreach (var cell in cells)
            {
                var key = cell.GetProperty("key").GetString()!;
                var inA = cellsA.GetValueOrDefault(key);
                var inB = cellsB.GetValueOrDefault(key);
                AssertCell(inA, cell.GetProperty("a"));
                AssertCell(inB, cell.GetProperty("b"));
                decimal? difference = inA is { State: CellState.Printed } && inB is { State: CellState.Printed } ? inB.Value - inA.Value : null;
                var expected = inA is null ? "ONLY_B" : inB is null ? "ONLY_A" : difference is { } d ? (d == 0 ? "SAME" : "CHANGED") : inA.State == inB.State ? "SAME" : "STATE_CHANGED";
                Assert.Equal(expected, cell.GetProperty("change").GetString());
                Assert.Equal(difference is { } x ? (double?)x : null, cell.GetProperty("difference").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("difference").GetDouble());
                Assert.False(string.IsNullOrEmpty(cell.GetProperty("label").GetString()));
                changed += expected == "CHANGED" ? 1 : 0;
            }

            Assert.Equal(changed, data.GetProperty("changed").GetArrayLength());
        }
    }

    [Fact]
    public async Task TextDiff_KeepsACopysSentences_AndSkipsTheTemplatesBoilerplate()
    {
        var ids = await IdsAsync();
        var copied = Pairs().First(p => p.B.Series!.Faults.Any(f => f.Kind == SeriesFaultKind.CopiedFromPrevious && f.Subject == "all"));
        var anew = Pairs().First(p => p.B.Truth.Template == p.A.Truth.Template && p.B.Series!.Faults.All(f => f.Kind is not (SeriesFaultKind.CopiedFromPrevious or SeriesFaultKind.CopiedFromOther)));
        var shares = new List<double>();
        foreach (var (a, b) in new[] { copied, anew })
        {
            var text = (await host.Client.PostAsync(Query, new { a = ids[a.FileName], b = ids[b.FileName] })).Ok().GetProperty("compare").GetProperty("text").EnumerateArray().ToList();
            Assert.NotEmpty(text);
            foreach (var line in text)
            {
                var change = line.GetProperty("change").GetString();
                Assert.Equal(change != "ONLY_B", line.GetProperty("a").ValueKind == JsonValueKind.String);
                Assert.Equal(change != "ONLY_A", line.GetProperty("b").ValueKind == JsonValueKind.String);
                Assert.DoesNotContain("政府信息公开条例", line.GetProperty("a").ToString() + line.GetProperty("b"), StringComparison.Ordinal);
                if (change == "CHANGED")
                {
                    Assert.NotEqual(line.GetProperty("a").GetString(), line.GetProperty("b").GetString());
                }
            }

            shares.Add((double)text.Count(l => l.GetProperty("change").GetString() is "SAME" or "CHANGED") / text.Count);
        }

        // A copy keeps nearly all its sentences (some are reworded with new figures); a report written anew few.
        Assert.True(shares[0] >= 0.8, string.Create(CultureInfo.InvariantCulture, $"copied: {shares[0]:P0} of the lines kept"));
        Assert.True(shares[1] <= 0.5, string.Create(CultureInfo.InvariantCulture, $"written anew: {shares[1]:P0} of the lines kept"));
    }

    [Fact]
    public async Task Compare_WithAReportThatDoesNotExist_IsNull()
    {
        var ids = await IdsAsync();
        var missing = Convert.ToBase64String("Report:99999999"u8.ToArray());
        var data = (await host.Client.PostAsync(Query, new { a = ids.Values.First(), b = missing })).Ok();
        Assert.Equal(JsonValueKind.Null, data.GetProperty("compare").ValueKind);
    }

    private static void AssertCell(TableCell? truth, JsonElement cell)
    {
        if (truth is null)
        {
            Assert.Equal(JsonValueKind.Null, cell.ValueKind);
            return;
        }

        Assert.Equal(truth.State switch
        {
            CellState.NotApplicable => "NOT_APPLICABLE",
            var s => s.ToString().ToUpperInvariant(),
        }, cell.GetProperty("state").GetString());
        Assert.Equal(truth.Value is { } v ? (double?)v : null, cell.GetProperty("value").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("value").GetDouble());
    }

    /// <summary>Each generated report with its body's report of the year before.</summary>
    private IEnumerable<(GeneratedReport A, GeneratedReport B)> Pairs()
    {
        var byIndex = host.Reports.Values.ToDictionary(r => int.Parse(r.FileName[..6], CultureInfo.InvariantCulture));
        return host.Reports.Values.OrderBy(r => r.FileName, StringComparer.Ordinal)
            .Where(r => r.Series!.PreviousIndex is { } p && byIndex.ContainsKey(p))
            .Select(r => (byIndex[r.Series!.PreviousIndex!.Value], r));
    }

    private async Task<Dictionary<string, string>> IdsAsync()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync("query ($after: String) { reports(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id fileName } } }", new { after })).Ok().GetProperty("reports");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                ids[Path.GetFileName(node.GetProperty("fileName").GetString()!)] = node.GetProperty("id").GetString()!;
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return ids;
    }
}
