using Archive.Core.Agencies;
using Archive.Core.Quality;
using Archive.Core.Reports;
using Archive.Search.Facets;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Testing;

namespace Archive.Search.Tests;

/// <summary>
/// Issue 24: the publishedLate filter and the TIMELINESS facet, on documents published on each side of every
/// deadline (the day itself, the day after, within the reported year) for bodies with and without one, agree with
/// <see cref="PublicationDeadlines.Evaluate"/> document by document.
/// </summary>
public sealed class TimelinessFilterTests
{
    [Fact]
    public void FilterAndFacet_GiveTheRulesVerdict_OnEachSideOfEveryDeadline()
    {
        var documents = new List<(SearchDocument Document, TimelinessVerdict Verdict)>();
        long id = 0;
        foreach (var year in new[] { 2007, 2008, 2015, 2018, 2019, 2020, 2024 })
        {
            foreach (AgencyKind? kind in new AgencyKind?[] { null, AgencyKind.PeopleGovernment, AgencyKind.Finance, AgencyKind.Township, AgencyKind.Other })
            {
                foreach (var published in new DateOnly?[]
                {
                    null, new(year, 12, 31), new(year + 1, 1, 1), new(year + 1, 1, 31), new(year + 1, 2, 1), new(year + 1, 3, 31), new(year + 1, 4, 1), new(year + 2, 1, 15),
                })
                {
                    var verdict = PublicationDeadlines.Evaluate(year, kind, published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Verdict;
                    documents.Add((new SearchDocument(++id, "政府信息公开", null, null, kind, null, null, null, year, published, ReportTemplate.V2019, false), verdict));
                }
            }
        }

        Assert.Contains(documents, d => d.Verdict == TimelinessVerdict.Late);
        Assert.Contains(documents, d => d.Verdict == TimelinessVerdict.OnTime);
        using var directory = new TempDirectory("archive-timeliness");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            foreach (var (document, _) in documents)
            {
                writer.Index(document);
            }
        }

        using var searcher = new ArchiveSearcher(directory.Path);
        foreach (var (late, verdict) in new[] { (true, TimelinessVerdict.Late), (false, TimelinessVerdict.OnTime) })
        {
            var result = searcher.Search(new SearchRequest("信息公开", new ReportFilter { PublishedLate = late }, First: SearchLimits.MaxPageSize));
            Assert.Equal(
                documents.Where(d => d.Verdict == verdict).Select(d => d.Document.ReportId).Order(),
                result.Hits.Select(h => h.ReportId).Order());
        }

        var facet = searcher.Search(new SearchRequest("信息公开", First: 0, Facets: true)).Facets[FacetNames.Timeliness];
        var expected = documents.GroupBy(d => d.Verdict switch { TimelinessVerdict.Late => "FAIL", TimelinessVerdict.OnTime => "PASS", _ => "UNKNOWN" })
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), facet.ToDictionary(v => v.Value, v => v.Count).OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
