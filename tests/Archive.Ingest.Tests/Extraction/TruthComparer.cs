using System.Globalization;
using System.Text.Json;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>Lists every difference between an extracted report and a truth file (metric-dictionary.md §13), readable in a test failure.</summary>
internal static class TruthComparer
{
    public static List<string> Diff(ExtractedReport report, string decodedText, string truthJson)
    {
        using var truth = JsonDocument.Parse(truthJson);
        var root = truth.RootElement;
        var diffs = new List<string>();

        Compare(diffs, "title", Str(root, "title"), report.Title);
        Compare(diffs, "agency", Str(root, "agency"), report.Agency);
        Compare(diffs, "agencyKind", Str(root, "agencyKind"), report.AgencyKind?.StableId());
        Compare(diffs, "year", root.GetProperty("year").ValueKind == JsonValueKind.Null ? null : root.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), report.Year?.ToString(CultureInfo.InvariantCulture));
        Compare(diffs, "published", Str(root, "published"), report.Published);
        Compare(diffs, "template", Str(root, "template"), report.Template.StableId());
        var region = root.GetProperty("region");
        if (region.ValueKind == JsonValueKind.Null)
        {
            Compare(diffs, "region", null, report.Region?.Code);
        }
        else
        {
            Compare(diffs, "region.code", Str(region, "code"), report.Region?.Code);
            Compare(diffs, "region.name", Str(region, "name"), report.Region?.Name);
            Compare(diffs, "region.level", Str(region, "level"), report.Region?.Level.StableId());
            Compare(diffs, "region.path", string.Join('/', region.GetProperty("path").EnumerateArray().Select(p => p.GetString())), report.Region is null ? null : string.Join('/', report.Region.Path));
        }

        var unscored = root.TryGetProperty("unscored_keys", out var keys) ? keys.EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var ours = report.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var expectedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in root.GetProperty("metrics").EnumerateArray())
        {
            var key = metric.GetProperty("key").GetString()!;
            expectedKeys.Add(key);
            if (unscored.Contains(key))
            {
                continue;
            }

            var value = metric.GetProperty("value").GetDecimal();
            if (!ours.TryGetValue(key, out var mine))
            {
                diffs.Add($"metric {key}: missing (expected {value})");
                continue;
            }

            if (mine.Value != value)
            {
                diffs.Add($"metric {key}: value {mine.Value} (expected {value})");
            }

            Compare(diffs, $"metric {key} unit", Str(metric, "unit"), mine.Unit);
            Compare(diffs, $"metric {key} origin", Str(metric, "origin"), mine.Origin.StableId());
            if (metric.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String)
            {
                Compare(diffs, $"metric {key} source", source.GetString(), mine.Source);
            }
        }

        foreach (var mine in report.Metrics.Where(m => !expectedKeys.Contains(m.Key) && !unscored.Contains(m.Key)))
        {
            diffs.Add($"metric {mine.Key}: unexpected {mine.Value} from \"{mine.Source}\"");
        }

        foreach (var mine in report.Metrics)
        {
            if (decodedText[mine.Start..mine.End] != mine.Source)
            {
                diffs.Add($"metric {mine.Key}: offsets {mine.Start}..{mine.End} do not hold its source");
            }

            var digits = Math.Abs(mine.Value).ToString(CultureInfo.InvariantCulture);
            var folded = new string([.. mine.Source.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]).Replace(",", string.Empty, StringComparison.Ordinal);
            if (!folded.Contains(digits, StringComparison.Ordinal))
            {
                diffs.Add($"metric {mine.Key}: source \"{mine.Source}\" lacks the digits {digits}");
            }
        }

        var expectedFlags = root.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal).ToList();
        var ourFlags = report.Flags.Select(f => f.Kind.StableId()).Order(StringComparer.Ordinal).ToList();
        if (!expectedFlags.SequenceEqual(ourFlags, StringComparer.Ordinal))
        {
            diffs.Add($"flags: [{string.Join(", ", report.Flags.Select(f => f.Kind + ": " + f.Detail))}] (expected kinds [{string.Join(", ", expectedFlags)}])");
        }

        return diffs;
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Compare(List<string> diffs, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            diffs.Add($"{what}: \"{actual ?? "null"}\" (expected \"{expected ?? "null"}\")");
        }
    }
}
