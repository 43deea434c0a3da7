using System.Globalization;
using Archive.Core.Metrics;
using Archive.Core.Reports;
using Archive.Ingest.Metadata;

namespace Archive.Ingest.Validation;

/// <summary>Checks a report's data as printed (§9, §10): identities, negative counts, dates, title year. Data is never changed.</summary>
internal static class ReportValidator
{
    public static List<ReportFlag> Validate(ReportMetadata metadata, IReadOnlyList<ExtractedMetric> metrics)
    {
        var flags = new List<ReportFlag>();
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            values.TryAdd(metric.Key, metric.Value);
        }

        foreach (var check in MetricIdentities.Evaluate(values))
        {
            if (!check.Holds)
            {
                flags.Add(new ReportFlag(FlagKind.IdentityViolation, check.Detail));
            }
        }

        foreach (var metric in metrics)
        {
            if (metric.Value < 0 && !MetricDictionary.MayBeNegative(metric.Key))
            {
                flags.Add(new ReportFlag(FlagKind.NegativeCount, $"{metric.Key} = {metric.Value.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        if (metadata.Published is { } published)
        {
            if (!published.IsCalendarDate)
            {
                flags.Add(new ReportFlag(FlagKind.PublishedDateInvalid, $"{published.Iso} is not a date"));
            }
            else if (metadata.Year is { } year)
            {
                var periodEnd = new DateOnly(year, 12, 31);
                if (published.LatestDate <= periodEnd)
                {
                    flags.Add(new ReportFlag(FlagKind.PublishedBeforePeriodEnd, $"published {published.Iso} <= period end {periodEnd:yyyy-MM-dd}"));
                }
                else if (published.EarliestDate > periodEnd.AddYears(1))
                {
                    flags.Add(new ReportFlag(FlagKind.PublishedLongAfter, $"published {published.Iso} > {periodEnd:yyyy-MM-dd} + 1 year"));
                }
            }
        }

        if (metadata.TitleYear is { } titleYear && metadata.Year is { } reported && titleYear != reported)
        {
            flags.Add(new ReportFlag(FlagKind.YearTitleMismatch, $"title {titleYear}, {metadata.YearSource} {reported}"));
        }

        return flags;
    }
}
