using Archive.Application.Querying;
using Archive.Core.Agencies;

namespace Archive.Application.Quality;

/// <summary>The evidence for each link of a series (issue 24): same region, name mapping used, the text saying 原….</summary>
public static class SeriesLinks
{
    // How far before the old name 原 may stand: 原X县经信局 puts the region's name (up to ~10 characters) between.
    private const int FormerMarkerReach = 12;

    /// <summary>Whether the later report's text is needed (the names differ, so 原… may be said).</summary>
    public static bool NeedsText(ReportSeriesView series, SeriesLink link) => !SameName(link.From, link.To);

    /// <summary>The links of consecutive reports; <paramref name="texts"/> holds the later reports' texts where <see cref="NeedsText"/>.</summary>
    public static IReadOnlyList<SeriesLink> Build(ReportSeriesView series, IReadOnlyDictionary<long, string?> texts)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(texts);
        var links = new List<SeriesLink>();
        foreach (var (from, to) in series.Pairs())
        {
            links.Add(new SeriesLink(from, to, Evidence(series, from, to, texts.TryGetValue(to.Id, out var text) ? text : null)));
        }

        return links;
    }

    /// <summary>The bare pairs, without evidence (to learn which texts to load).</summary>
    public static IEnumerable<SeriesLink> Pairs(ReportSeriesView series) => series.Pairs().Select(p => new SeriesLink(p.From, p.To, []));

    private static List<SeriesEvidence> Evidence(ReportSeriesView series, ReportView from, ReportView to, string? laterText)
    {
        var evidence = new List<SeriesEvidence>
        {
            new(SeriesEvidenceKind.SameRegion, $"both reports belong to region {series.RegionCode}"),
        };
        if (SameName(from, to))
        {
            evidence.Add(new SeriesEvidence(SeriesEvidenceKind.SameName, $"both printed as {Name(from)}"));
            return evidence;
        }

        var fromName = series.Names.GetValueOrDefault(from.Id);
        var toName = series.Names.GetValueOrDefault(to.Id);
        if (fromName is not null && toName is not null && fromName.Name == toName.Name)
        {
            var renames = fromName.Renames.Concat(toName.Renames).Distinct().ToList();
            if (renames.Count == 0)
            {
                evidence.Add(new SeriesEvidence(SeriesEvidenceKind.SameNameForm, $"{Name(from)} and {Name(to)} are both {fromName.Name} in this region"));
            }

            foreach (var rename in renames)
            {
                evidence.Add(new SeriesEvidence(SeriesEvidenceKind.RenameTable, $"{rename.From} → {rename.To} ({rename.Why}): {Name(from)} ~ {Name(to)}"));
            }
        }

        if (laterText is not null && FormerMention(laterText, from, fromName) is { } mention)
        {
            evidence.Add(new SeriesEvidence(SeriesEvidenceKind.FormerNameInText, $"the {to.Year} report says “{mention}”"));
        }

        return evidence;
    }

    /// <summary>The span 原…&lt;old name&gt; in the later text, or null.</summary>
    internal static string? FormerMention(string laterText, ReportView from, NormalizedAgencyName? fromName)
    {
        var candidates = new List<string>();
        if (Name(from) is { Length: >= 2 } printed)
        {
            candidates.Add(printed);
        }

        if (fromName is { Name.Length: >= 3 })
        {
            candidates.Add(fromName.Name);
        }

        foreach (var rename in fromName?.Renames ?? [])
        {
            candidates.Add(rename.From);
        }

        foreach (var candidate in candidates.Distinct().OrderByDescending(c => c.Length))
        {
            for (var at = laterText.IndexOf(candidate, StringComparison.Ordinal); at >= 0; at = laterText.IndexOf(candidate, at + 1, StringComparison.Ordinal))
            {
                for (var back = 1; back <= FormerMarkerReach && at - back >= 0; back++)
                {
                    var c = laterText[at - back];
                    if (c == '原')
                    {
                        return laterText.Substring(at - back, back + candidate.Length);
                    }

                    // The marker must belong to the same name: no punctuation or space between.
                    if (!IsIdeograph(c))
                    {
                        break;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static string? Name(ReportView report) => string.IsNullOrWhiteSpace(report.AgencyName) ? report.Agency?.Name : report.AgencyName;

    private static bool SameName(ReportView a, ReportView b) => string.Equals(Name(a), Name(b), StringComparison.Ordinal);
}
