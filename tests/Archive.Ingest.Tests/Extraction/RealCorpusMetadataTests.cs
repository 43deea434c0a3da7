using System.Globalization;
using System.Text.Json;
using Archive.Core.Vocabulary;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Testing;
using Xunit.Abstractions;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Issue 19, acceptance 1 (metadata part): every real report of ../shared/corpus/real, read as ingest reads it, against
/// its hand-built truth — region code, year, template, published and agency, scored as corpus/real/score.py scores
/// them. Prints the figure and every miss; fails below 98%.
/// </summary>
public sealed class RealCorpusMetadataTests(ITestOutputHelper output)
{
    private const double Required = 98.0;

    private static string RealDir => Path.Combine(TestPaths.SharedDir, "corpus", "real");

    [Fact]
    public async Task Extract_EveryRealReport_MetadataFieldsAtLeast98Percent()
    {
        var truthDir = Path.Combine(RealDir, "truth");
        var rawFiles = Directory.GetFiles(Path.Combine(RealDir, "raw")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(rawFiles);
        var preparer = new ReportPreparer(new ReportExtractor(), new IngestOptions());

        int scored = 0, right = 0;
        var misses = new List<string>();
        foreach (var raw in rawFiles)
        {
            var name = Path.GetFileNameWithoutExtension(raw);
            var truthPath = Path.Combine(truthDir, name + ".json");
            Assert.True(File.Exists(truthPath), $"no truth for {raw}");
            using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
            var extracted = (await preparer.PrepareFileAsync(raw, CancellationToken.None)).Extracted;

            var got = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["region"] = extracted.Region?.Code ?? string.Empty,
                ["year"] = extracted.Year?.ToString(CultureInfo.InvariantCulture) ?? "None",
                ["template"] = extracted.Template.StableId(),
                ["published"] = extracted.Published ?? "None",
                ["agency"] = extracted.Agency ?? "None",
            };
            foreach (var (field, value) in got)
            {
                if (!truth.RootElement.TryGetProperty(field, out var want))
                {
                    continue;
                }

                scored++;
                var expected = field != "region" ? Scalar(want)
                    : want.ValueKind == JsonValueKind.Object && want.TryGetProperty("code", out var code) ? Scalar(code) : string.Empty;
                if (expected == value)
                {
                    right++;
                }
                else
                {
                    misses.Add($"{name}: {field} want {expected} got {value}");
                }
            }
        }

        var percent = 100.0 * right / Math.Max(scored, 1);
        output.WriteLine($"real corpus metadata: {percent:0.0}% ({right}/{scored}) over {rawFiles.Count} reports");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(percent >= Required, $"metadata {percent:0.0}% ({right}/{scored}) < {Required}%:{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");
    }

    // score.py compares str() of the JSON value: null → None, numbers as printed.
    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "None",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
