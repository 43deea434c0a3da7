using System.Globalization;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Quality.Similarity;
using Archive.Core.Configuration;
using Archive.Samples.Generation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, acceptance 3 (correctness; the speed is the `similar` benchmark's): generated series reports, some of
/// whose prose is another body's report of the same year (the generator's CopiedFromOther fault), ingested through
/// the real ingest service. Over GraphQL, `report.similar` finds for every copy a report of its copy group (the copy,
/// its source, the source's other copies) at 50% or more with the shared passages, and no report outside a group
/// comes near 50%.
/// </summary>
[Collection(GeneratedSeriesCollection.Name)]
public sealed class CrossAgencyCopyTests(GeneratedSeriesHost host, ITestOutputHelper output)
{
    private const string Query = """
        query ($after: String) { reports(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { fileName year agencyName
            similar(first: 2) { share sharedShingles shingles passages(first: 1) report { fileName year agencyName } } }
        } }
        """;

    [Fact]
    public async Task CopiesAcrossAgencies_AreFound_WithTheirPassages_AndNothingElseComesNear()
    {
        var byIndex = host.Reports.Keys.ToDictionary(f => int.Parse(f[..6], CultureInfo.InvariantCulture));
        var group = host.Reports.Keys.ToDictionary(f => f, f => f, StringComparer.Ordinal);
        string Root(string f) => group[f] == f ? f : group[f] = Root(group[f]);
        var copies = new List<string>();
        foreach (var report in host.Reports.Values)
        {
            foreach (var fault in report.Series!.Faults.Where(f => f.Kind == SeriesFaultKind.CopiedFromOther))
            {
                copies.Add(report.FileName);
                group[Root(report.FileName)] = Root(byIndex[(int)fault.Amount]);
            }
        }

        var inGroup = host.Reports.Keys.Where(f => host.Reports.Keys.Any(g => g != f && Root(g) == Root(f))).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(copies);

        var nearest = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var rows = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(Query, new { after })).Ok().GetProperty("reports");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                var file = Path.GetFileName(node.GetProperty("fileName").GetString()!);
                if (!host.Reports.ContainsKey(file))
                {
                    // The host's own sample reports are not part of this count.
                    continue;
                }

                rows[file] = node;
                if (node.GetProperty("similar").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } top)
                {
                    nearest[file] = top;
                }
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var copyShares = new List<double>();
        foreach (var file in inGroup)
        {
            Assert.True(nearest.TryGetValue(file, out var top), $"{file}: no similar report");
            var other = Path.GetFileName(top.GetProperty("report").GetProperty("fileName").GetString()!);
            Assert.Equal(Root(file), Root(other));
            Assert.Equal(rows[file].GetProperty("year").GetInt32(), top.GetProperty("report").GetProperty("year").GetInt32());
            Assert.NotEqual(rows[file].GetProperty("agencyName").GetString(), top.GetProperty("report").GetProperty("agencyName").GetString());
            var share = top.GetProperty("share").GetDouble();
            Assert.True(share >= 50, $"{file}: {share}% in {other}");
            Assert.Equal(Math.Round(100.0 * top.GetProperty("sharedShingles").GetInt32() / top.GetProperty("shingles").GetInt32(), 1), share);
            Assert.NotEmpty(top.GetProperty("passages").EnumerateArray());
            copyShares.Add(share);
        }

        var others = nearest.Where(p => !inGroup.Contains(p.Key)).Select(p => p.Value.GetProperty("share").GetDouble()).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{host.Reports.Count} reports, {copies.Count} copied from another agency ({inGroup.Count} in copy groups): nearest share of a copy {copyShares.Min():F1}–{copyShares.Max():F1}%"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reports outside a group with a candidate: {others.Count}, nearest share at most {(others.Count == 0 ? 0 : others.Max()):F1}%"));
        Assert.All(others, share => Assert.True(share < 50, $"a report not copied comes to {share}%"));
    }

    [Fact]
    public async Task Signatures_AreKeptBesideTheIndex_AndRead_NotRecomputed()
    {
        var path = Path.Combine(Path.GetFullPath(host.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value.DataDirectory), SignatureFile.FileName);
        var kept = SignatureFile.Read(path, out var records);
        var stored = (await host.Client.PostAsync("{ reports { totalCount } }")).Ok().GetProperty("reports").GetProperty("totalCount").GetInt32();
        Assert.Equal(stored, kept.Count);
        Assert.True(records >= kept.Count);

        // Computed at ingest: catching up again signs nothing.
        Assert.Equal(0, await host.Services.GetRequiredService<SimilarityService>().CatchUpAsync(CancellationToken.None));

        // A record cut short (a crash mid-write) is dropped, the whole ones are kept, and the next append overwrites it.
        var copy = path + ".test";
        File.Copy(path, copy, overwrite: true);
        await using (var stream = new FileStream(copy, FileMode.Append))
        {
            stream.Write(new byte[100]);
        }

        Assert.Equal(kept.Count, SignatureFile.Read(copy, out _).Count);
        var signature = SimilarityService.Sign(-1, 7, string.Concat(Enumerable.Repeat("本机关坚持以公开为常态不公开为例外，全面推进决策执行管理服务结果公开。", 4)));
        SignatureFile.Append(copy, [signature]);
        var read = SignatureFile.Read(copy, out var after);
        Assert.Equal(records + 1, after);
        Assert.Equal(signature.Mins, read[-1].Mins);
        Assert.Equal(signature.Shingles, read[-1].Shingles);
        File.Delete(copy);
    }
}
