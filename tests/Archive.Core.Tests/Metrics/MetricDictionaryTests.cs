using Archive.Core.Metrics;
using Archive.Testing;

namespace Archive.Core.Tests.Metrics;

public sealed class MetricDictionaryTests
{
    [Fact]
    public void All_ComparedWithAppendixA_SameKeysUnitsAndTemplatesInOrder()
    {
        var doc = File.ReadAllLines(Path.Combine(TestPaths.SharedDir, "docs", "metric-dictionary.md"));
        var start = Array.FindIndex(doc, l => l.StartsWith("## Appendix A", StringComparison.Ordinal));
        var open = Array.FindIndex(doc, start, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(doc, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var expected = doc[(open + 1)..close].Select(l => l.Split('\t')).ToList();

        Assert.Equal(expected.Count, MetricDictionary.All.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var definition = MetricDictionary.All[i];
            Assert.Equal(expected[i][0], definition.Key);
            var unit = expected[i][1].Contains('|', StringComparison.Ordinal) ? null : expected[i][1];
            Assert.Equal(unit, definition.Unit);
            Assert.Equal(expected[i][2], string.Join(',', definition.Templates));
        }
    }

    [Fact]
    public void TryGet_KnownAndUnknownKeys_FindsOnlyKnown()
    {
        Assert.True(MetricDictionary.TryGet("apply.result.denied.state_secret.natural", out var definition));
        Assert.Equal("件", definition.Unit);
        Assert.Contains("属于国家秘密", definition.Label, StringComparison.Ordinal);
        Assert.Contains("自然人", definition.Label, StringComparison.Ordinal);
        Assert.False(MetricDictionary.TryGet("apply.result.denied.unknown", out _));
    }

    [Fact]
    public void StandardTables_Applications_SevenColumnsAndTemplateSpecificOtherRows()
    {
        var t2019 = StandardTables.Applications2019.Sections.Single();
        var t2021 = StandardTables.Applications2021.Sections.Single();
        Assert.Equal(7, t2019.Columns.Count);
        Assert.Equal(23, t2019.Rows.Count);
        Assert.Equal(25, t2021.Rows.Count);
        Assert.Contains(t2019.Rows, r => r.KeyPrefix == "apply.result.other");
        Assert.DoesNotContain(t2021.Rows, r => r.KeyPrefix == "apply.result.other");
        Assert.Equal(15, StandardTables.Reviews2021.Keys().Count());
        Assert.Equal(58, StandardTables.LegacyStatistics.Count(r => r.Key is not null));
    }
}
