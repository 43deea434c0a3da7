using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing;
using Xunit.Abstractions;

namespace Archive.Api.Tests.Export;

/// <summary>Saved searches and their Atom feeds, over the Lucene-searched archive of <see cref="LargeSearchApiHost"/>.</summary>
[Collection(LargeSearchCollection.Name)]
public sealed class SavedSearchFeedTests(LargeSearchApiHost host, ITestOutputHelper output)
{
    private const string Save = """
        mutation($name: String!, $q: String!, $filter: ReportFilter) {
          saveSearch(name: $name, query: $q, filter: $filter) { id name query filter { regionCode } createdAt feedUrl newReportCount }
        }
        """;

    /// <summary>
    /// Acceptance 5: a search saved, then a matching report ingested through the ingestReport mutation (the real
    /// pipeline: decode, extract, store, index); the feed lists it first, and the feed is valid Atom.
    /// </summary>
    [Fact]
    public async Task Feed_ListsAReportIngestedAfterTheSearchWasSaved_AndValidatesAsAtom()
    {
        var saved = (await PostAsync(Save, new { name = "不予公开 宁夏", q = "不予公开", filter = new { regionCode = "640000" } }, ApiHost.ApiKey)).GetProperty("saveSearch");
        var feedUrl = saved.GetProperty("feedUrl").GetString()!;
        Assert.Matches("^/feeds/[A-Za-z0-9_-]{43}\\.atom$", feedUrl);
        Assert.Equal(0, saved.GetProperty("newReportCount").GetInt32());

        var before = await GetFeedAsync(feedUrl);
        var beforeIds = Entries(before).Select(e => (string)e.Element(AtomValidator.Atom + "id")!).ToList();
        Assert.Equal(50, beforeIds.Count);

        // A seed of 平罗县 (宁夏) that says 不予公开, as a new upload: new content, so a new report.
        var seed = TestPaths.SeedFiles.Select(File.ReadAllText).First(t => t.Contains("平罗县", StringComparison.Ordinal) && t.Contains("不予公开", StringComparison.Ordinal));
        var ingested = (await PostAsync(
            "mutation($f: String!, $t: String!) { ingestReport(fileName: $f, text: $t) { status report { id title region { code } } } }",
            new { f = "feed-test.txt", t = seed + "\n（本报告于订阅测试中重新上传。）\n" },
            ApiHost.ApiKey)).GetProperty("ingestReport");
        Assert.Equal("ADDED", ingested.GetProperty("status").GetString());
        var reportId = ingested.GetProperty("report").GetProperty("id").GetString()!;
        Assert.StartsWith("64", ingested.GetProperty("report").GetProperty("region").GetProperty("code").GetString(), StringComparison.Ordinal);

        // The server refreshes its searcher every second; a feed reader polls.
        XDocument after;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            after = await GetFeedAsync(feedUrl);
        }
        while (!Ids(after).Contains($"urn:archive:report:{reportId}") && DateTime.UtcNow < deadline && await Delay());

        var entries = Entries(after);
        var first = entries[0];
        Assert.Equal($"urn:archive:report:{reportId}", (string)first.Element(AtomValidator.Atom + "id")!);
        Assert.Equal(ingested.GetProperty("report").GetProperty("title").GetString(), (string)first.Element(AtomValidator.Atom + "title")!);
        Assert.Contains("不予公开", (string)first.Element(AtomValidator.Atom + "summary")!, StringComparison.Ordinal);
        var link = first.Elements(AtomValidator.Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
        Assert.Contains("view=report&id=" + Uri.EscapeDataString(reportId), (string)link.Attribute("href")!, StringComparison.Ordinal);
        Assert.Equal(beforeIds.Take(49), Ids(after).Skip(1));
        Assert.Empty(AtomValidator.Problems(after));
        Assert.Empty(AtomValidator.Problems(before));
        var self = after.Root!.Elements(AtomValidator.Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.EndsWith(feedUrl, (string)self.Attribute("href")!, StringComparison.Ordinal);

        var list = (await PostAsync("{ savedSearches { id newReportCount } }", null, ApiHost.ApiKey)).GetProperty("savedSearches");
        Assert.Equal(1, list.EnumerateArray().Single(s => s.GetProperty("id").GetString() == saved.GetProperty("id").GetString()).GetProperty("newReportCount").GetInt32());
        output.WriteLine($"feed {feedUrl}: {entries.Count} entries, first {reportId}; {after.ToString().Length} characters");
    }

    [Fact]
    public async Task Feed_NewestStoredFirst_AndDeletedSearchAnswers404()
    {
        var saved = (await PostAsync(Save, new { name = "2020年起", q = "不予公开", filter = new { yearFrom = 2020 } }, ApiHost.ApiKey)).GetProperty("saveSearch");
        var feed = await GetFeedAsync(saved.GetProperty("feedUrl").GetString()!);
        var ids = Ids(feed).Select(id => Api.GraphQL.GlobalId.DecodeNumeric(id["urn:archive:report:".Length..], "Report", "id")).ToList();

        Assert.Equal(50, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Empty(AtomValidator.Problems(feed));

        var deleted = (await PostAsync("mutation($id: ID!) { deleteSavedSearch(id: $id) }", new { id = saved.GetProperty("id").GetString() }, ApiHost.ApiKey));
        Assert.True(deleted.GetProperty("deleteSavedSearch").GetBoolean());
        using var gone = await host.Client.GetAsync(saved.GetProperty("feedUrl").GetString(), host.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var guessed = await host.Client.GetAsync("/feeds/" + new string('A', 43) + ".atom", host.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Theory]
    [InlineData("mutation { saveSearch(name: \"x\", query: \"不予公开\") { id } }")]
    [InlineData("{ savedSearches { feedUrl } }")]
    [InlineData("mutation { deleteSavedSearch(id: \"U2F2ZWRTZWFyY2g6MQ==\") }")]
    public async Task SavedSearches_WithoutTheApiKey_AreRefused(string query)
    {
        using var response = await SendAsync(query, null, apiKey: null);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(host.CancellationToken));
        Assert.Equal("UNAUTHENTICATED", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("\"unclosed", null, "BAD_SEARCH_SYNTAX")]
    [InlineData(" ", null, "BAD_USER_INPUT")]
    public async Task SaveSearch_BadQueryOrFilter_IsRefused(string q, string? flagKind, string code)
    {
        using var response = await SendAsync(Save, new { name = "x", q, filter = new { flagKind } }, ApiHost.ApiKey);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(host.CancellationToken));
        Assert.Equal(code, json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<XElement> Entries(XDocument feed) => [.. feed.Root!.Elements(AtomValidator.Atom + "entry")];

    private static List<string> Ids(XDocument feed) => [.. Entries(feed).Select(e => (string)e.Element(AtomValidator.Atom + "id")!)];

    private async Task<bool> Delay()
    {
        await Task.Delay(250, host.CancellationToken);
        return true;
    }

    private async Task<XDocument> GetFeedAsync(string url)
    {
        using var response = await host.Client.GetAsync(url, host.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync(host.CancellationToken));
    }

    private async Task<JsonElement> PostAsync(string query, object? variables, string? apiKey)
    {
        using var response = await SendAsync(query, variables, apiKey);
        var text = await response.Content.ReadAsStringAsync(host.CancellationToken);
        var root = JsonDocument.Parse(text).RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out _), text);
        return root.GetProperty("data");
    }

    private async Task<HttpResponseMessage> SendAsync(string query, object? variables, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await host.Client.SendAsync(request, host.CancellationToken);
    }
}
