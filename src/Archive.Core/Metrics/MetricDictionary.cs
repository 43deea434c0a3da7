using System.Collections.Frozen;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Core.Metrics;

/// <summary>
/// Every key of metric-dictionary.md Appendix A with its Chinese label, canonical unit and templates,
/// derived from <see cref="StandardTables"/> so the table structure and the key list cannot drift apart.
/// </summary>
public static class MetricDictionary
{
    /// <summary>Template marker for keys of the pre2019 统计表 and prose, valid in any report.</summary>
    public const string AnyTemplate = "any";

    private static readonly FrozenSet<string> Money = FrozenSet.ToFrozenSet(
        ["active.procurement.amount", "active.fees.amount", "legacy.fees", "legacy.org.budget"],
        StringComparer.Ordinal);

    /// <summary>All keys in Appendix A order (2019 tables, 2021-only keys, legacy keys).</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } = Build();

    private static readonly FrozenDictionary<string, MetricDefinition> ByKey =
        All.ToFrozenDictionary(definition => definition.Key, StringComparer.Ordinal);

    public static bool TryGet(string key, out MetricDefinition definition)
    {
        if (ByKey.TryGetValue(key, out var found))
        {
            definition = found;
            return true;
        }

        definition = null!;
        return false;
    }

    public static bool Contains(string key) => ByKey.ContainsKey(key);

    /// <summary>Money keys keep the unit printed in the report (万元/元), null when none is printed.</summary>
    public static bool IsMoney(string key) => Money.Contains(key);

    /// <summary>Only 本年增/减 cells may be negative.</summary>
    public static bool MayBeNegative(string key) => key.EndsWith(".change", StringComparison.Ordinal);

    /// <summary>Position of a key in the §13 output order (unknown keys sort last).</summary>
    public static int OrderOf(string key) => ByKey.TryGetValue(key, out _) ? OrderIndex[key] : int.MaxValue;

    private static readonly FrozenDictionary<string, int> OrderIndex =
        StandardTables.KeyOrder.Select((key, index) => (key, index)).ToFrozenDictionary(p => p.key, p => p.index, StringComparer.Ordinal);

    private static List<MetricDefinition> Build()
    {
        var labels = new Dictionary<string, (string Label, string? Unit)>(StringComparer.Ordinal);
        var templates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var template in new[] { ReportTemplate.V2019, ReportTemplate.V2021 })
        {
            foreach (var table in StandardTables.ForTemplate(template))
            {
                foreach (var section in table.Sections)
                {
                    foreach (var row in section.Rows)
                    {
                        foreach (var column in section.Columns)
                        {
                            var key = StandardTableSection.KeyOf(row, column);
                            // Sub-rows (1.属于国家秘密) are only meaningful with their group label (（三）不予公开).
                            var rowLabel = row.Label.Length == 0
                                ? column.Group
                                : row.Group is not null && char.IsAsciiDigit(row.Label[0]) ? row.Group + row.Label : row.Label;
                            labels.TryAdd(key, (rowLabel + "·" + column.Label, column.Unit));
                            if (!templates.TryGetValue(key, out var list))
                            {
                                templates[key] = list = [];
                            }

                            list.Add(template.StableId());
                        }
                    }
                }
            }
        }

        var all = new List<MetricDefinition>();
        foreach (var key in StandardTables.KeyOrder)
        {
            if (labels.TryGetValue(key, out var cell))
            {
                all.Add(new MetricDefinition(key, cell.Label, cell.Unit, templates[key]));
            }
        }

        foreach (var row in StandardTables.LegacyStatistics)
        {
            if (row.Key is not null)
            {
                all.Add(new MetricDefinition(row.Key, row.Label, row.Unit, [AnyTemplate]));
            }
        }

        return all;
    }
}
