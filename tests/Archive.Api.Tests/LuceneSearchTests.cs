using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>The API's `search` on the production Lucene index, over the seeds as ingest indexed them.</summary>
public sealed class LuceneSearchTests(LuceneSearchTests.LuceneApiHost host) : IClassFixture<LuceneSearchTests.LuceneApiHost>
{
    public sealed class LuceneApiHost : ApiHost
    {
        protected override bool IndexTestArchiveData => false;
    }

    private const string SearchQuery = """
        query ($q: String!, $filter: ReportFilter, $first: Int!, $after: String) {
          search(query: $q, filter: $filter, first: $first, after: $after, facets: [PROVINCE, YEAR]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            facets { name values { value count } }
            edges { score snippets { text highlights { start end } } node { fileName text } }
          }
        }
        """;

    [Fact]
    public async Task Search_QuotedPhrase_FindsExactlyTheSeedsContainingItWithRealHighlights()
    {
        const string phrase = "依申请公开";
        var search = (await host.Client.PostAsync(SearchQuery, new { q = $"\"{phrase}\"", first = 10 })).Ok().GetProperty("search");

        var expected = TestPaths.SeedFiles.Where(f => File.ReadAllText(f).Contains(phrase, StringComparison.Ordinal))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var edges = search.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(expected, edges.Select(e => e.GetProperty("node").GetProperty("fileName").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(edges.Count, search.GetProperty("totalCount").GetInt32());
        Assert.All(edges, edge =>
        {
            var snippets = edge.GetProperty("snippets").EnumerateArray().ToList();
            Assert.NotEmpty(snippets);
            foreach (var snippet in snippets)
            {
                var text = snippet.GetProperty("text").GetString()!;
                foreach (var range in snippet.GetProperty("highlights").EnumerateArray())
                {
                    Assert.Equal(phrase, text[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()]);
                }
            }
        });
        var scores = edges.Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Search_PagingOneByOne_VisitsEveryHitOnceAndFacetsCountAllMatches()
    {
        var seen = new List<string>();
        string? after = null;
        JsonElement page;
        do
        {
            page = (await host.Client.PostAsync(SearchQuery, new { q = "政府信息公开", first = 1, after })).Ok().GetProperty("search");
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("fileName").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(page.GetProperty("totalCount").GetInt32(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
        var provinces = page.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "PROVINCE");
        Assert.Equal(seen.Count, provinces.GetProperty("values").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_ProvinceFilterAndRegionName_KeepOnlyThatProvince()
    {
        var byFilter = (await host.Client.PostAsync(SearchQuery, new { q = "政府信息", first = 10, filter = new { regionCode = "370000" } })).Ok().GetProperty("search");
        var byName = (await host.Client.PostAsync(SearchQuery, new { q = "政府信息 region:山东", first = 10 })).Ok().GetProperty("search");

        Assert.Equal(["002_20300b383d26ea5e.txt"], byFilter.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("fileName").GetString()));
        Assert.Equal(1, byName.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Search_MalformedQuery_IsABadSearchSyntaxError()
    {
        var response = await host.Client.PostAsync(SearchQuery, new { q = "\"未闭合的短语", first = 5 });
        Assert.Equal(["BAD_SEARCH_SYNTAX"], response.ErrorCodes);
    }

    /// <summary>Search snippets are cut from the report texts SQLite holds, read in one query per page of hits.</summary>
    [Fact]
    public async Task Snippets_ComeFromTheStoredNormalizedTexts_ReadInOneQuery()
    {
        const string search = """
            query ($q: String!) { search(query: $q, first: 20) {
              edges { snippets { text highlights { start end } } node { text } }
            } }
            """;

        // A query no other test sends, so the index's result cache cannot answer it.
        host.SqlCommands.Reset();
        var data = (await host.Client.PostAsync(search, new { q = SnippetWord + " -测试专用排除词" })).Ok();

        var edges = data.GetProperty("search").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        foreach (var edge in edges)
        {
            var text = edge.GetProperty("node").GetProperty("text").GetString()!;
            var snippets = edge.GetProperty("snippets").EnumerateArray().ToList();
            Assert.NotEmpty(snippets);
            foreach (var snippet in snippets)
            {
                var passage = snippet.GetProperty("text").GetString()!;
                Assert.Contains(passage, text, StringComparison.Ordinal);
                // Marked spans are the word or its SmartCn words, touching ones merged (公开政府信息): its characters only.
                Assert.All(snippet.GetProperty("highlights").EnumerateArray(), range =>
                    Assert.All(passage[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()], c => Assert.Contains(c, SnippetWord)));
            }
        }

        // One read of the page's texts for the snippets; the `text` field reads them again, through its own loader.
        Assert.Equal(2, host.SqlCommands.Texts.Count(sql => sql.Contains("NormalizedText", StringComparison.Ordinal)));
    }

    private const string SnippetWord = "政府信息公开";
}
