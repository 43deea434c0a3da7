using System.Net;
using System.Text;
using Archive.Api.Http;
using Archive.Api.Tests.Infrastructure;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests;

/// <summary>
/// A repeated document skips parsing and the document-only validation rules; everything that depends on the
/// request (variables, page sizes in the cost limit, the HTTP method) is still checked on every request.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentCacheTests(ApiHost host)
{
    private GraphQLDocumentCache Cache => host.Services.GetRequiredService<GraphQLDocumentCache>();

    [Fact]
    public async Task RepeatedDocument_IsCachedOnce_AndAnswersEachRequestsVariables()
    {
        var query = Unique("query ($year: Int!) { reports(filter: { yearFrom: $year, yearTo: $year }) { totalCount } }");
        var years = host.Query("SELECT DISTINCT Year FROM Reports WHERE Year IS NOT NULL ORDER BY Year", r => r.GetInt32(0));
        var before = Cache.Count;

        foreach (var year in years)
        {
            var data = (await host.Client.PostAsync(query, new { year })).Ok();

            Assert.Equal(host.Scalar("SELECT count(*) FROM Reports WHERE Year = $y", ("$y", year)), data.GetProperty("reports").GetProperty("totalCount").GetInt64());
        }

        Assert.True(years.Count > 1);
        Assert.Equal(before + 1, Cache.Count);
        Assert.NotNull(Cache.TryGet(query));
    }

    [Fact]
    public async Task CachedDocument_WhosePageSizeVariableMakesItTooCostly_IsStillRejected()
    {
        var query = Unique("query ($n: Int!) { " + string.Join(' ', Enumerable.Range(0, 10).Select(i =>
            $"a{i}: search(query: \"公开\", first: $n) {{ edges {{ node {{ metrics {{ key value unit source {{ text start end }} }} }} }} }}")) + " }");

        (await host.Client.PostAsync(query, new { n = 1 })).Ok();
        Assert.NotNull(Cache.TryGet(query));
        var response = await host.Client.PostAsync(query, new { n = 100 });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("QUERY_TOO_COMPLEX", response.ErrorCodes);
    }

    [Fact]
    public async Task CachedDocument_WithAVariableOfTheWrongType_FailsAsAnUncachedOneDoes()
    {
        const string text = "query ($first: Int!) { reports(first: $first) { totalCount } }";
        var cachedQuery = Unique(text);
        (await host.Client.PostAsync(cachedQuery, new { first = 1 })).Ok();
        Assert.NotNull(Cache.TryGet(cachedQuery));

        var uncached = await host.Client.PostAsync(Unique(text), new { first = "many" });
        var cached = await host.Client.PostAsync(cachedQuery, new { first = "many" });

        Assert.True(uncached.HasErrors);
        Assert.Equal(uncached.Status, cached.Status);
        Assert.Equal(uncached.ErrorCodes, cached.ErrorCodes);
    }

    [Fact]
    public async Task InvalidDocument_IsNeverCached()
    {
        var query = Unique("{ reports { noSuchField } }");

        var first = await host.Client.PostAsync(query);
        var second = await host.Client.PostAsync(query);

        Assert.Null(Cache.TryGet(query));
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(first.ErrorCodes, second.ErrorCodes);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", second.ErrorCodes);
    }

    [Fact]
    public async Task CachedMutation_SentWithGet_IsStill405()
    {
        var mutation = Unique("mutation { ingestReport(fileName: \"cache.txt\", text: \"x\") { status } }");
        var posted = await host.Client.PostAsync(mutation);
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.NotNull(Cache.TryGet(mutation));

        using var response = await host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation), TestContext.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public void Cache_WhenFull_StartsOverAndKeepsTheNewDocument()
    {
        var cache = new GraphQLDocumentCache(Options.Create(new ApiOptions { DocumentCacheSize = 2 }));
        string[] queries = ["{ a }", "{ b }", "{ c }"];

        foreach (var query in queries)
        {
            cache.Add(query, Parser.Parse(query));
        }

        Assert.InRange(cache.Count, 1, 2);
        Assert.NotNull(cache.TryGet("{ c }"));
    }

    [Fact]
    public void Cache_OfSizeZero_KeepsNothing()
    {
        var cache = new GraphQLDocumentCache(Options.Create(new ApiOptions { DocumentCacheSize = 0 }));

        cache.Add("{ a }", Parser.Parse("{ a }"));

        Assert.Equal(0, cache.Count);
        Assert.Null(cache.TryGet("{ a }"));
    }

    [Fact]
    public async Task Response_CarriesChineseTextAsUtf8NotEscapes()
    {
        var title = host.Query("SELECT Title FROM Reports WHERE Title IS NOT NULL ORDER BY Id LIMIT 1", r => r.GetString(0)).Single();
        var body = Encoding.UTF8.GetBytes("""{"query": "{ reports(first: 1, orderBy: INGESTED_ASC) { edges { node { title } } } }"}""");
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await host.Client.PostAsync("/graphql", content, TestContext.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializer_KeepsHtmlSensitiveCharactersEscaped()
    {
        var serializer = host.Services.GetRequiredService<global::GraphQL.IGraphQLTextSerializer>();

        var json = serializer.Serialize(new Dictionary<string, string> { ["text"] = "<政府>&'" });

        Assert.Contains("政府", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
    }

    /// <summary>The query made unique to this test run by a comment, so no other test has cached it.</summary>
    private static string Unique(string query) => query + " # " + Guid.NewGuid().ToString("N");
}
