using System.Globalization;
using Archive.Ingest.Normalization;
using Archive.Search.Analysis;
using Archive.Testing;
using Xunit.Abstractions;

namespace Archive.Search.Tests;

public sealed class SmartCnTokenDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Write_TwoFiles_UsesTheGoldenFormat()
    {
        var writer = new StringWriter();
        SmartCnTokenDump.Write(writer, "a.txt", "政府信息公开工作年度报告");
        SmartCnTokenDump.Write(writer, "b.txt", "2019年");

        var lines = writer.ToString().Split('\n');
        Assert.Equal("#FILE a.txt", lines[0]);
        var fileB = Array.IndexOf(lines, "#FILE b.txt");
        Assert.True(fileB > 1);
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith("#FILE ", StringComparison.Ordinal)))
        {
            var fields = line.Split('\t');
            Assert.Equal(3, fields.Length);
            Assert.True(int.Parse(fields[1], CultureInfo.InvariantCulture) < int.Parse(fields[2], CultureInfo.InvariantCulture));
        }

        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void Tokens_OfEverySeed_MostlyAgreeWithJavaGolden_AndJoiningWrappedLinesAgreesMore()
    {
        var goldenTotal = 0;
        var agreeRaw = 0;
        var agreeNormalized = 0;
        foreach (var seed in TestPaths.SeedFiles)
        {
            var raw = File.ReadAllText(seed);
            var golden = ReadGolden(Path.Combine(TestPaths.GoldenSmartCnDir, Path.GetFileNameWithoutExtension(seed) + ".tsv"));
            var normalized = TextNormalizer.Normalize(raw);

            // Java read the raw file; tokens of the normalized text are mapped back to raw offsets to compare.
            var rawTokens = SmartCnTokenDump.Tokens(raw).ToHashSet();
            var mappedTokens = SmartCnTokenDump.Tokens(normalized.Text)
                .Select(t => (t.Term, normalized.ToRaw(t.Start), normalized.ToRaw(t.End - 1) + 1))
                .ToHashSet();
            var fileAgreeRaw = golden.Count(rawTokens.Contains);
            var fileAgreeNormalized = golden.Count(mappedTokens.Contains);
            output.WriteLine($"{Path.GetFileName(seed)}: golden {golden.Count}, raw agree {Percent(fileAgreeRaw, golden.Count)}, normalized agree {Percent(fileAgreeNormalized, golden.Count)}");
            foreach (var missed in golden.Where(t => !mappedTokens.Contains(t)).Take(8))
            {
                output.WriteLine($"  java only: {missed.Term} {missed.Start}-{missed.End} raw '{raw[Math.Max(0, missed.Start - 3)..Math.Min(raw.Length, missed.End + 3)].ReplaceLineEndings("⏎")}'");
            }

            goldenTotal += golden.Count;
            agreeRaw += fileAgreeRaw;
            agreeNormalized += fileAgreeNormalized;
        }

        output.WriteLine($"all seeds: golden {goldenTotal}, raw agree {Percent(agreeRaw, goldenTotal)}, normalized agree {Percent(agreeNormalized, goldenTotal)}");
        Assert.True(agreeNormalized > agreeRaw, "joining wrapped lines should bring .NET SmartCn closer to Java's");
        Assert.True(agreeNormalized * 100 >= goldenTotal * 95, $"only {Percent(agreeNormalized, goldenTotal)} agree");
    }

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static List<(string Term, int Start, int End)> ReadGolden(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith("#FILE ", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)))];
}
