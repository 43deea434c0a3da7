using Archive.Ingest.Decoding;
using Archive.Ingest.Extraction;
using Archive.Testing;

namespace Archive.Ingest.Tests.Extraction;

public sealed class SeedExtractionTests
{
    private static readonly ReportExtractor Extractor = new();

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestPaths.SeedFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_EqualsTruthFile(string seed)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed))).Text;
        var truth = File.ReadAllText(Path.Combine(TestPaths.TruthDir, Path.ChangeExtension(seed, ".json")));

        var report = Extractor.Extract(text, seed);
        var diffs = TruthComparer.Diff(report, text, truth);

        Assert.True(diffs.Count == 0, $"{seed} differs from its truth file:\n  " + string.Join("\n  ", diffs));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Serialize_Seed_RoundTripsThroughTheTruthShape(string seed)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed))).Text;
        var report = Extractor.Extract(text, seed);

        var json = ExtractedReportJson.Serialize(report);
        var diffs = TruthComparer.Diff(report, text, json);

        Assert.Empty(diffs);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"file\": \"" + seed + "\"", json, StringComparison.Ordinal);
    }
}
