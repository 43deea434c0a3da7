using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing.Databases;

namespace Archive.Api.Tests;

[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="SearchQueryPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class SearchQueryTests(ApiHost host)
{
    private const string SearchQuery = """
        query Search($q: String!, $filter: ReportFilter, $first: Int!, $after: String) {
          search(query: $q, filter: $filter, first: $first, after: $after, facets: [YEAR, PROVINCE, TEMPLATE]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            facets { name values { value count region { name } } }
            edges { cursor score snippets { text html highlights { start end } } node { id title text } }
          }
        }
        """;

    [StorageFact]
    public async Task Search_Phrase_FindsEveryReportContainingItWithHighlightedSnippets()
    {
        const string phrase = "依申请公开";
        var expected = host.Scalar("SELECT COUNT(*) FROM Reports WHERE instr(stored_text(NormalizedText), @p) > 0", ("@p", phrase));
        var seen = new List<string>();
        string? after = null;
        JsonElement first = default;
        do
        {
            var page = (await host.Client.PostAsync(SearchQuery, new { q = phrase, first = 40, after })).Ok().GetProperty("search");
            if (after is null)
            {
                first = page;
            }

            foreach (var edge in page.GetProperty("edges").EnumerateArray())
            {
                seen.Add(edge.GetProperty("node").GetProperty("id").GetString()!);
                Assert.Contains(phrase, edge.GetProperty("node").GetProperty("text").GetString(), StringComparison.Ordinal);
                var snippet = edge.GetProperty("snippets")[0];
                var highlight = snippet.GetProperty("highlights")[0];
                Assert.Equal(phrase, snippet.GetProperty("text").GetString()![highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()]);
                Assert.Contains($"<mark>{phrase}</mark>", snippet.GetProperty("html").GetString(), StringComparison.Ordinal);
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(expected > 40, "the test data should need more than one page");
        Assert.Equal(expected, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected, seen.Count);

        var facets = first.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(["YEAR", "PROVINCE", "TEMPLATE"], facets.Keys);
        var byProvince = host.Query(
            "SELECT ProvinceCode, COUNT(*) FROM Reports WHERE instr(stored_text(NormalizedText), @p) > 0 AND ProvinceCode IS NOT NULL GROUP BY ProvinceCode",
            r => (r.GetString(0), r.GetInt32(1)),
            ("@p", phrase)).ToDictionary(x => x.Item1, x => x.Item2);
        Assert.Equal(
            byProvince.OrderBy(p => p.Key, StringComparer.Ordinal),
            facets["PROVINCE"].GetProperty("values").EnumerateArray()
                .Select(v => KeyValuePair.Create(v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains(facets["PROVINCE"].GetProperty("values").EnumerateArray(), v => v.GetProperty("region").GetProperty("name").GetString() == "宁夏回族自治区");
        Assert.Equal(expected, facets["TEMPLATE"].GetProperty("values").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
    }

    [StorageFact]
    public async Task Search_WithFilter_CountsOnlyMatchesInsideTheFilter()
    {
        var data = (await host.Client.PostAsync(SearchQuery, new { q = "\"不予公开\" 政务公开", first = 5, filter = new { regionCode = "640000", yearFrom = 2019 } })).Ok();

        var expected = host.Scalar(
            "SELECT COUNT(*) FROM Reports WHERE instr(stored_text(NormalizedText), '不予公开') > 0 AND instr(stored_text(NormalizedText), '政务公开') > 0 AND ProvinceCode = '640000' AND Year >= 2019");
        Assert.True(expected > 0);
        Assert.Equal(expected, data.GetProperty("search").GetProperty("totalCount").GetInt32());
    }

    [StorageFact]
    public async Task HighlightedText_ForAQuery_MarksEveryOccurrenceInTheFullText()
    {
        var id = host.Scalar("SELECT MIN(Id) FROM Reports WHERE instr(stored_text(NormalizedText), '政府信息') > 0");
        var data = (await host.Client.PostAsync(
            "query ($id: ID!) { report(id: $id) { text highlightedText(query: \"政府信息\") { text highlights { start end } } } }",
            new { id = Api.GraphQL.GlobalId.Encode("Report", id) })).Ok().GetProperty("report");

        var text = data.GetProperty("text").GetString()!;
        var highlights = data.GetProperty("highlightedText").GetProperty("highlights").EnumerateArray().ToList();
        var occurrences = 0;
        for (var at = text.IndexOf("政府信息", StringComparison.Ordinal); at >= 0; at = text.IndexOf("政府信息", at + 4, StringComparison.Ordinal))
        {
            occurrences++;
        }

        Assert.Equal(occurrences, highlights.Count);
        Assert.All(highlights, h => Assert.Equal("政府信息", text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]));
    }

    [StorageTheory]
    [InlineData("identity_violation")]
    [InlineData("table_incomplete")]
    public async Task Search_ByFlagKind_IsRankedAndFacetedLikeEveryOtherSearch(string kind)
    {
        // Issue 21: flag kinds are in the index, so this filter no longer falls back to an unranked SQL scan.
        const string phrase = "依申请公开";
        var expected = host.Scalar(
            "SELECT COUNT(*) FROM Reports r WHERE instr(stored_text(r.NormalizedText), @p) > 0 AND EXISTS (SELECT 1 FROM QualityFlags f WHERE f.ReportId = r.Id AND f.Kind = @k)",
            ("@p", phrase), ("@k", kind));
        var flagged = host.Query("SELECT r.Id FROM Reports r WHERE EXISTS (SELECT 1 FROM QualityFlags f WHERE f.ReportId = r.Id AND f.Kind = @k)", r => r.GetInt64(0), ("@k", kind))
            .Select(id => Api.GraphQL.GlobalId.Encode("Report", id)).ToHashSet(StringComparer.Ordinal);

        var search = (await host.Client.PostAsync(SearchQuery, new { q = phrase, first = 100, filter = new { flagKind = kind } })).Ok().GetProperty("search");
        var edges = search.GetProperty("edges").EnumerateArray().ToList();

        Assert.InRange(expected, 2, 100);
        Assert.Equal(expected, search.GetProperty("totalCount").GetInt32());
        Assert.All(edges, e => Assert.Contains(e.GetProperty("node").GetProperty("id").GetString()!, flagged));

        // Ranked: scores descend and are not one constant (the SQL scan gave every hit the same score).
        var scores = edges.Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores.Distinct().Count() > 1, "every hit has the same score: not ranked");

        // Faceted: each facet counts exactly the filtered matches.
        var facets = search.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        foreach (var name in new[] { "YEAR", "PROVINCE", "TEMPLATE" })
        {
            Assert.Equal(expected, facets[name].GetProperty("values").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
        }
    }

    [StorageTheory]
    [InlineData("依申请公开 -行政复议", "依申请公开", "行政复议")]
    [InlineData("公开 -\"依申请公开\"", "公开", "依申请公开")]
    public async Task Search_WithAnExclusion_CountsOnlyReportsWithoutIt(string query, string required, string excluded)
    {
        var expected = host.Scalar(
            "SELECT COUNT(*) FROM Reports WHERE instr(stored_text(NormalizedText), @r) > 0 AND instr(stored_text(NormalizedText), @x) = 0", ("@r", required), ("@x", excluded));
        var withRequired = host.Scalar("SELECT COUNT(*) FROM Reports WHERE instr(stored_text(NormalizedText), @r) > 0", ("@r", required));
        var all = host.Scalar("SELECT COUNT(*) FROM Reports");

        var page = (await host.Client.PostAsync(SearchQuery, new { q = query, first = 100 })).Ok().GetProperty("search");
        var alone = (await host.Client.PostAsync(SearchQuery, new { q = "-" + required, first = 5 })).Ok().GetProperty("search");

        // The exclusion removes some reports but not all, so both sides of it are tested.
        Assert.InRange(expected, 1, withRequired - 1);
        Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("edges").EnumerateArray(), edge =>
            Assert.DoesNotContain(excluded, edge.GetProperty("node").GetProperty("text").GetString(), StringComparison.Ordinal));

        // An exclusion alone matches every report without it.
        Assert.Equal(all - withRequired, alone.GetProperty("totalCount").GetInt32());
    }

    [StorageTheory]
    [InlineData("\"不予公开", "BAD_SEARCH_SYNTAX")]
    [InlineData("   ", "BAD_USER_INPUT")]
    [InlineData("行政复议 OR", "BAD_SEARCH_SYNTAX")]
    [InlineData("公开 year:20x9", "BAD_SEARCH_SYNTAX")]
    public async Task Search_WithBadQuery_AnswersACodedError(string query, string code)
    {
        var response = await host.Client.PostAsync(SearchQuery, new { q = query, first = 5 });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal("search", response.FirstError.GetProperty("path")[0].GetString());
    }

    [StorageFact]
    public async Task Search_CursorOfReports_IsABadCursor()
    {
        var cursor = (await host.Client.PostAsync("{ reports(first: 1) { pageInfo { endCursor } } }")).Ok()
            .GetProperty("reports").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 5, after = cursor });

        Assert.Equal(["BAD_CURSOR"], response.ErrorCodes);
    }

    [StorageFact]
    public async Task Search_EdgeCursor_IsTheIndexCursor_AndPagesOnWithoutRepeats()
    {
        var first = (await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 2 })).Ok().GetProperty("search");
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var endCursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        Assert.Equal(first.GetProperty("edges")[1].GetProperty("cursor").GetString(), endCursor);

        // The index's own cursor format (versioned, base64url), not a second GraphQL wrapping of it.
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(
            endCursor.Replace('-', '+').Replace('_', '/').PadRight(endCursor.Length + ((4 - (endCursor.Length % 4)) % 4), '=')));
        Assert.StartsWith("v3|Relevance|", payload, StringComparison.Ordinal);

        var firstIds = first.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        var second = (await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 2, after = endCursor })).Ok().GetProperty("search");
        var secondIds = second.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));

        var both = (await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 4 })).Ok().GetProperty("search");
        Assert.Equal(
            both.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()),
            firstIds.Concat(secondIds).Take(4));
    }

    [StorageTheory]
    [InlineData("another query")]
    [InlineData("another filter")]
    [InlineData("an old GraphQL search cursor")]
    [InlineData("damaged")]
    public async Task Search_CursorOfAnotherSearch_OrOldOrDamaged_IsABadCursor(string kind)
    {
        var endCursor = (await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 1 })).Ok()
            .GetProperty("search").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var response = kind switch
        {
            "another query" => await host.Client.PostAsync(SearchQuery, new { q = "公开", first = 1, after = endCursor }),
            "another filter" => await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 1, after = endCursor, filter = new { hasFlags = true } }),

            // What this field issued before the index's cursor was handed out: {"v":1,"k":"search:Relevance",...}.
            "an old GraphQL search cursor" => await host.Client.PostAsync(SearchQuery, new
            {
                q = "政府",
                first = 1,
                after = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"V\":1,\"K\":\"search:Relevance\",\"S\":[\"1.5\",\"-42\"],\"Id\":3}")),
            }),
            _ => await host.Client.PostAsync(SearchQuery, new { q = "政府", first = 1, after = endCursor[..^3] + "!!!" }),
        };

        Assert.Equal(["BAD_CURSOR"], response.ErrorCodes);
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class SearchQueryPostgreSqlTests(PostgreSqlApiHost host) : SearchQueryTests(host);
