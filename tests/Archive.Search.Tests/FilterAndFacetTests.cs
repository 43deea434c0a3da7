using System.Globalization;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Search.Analysis;
using Archive.Search.Facets;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;

namespace Archive.Search.Tests;

public sealed class FilterAndFacetTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Fact]
    public void Filter_RandomCombinations_EqualCountsComputedFromDocuments()
    {
        var random = new Random(7);
        var nonEmpty = 0;
        for (var i = 0; i < 200; i++)
        {
            var filter = new ReportFilter
            {
                RegionCode = Pick(random, TestCorpus.Regions),
                YearFrom = random.Next(3) == 0 ? 2015 + random.Next(7) : null,
                YearTo = random.Next(3) == 0 ? 2016 + random.Next(7) : null,
                AgencyName = Pick(random, TestCorpus.Agencies),
                AgencyKind = Pick(random, TestCorpus.AgencyKinds)?.StableId(),
                Template = Pick(random, TestCorpus.Templates),
                HasFlags = random.Next(3) == 0 ? random.Next(2) == 0 : null,
            };
            var query = random.Next(2) == 0 ? string.Empty : "\"公开\"";

            var expected = fixture.Corpus.Documents.Where(d => Matches(d, filter) && TextMatches(d, query)).Select(d => d.ReportId).ToHashSet();
            var (total, found) = fixture.Ids(query, filter);

            Assert.Equal(expected.Count, total);
            Assert.Equal(expected, found);
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty >= 40, $"only {nonEmpty} of 200 filters match anything");
    }

    [Fact]
    public void Query_YearAndRegionSyntax_EqualFilters()
    {
        Assert.Equal(fixture.Ids(string.Empty, new ReportFilter { YearFrom = 2018, YearTo = 2020 }).Ids, fixture.Ids("year:2018..2020").Ids);
        Assert.Equal(fixture.Ids(string.Empty, new ReportFilter { YearFrom = 2019, YearTo = 2019 }).Ids, fixture.Ids("year:2019").Ids);
        Assert.Equal(fixture.Ids(string.Empty, new ReportFilter { RegionCode = "640000" }).Ids, fixture.Ids("region:640000").Ids);
        Assert.Equal(fixture.Ids(string.Empty, new ReportFilter { RegionCode = "640221" }).Ids, fixture.Ids("region:平罗县").Ids);
        Assert.NotEmpty(fixture.Ids("region:宁夏回族自治区").Ids);
    }

    [Fact]
    public void Facets_ForAQuery_EqualGroupCountsOfMatchingDocuments()
    {
        foreach (var query in new[] { string.Empty, "\"公开\"", "依申请公开", "-\"社会\"" })
        {
            var matching = fixture.Corpus.Documents.Where(d => TextMatches(d, query)).ToList();
            var result = fixture.Searcher.Search(new SearchRequest(query, First: 0, Facets: true));

            Assert.Equal(matching.Count, result.TotalHits);
            AssertFacet(result, FacetNames.Year, matching.Where(d => d.Year is not null).GroupBy(d => d.Year!.Value.ToString(CultureInfo.InvariantCulture)));
            AssertFacet(result, FacetNames.Province, matching.Select(Levels).Where(l => l.Province is not null).GroupBy(l => l.Province!));
            AssertFacet(result, FacetNames.Prefecture, matching.Select(Levels).Where(l => l.Prefecture is not null).GroupBy(l => l.Prefecture!));
            AssertFacet(result, FacetNames.Template, matching.GroupBy(d => d.Template.StableId()));
            AssertFacet(result, FacetNames.AgencyKind, matching.Where(d => d.AgencyKind is not null).GroupBy(d => d.AgencyKind!.Value.StableId()));
            AssertFacet(result, FacetNames.HasFlags, matching.GroupBy(d => d.HasFlags ? "true" : "false"));
        }
    }

    private static void AssertFacet<T>(SearchResult result, string facet, IEnumerable<IGrouping<string, T>> groups)
    {
        var expected = groups.ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var actual = result.Facets[facet].ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static (string? Province, string? Prefecture, string? County) Levels(SearchDocument d) =>
        RegionCodes.Levels(d.ProvinceCode, d.PrefectureCode, d.CountyCode);

    private static bool TextMatches(SearchDocument document, string query)
    {
        var text = ExactTextForm.Fold(document.Text);
        return query switch
        {
            "" => true,
            "\"公开\"" => text.Contains("公开", StringComparison.Ordinal),
            "-\"社会\"" => !text.Contains("社会", StringComparison.Ordinal),
            _ => WordMatches(document, query),
        };
    }

    /// <summary>A plain word: its characters in order, or all of its SmartCn words.</summary>
    private static bool WordMatches(SearchDocument document, string word) =>
        ExactTextForm.Fold(document.Text).Contains(word, StringComparison.Ordinal)
        || SmartCnWords(word).All(SmartCnWords(document.Text).Contains);

    private static HashSet<string> SmartCnWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = new SmartCnFieldAnalyzer().GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private static bool Matches(SearchDocument d, ReportFilter f)
    {
        var (province, prefecture, county) = Levels(d);
        return (f.RegionCode is null || f.RegionCode == province || f.RegionCode == prefecture || f.RegionCode == county)
            && (f.YearFrom is null || (d.Year is { } y1 && y1 >= f.YearFrom))
            && (f.YearTo is null || (d.Year is { } y2 && y2 <= f.YearTo))
            && (f.AgencyName is null || f.AgencyName == d.Agency)
            && (f.AgencyKind is null || f.AgencyKind == d.AgencyKind?.StableId())
            && (f.Template is null || f.Template == d.Template)
            && (f.HasFlags is null || f.HasFlags == d.HasFlags);
    }

    private static string? Pick(Random random, string[] values) => random.Next(3) == 0 ? values[random.Next(values.Length)] : null;

    private static T? Pick<T>(Random random, T[] values)
        where T : struct => random.Next(3) == 0 ? values[random.Next(values.Length)] : null;
}
