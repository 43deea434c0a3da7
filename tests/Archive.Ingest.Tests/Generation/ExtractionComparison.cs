using System.Globalization;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Ingest.Tests.Generation;

/// <summary>
/// Compares an extraction with a generated truth the way the acceptance criterion reads: metadata, every metric
/// key/value with its unit, origin and source, the metric order (§13), and the flags (kinds, then details).
/// Each difference is one short line naming the field.
/// </summary>
public static class ExtractionComparison
{
    public static List<string> Differences(ExtractedReport truth, ExtractedReport extracted)
    {
        var differences = new List<string>();
        Compare(differences, "title", truth.Title, extracted.Title);
        Compare(differences, "agency", truth.Agency, extracted.Agency);
        Compare(differences, "agencyKind", truth.AgencyKind?.StableId(), extracted.AgencyKind?.StableId());
        Compare(differences, "region", truth.Region?.Code, extracted.Region?.Code);
        Compare(differences, "year", truth.Year?.ToString(CultureInfo.InvariantCulture), extracted.Year?.ToString(CultureInfo.InvariantCulture));
        Compare(differences, "published", truth.Published, extracted.Published);
        Compare(differences, "template", truth.Template.StableId(), extracted.Template.StableId());

        var expected = truth.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var actual = new Dictionary<string, ExtractedMetric>(StringComparer.Ordinal);
        foreach (var metric in extracted.Metrics)
        {
            if (!actual.TryAdd(metric.Key, metric))
            {
                differences.Add($"metric duplicated: {metric.Key}");
            }
        }

        foreach (var (key, metric) in expected)
        {
            if (!actual.TryGetValue(key, out var found))
            {
                differences.Add($"metric missing: {key} ({metric.Origin.StableId()})");
            }
            else if (found.Value != metric.Value)
            {
                differences.Add($"metric value: {key} ({metric.Origin.StableId()}) {Format(metric.Value)} vs {Format(found.Value)}");
            }
            else if (found.Unit != metric.Unit || found.Origin != metric.Origin || found.Source != metric.Source)
            {
                differences.Add($"metric provenance: {key} {metric.Unit}/{metric.Origin.StableId()}/\"{metric.Source}\" vs {found.Unit}/{found.Origin.StableId()}/\"{found.Source}\"");
            }
        }

        var expectedOrder = truth.Metrics.Select(m => m.Key).Where(actual.ContainsKey).ToList();
        var actualOrder = extracted.Metrics.Select(m => m.Key).Where(expected.ContainsKey).ToList();
        if (!expectedOrder.SequenceEqual(actualOrder, StringComparer.Ordinal))
        {
            var at = expectedOrder.Zip(actualOrder).TakeWhile(p => p.First == p.Second).Count();
            differences.Add($"metric order: {expectedOrder[at]} expected before {actualOrder[at]}");
        }

        foreach (var (key, metric) in actual)
        {
            if (!expected.ContainsKey(key))
            {
                differences.Add($"metric extra: {key} ({metric.Origin.StableId()}) = {Format(metric.Value)} from \"{metric.Source}\"");
            }
        }

        var expectedKinds = truth.Flags.Select(f => f.Kind.StableId()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var actualKinds = extracted.Flags.Select(f => f.Kind.StableId()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var kind in expectedKinds.Except(actualKinds, StringComparer.Ordinal))
        {
            differences.Add($"flag missing: {kind}");
        }

        foreach (var kind in actualKinds.Except(expectedKinds, StringComparer.Ordinal))
        {
            differences.Add($"flag extra: {kind} ({extracted.Flags.First(f => f.Kind.StableId() == kind).Detail})");
        }

        var expectedFlags = truth.Flags.Where(f => actualKinds.Contains(f.Kind.StableId())).Select(f => $"{f.Kind.StableId()}: {f.Detail}").Order(StringComparer.Ordinal).ToList();
        var actualFlags = extracted.Flags.Where(f => expectedKinds.Contains(f.Kind.StableId())).Select(f => $"{f.Kind.StableId()}: {f.Detail}").Order(StringComparer.Ordinal).ToList();
        foreach (var flag in expectedFlags.Except(actualFlags, StringComparer.Ordinal))
        {
            differences.Add($"flag detail missing: {flag}");
        }

        foreach (var flag in actualFlags.Except(expectedFlags, StringComparer.Ordinal))
        {
            differences.Add($"flag detail extra: {flag}");
        }

        return differences;
    }

    /// <summary>The cause of a difference without its report-specific values (for counting).</summary>
    public static string Cause(string difference)
    {
        var cut = difference.IndexOfAny([' ', ':'], difference.IndexOf(':', StringComparison.Ordinal) + 2);
        var head = difference.StartsWith("metric", StringComparison.Ordinal) || difference.StartsWith("flag", StringComparison.Ordinal)
            ? difference[..(cut < 0 ? difference.Length : cut)]
            : difference[..difference.IndexOf(':', StringComparison.Ordinal)];
        return head;
    }

    private static void Compare(List<string> differences, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            differences.Add($"{field}: expected {expected ?? "null"}, got {actual ?? "null"}");
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
