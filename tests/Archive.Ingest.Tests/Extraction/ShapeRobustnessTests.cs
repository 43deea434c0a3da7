using System.Text;
using Archive.Core.Reports;
using Archive.Ingest.Decoding;
using Archive.Ingest.Extraction;
using Archive.Testing;

namespace Archive.Ingest.Tests.Extraction;

public sealed class ShapeRobustnessTests
{
    private static readonly ReportExtractor Extractor = new();

    public static TheoryData<string, string> SeedsAndShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in TestPaths.SeedFiles)
        {
            foreach (var shape in new[] { "one-cell-per-line", "space-aligned", "full-width-digits", "gb18030" })
            {
                data.Add(Path.GetFileName(file), shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndShapes))]
    public void Extract_ReshapedSeed_GivesTheSameMetrics(string seed, string shape)
    {
        var original = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed))).Text;
        var reshaped = Reshape(original, shape);

        var expected = Extractor.Extract(original, seed);
        var actual = Extractor.Extract(reshaped, seed);

        var diffs = Describe(expected).Except(Describe(actual)).Select(d => "missing " + d)
            .Concat(Describe(actual).Except(Describe(expected)).Select(d => "extra " + d))
            .ToList();
        Assert.True(diffs.Count == 0, $"{seed} as {shape}:\n  " + string.Join("\n  ", diffs));
        Assert.Equal(expected.Flags.Select(f => f.Kind).Order(), actual.Flags.Select(f => f.Kind).Order());
        Assert.All(actual.Metrics, m => Assert.Equal(m.Source, reshaped[m.Start..m.End]));
    }

    [Theory]
    [MemberData(nameof(SeedsAndShapes))]
    public void Extract_ReshapedSeed_KeepsMetadata(string seed, string shape)
    {
        var original = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed))).Text;
        var reshaped = Reshape(original, shape);

        var expected = Extractor.Extract(original, seed);
        var actual = Extractor.Extract(reshaped, seed);

        Assert.Equal(expected.Title is null, actual.Title is null);
        Assert.Equal(expected.Title, actual.Title is null ? null : SeedReshaper.AsciiDigits(actual.Title));
        Assert.Equal(expected.Agency, actual.Agency);
        Assert.Equal(expected.Region?.Code, actual.Region?.Code);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Template, actual.Template);
    }

    public static TheoryData<string> SeedsWithTheOldTable() =>
    [
        .. TestPaths.SeedFiles
            .Where(f => Extractor.Extract(TextDecoder.Decode(File.ReadAllBytes(f)).Text, f).Template == ReportTemplate.Pre2019)
            .Select(Path.GetFileName).OfType<string>(),
    ];

    public static TheoryData<string, int> SeedsAndSpacings()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in TestPaths.SeedFiles.Select(Path.GetFileName).OfType<string>())
        {
            data.Add(seed, 1);
            data.Add(seed, 2);
        }

        return data;
    }

    /// <summary>
    /// Spacing that does not follow the header (seed 001's table 四, whose first five cells are blank, printed with
    /// spaces between cells) gives no column to a value: such a row is left unread, never placed by nearness.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedsAndSpacings))]
    public void Extract_SeedWithCellsSpacedApart_PlacesNoValueTheOriginalDoesNot(string seed, int spaces)
    {
        var original = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed))).Text;
        var reshaped = spaces == 1 ? SeedReshaper.OneSpaced(original) : SeedReshaper.TwoSpaced(original);

        var expected = Describe(Extractor.Extract(original, seed)).ToHashSet();
        var misplaced = Describe(Extractor.Extract(reshaped, seed)).Where(d => !expected.Contains(d)).ToList();

        Assert.True(misplaced.Count == 0, $"{seed} {spaces} space(s) apart:\n  " + string.Join("\n  ", misplaced));
    }

    /// <summary>
    /// The pre-2019 统计表 with its cells one space apart joins each 单位 to its indicator (其中：主动公开规范性文件数 条 0):
    /// every row is still read, with its unit.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedsWithTheOldTable))]
    public void Extract_SeedWithCellsOneSpaceApart_ReadsTheOldStatisticsTableWhole(string seed)
    {
        var original = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed))).Text;
        var expected = Extractor.Extract(original, seed);

        var actual = Extractor.Extract(SeedReshaper.OneSpaced(original), seed);

        Assert.Equal(Describe(expected).Order(), Describe(actual).Order());
    }

    private static string Reshape(string original, string shape) => shape switch
    {
        "one-cell-per-line" => SeedReshaper.OneCellPerLine(original),
        "space-aligned" => SeedReshaper.SpaceAligned(original),
        "full-width-digits" => SeedReshaper.FullWidthDigits(original),
        _ => TextDecoder.Decode(SeedReshaper.Gb18030.GetBytes(original)).Text,
    };

    private static IEnumerable<string> Describe(ExtractedReport report) =>
        report.Metrics.Select(m => $"{m.Key}={m.Value} {m.Unit} ({m.Origin})");
}
