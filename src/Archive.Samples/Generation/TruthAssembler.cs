using System.Collections.Frozen;
using Archive.Core.Metrics;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Samples.Generation;

/// <summary>Puts the truth of a generated report together: metrics in template order and the §10 flags they imply.</summary>
internal static class TruthAssembler
{
    private static readonly FrozenDictionary<ReportTemplate, FrozenDictionary<string, int>> OrderByTemplate =
        StableIds.All<ReportTemplate>().ToFrozenDictionary(t => t, BuildOrder);

    public static ExtractedReport Assemble(ExtractedReport metadata, IReadOnlyList<ExtractedMetric> metrics, IReadOnlyList<ReportFlag> metadataFlags, IReadOnlyList<string> blankCells)
    {
        var order = OrderByTemplate[metadata.Template];
        var ordered = metrics.OrderBy(m => order.GetValueOrDefault(m.Key, int.MaxValue)).ToList();
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var metric in ordered)
        {
            values[metric.Key] = metric.Value;
        }

        var flags = new List<ReportFlag>();
        foreach (var check in MetricIdentities.Evaluate(values))
        {
            if (!check.Holds)
            {
                flags.Add(new ReportFlag(FlagKind.IdentityViolation, check.Detail));
            }
        }

        foreach (var metric in ordered)
        {
            if (metric.Value < 0 && !MetricDictionary.MayBeNegative(metric.Key))
            {
                flags.Add(new ReportFlag(FlagKind.NegativeCount, $"{metric.Key} = {metric.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            }
        }

        // A table with blank cells is incomplete (§10), its cells listed in template order.
        var blank = blankCells.ToHashSet(StringComparer.Ordinal);
        var tables = metadata.Template == ReportTemplate.Pre2019 ? [] : StandardTables.ForTemplate(metadata.Template);
        foreach (var table in tables)
        {
            var keys = table.Keys().Where(blank.Contains).ToList();
            if (keys.Count > 0)
            {
                flags.Add(new ReportFlag(FlagKind.TableIncomplete, $"{table.Id}: cells without value: {string.Join(", ", keys)}"));
            }
        }

        flags.AddRange(metadataFlags);

        // Every template cell with its state: printed when the tables give its metric, blank when printed blank.
        var tableKeys = ordered.Where(m => m.Origin == MetricOrigin.Table).ToDictionary(m => m.Key, StringComparer.Ordinal);
        var cells = tables.SelectMany(t => t.Keys()).Select(key => tableKeys.TryGetValue(key, out var metric)
            ? new TableCell(key, CellState.Printed, metric.Value, null, -1, -1)
            : new TableCell(key, blank.Contains(key) ? CellState.Blank : CellState.Unread, null, null, -1, -1)).ToList();
        return metadata with { Metrics = ordered, Flags = flags, Cells = cells };
    }

    private static FrozenDictionary<string, int> BuildOrder(ReportTemplate template)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in StandardTables.ForTemplate(template))
        {
            foreach (var key in table.Keys())
            {
                order.TryAdd(key, order.Count);
            }
        }

        foreach (var row in StandardTables.LegacyStatistics)
        {
            if (row.Key is not null)
            {
                order.TryAdd(row.Key, order.Count);
            }
        }

        return order.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
