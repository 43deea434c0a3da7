using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Ingestion;
using Archive.Samples.Generation;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// Search as a journalist uses it, through the HTTP API over the production index: the seeds, the real corpus
/// (../shared/corpus/real/raw) and 200 generated reports, all ingested through the normal pipeline.
/// </summary>
public sealed partial class SearchAnswersTests(SearchAnswersTests.SampleArchiveHost host, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SearchAnswersTests.SampleArchiveHost>
{
    public sealed class SampleArchiveHost : ApiHost, IAsyncLifetime
    {
        private readonly TempDirectory _files = new("archive-sample");

        protected override bool IndexTestArchiveData => false;

        /// <summary>File names of the reports ingested through the pipeline (and so held by the index).</summary>
        public HashSet<string> Indexed { get; } = new(StringComparer.Ordinal);

        public new async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var paths = new List<string>();
            foreach (var generated in ReportGenerator.Generate(new GeneratorOptions(200, Seed: 22)))
            {
                var path = Path.Combine(_files.Path, generated.FileName);
                await File.WriteAllBytesAsync(path, generated.Bytes);
                paths.Add(path);
            }

            paths.AddRange(Directory.GetFiles(Path.Combine(TestPaths.SharedDir, "corpus", "real", "raw")).Order(StringComparer.Ordinal));
            await Services.GetRequiredService<IngestService>().IngestAsync(paths, progress: null, TestContext.CancellationToken);
            Services.GetRequiredService<Archive.Search.Querying.ArchiveSearcher>().MaybeRefresh();
            Indexed.UnionWith(paths.Concat(TestPaths.SeedFiles).Select(p => Path.GetFileName(p)!));
        }

        public new async Task DisposeAsync()
        {
            await base.DisposeAsync();
            _files.Dispose();
        }
    }

    private const string SearchQuery = """
        query ($q: String!, $first: Int!, $after: String, $order: SearchOrder!) {
          search(query: $q, first: $first, after: $after, orderBy: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { score snippets { text highlights { start end } } node { id fileName title year published region { code } highlightedText(query: $q) { text highlights { start end } } } }
          }
        }
        """;

    // What paging and ranking checks read: no texts, so a page of 100 stays within the complexity budget
    // (SearchQuery's highlightedText for 100 nodes costs 434,201 against the 50,000 allowed).
    private const string OrderQuery = """
        query ($q: String!, $first: Int!, $after: String, $order: SearchOrder!) {
          search(query: $q, first: $first, after: $after, orderBy: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { score node { id fileName title year published region { code } } }
          }
        }
        """;

    [Fact]
    public async Task QuotedTitle_AsTheApiShowsIt_FindsItsReport_ForEveryIndexedReport()
    {
        var reports = new List<(string Id, string FileName, string Title)>();
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(
                "query ($after: String) { reports(first: 100, after: $after, orderBy: INGESTED_ASC) { pageInfo { hasNextPage endCursor } edges { node { id fileName title } } } }",
                new { after })).Ok().GetProperty("reports");
            reports.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
                .Where(n => host.Indexed.Contains(n.GetProperty("fileName").GetString()!) && n.GetProperty("title").ValueKind == JsonValueKind.String)
                .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("fileName").GetString()!, n.GetProperty("title").GetString()!)));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        // Generated titles are printed over two lines in many reports: those are the ones the phrase must cross.
        Assert.True(reports.Count >= 200, $"only {reports.Count} titled reports");
        var missed = new List<string>();
        foreach (var (id, fileName, title) in reports)
        {
            var ids = new List<string>();
            string? cursor = null;
            do
            {
                var page = (await host.Client.PostAsync(OrderQuery, new { q = $"\"{title}\"", first = 100, after = cursor, order = "RELEVANCE" })).Ok().GetProperty("search");
                ids.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
                cursor = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            }
            while (cursor is not null && !ids.Contains(id));

            if (!ids.Contains(id))
            {
                missed.Add($"{fileName}: \"{title}\"");
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public async Task NotDisclosed_Unquoted_TopTenSnippetsHoldIt_AndNoBareDisclosedIsMarked()
    {
        const string typed = "不予公开";
        var search = (await host.Client.PostAsync(SearchQuery, new { q = typed, first = 10, after = (string?)null, order = "RELEVANCE" })).Ok().GetProperty("search");
        var edges = search.GetProperty("edges").EnumerateArray().ToList();

        Assert.True(search.GetProperty("totalCount").GetInt32() > 10, "the archive should hold more than a page of matches");
        Assert.Equal(10, edges.Count);
        foreach (var edge in edges)
        {
            var node = edge.GetProperty("node");
            var snippets = edge.GetProperty("snippets").EnumerateArray().ToList();
            Assert.NotEmpty(snippets);
            Assert.Contains(typed, AsRead(snippets[0].GetProperty("text").GetString()!), StringComparison.Ordinal);
            foreach (var snippet in snippets)
            {
                var text = snippet.GetProperty("text").GetString()!;
                Assert.DoesNotContain(text, char.IsControl);
                AssertMarksOnly(typed, text, snippet.GetProperty("highlights"), node.GetProperty("fileName").GetString()!);
            }

            // The report opened from the search marks the same.
            var opened = node.GetProperty("highlightedText");
            Assert.NotEmpty(opened.GetProperty("highlights").EnumerateArray());
            AssertMarksOnly(typed, opened.GetProperty("text").GetString()!, opened.GetProperty("highlights"), node.GetProperty("fileName").GetString()!);
        }
    }

    [Theory]
    [InlineData("RELEVANCE")]
    [InlineData("YEAR_DESC")]
    [InlineData("YEAR_ASC")]
    [InlineData("PUBLISHED_DESC")]
    [InlineData("PUBLISHED_ASC")]
    [InlineData("REGION")]
    public async Task EveryOrder_PagesToTheEnd_WithoutRepeatsOrGaps(string order)
    {
        const string query = "行政复议";
        var seen = new List<JsonElement>();
        string? after = null;
        int total;
        var pages = 0;
        do
        {
            var page = (await host.Client.PostAsync(OrderQuery, new { q = query, first = 17, after, order })).Ok().GetProperty("search");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.Clone()));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null && pages < 200);

        var ids = seen.Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        Assert.True(total > 17 * 3, $"only {total} hits");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(total, ids.Count);

        // The pages follow the order asked for, by the values the API itself shows.
        var years = seen.Select(e => e.GetProperty("node").GetProperty("year")).Select(y => y.ValueKind == JsonValueKind.Number ? y.GetInt32() : (int?)null).ToList();
        // An impossible printed date (2024-04-31, flagged) is no date to sort by.
        var published = seen.Select(e => e.GetProperty("node").GetProperty("published"))
            .Select(p => p.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", out _) ? p.GetString() : null).ToList();
        switch (order)
        {
            case "RELEVANCE":
                var scores = seen.Select(e => e.GetProperty("score").GetDouble()).ToList();
                Assert.Equal(scores.OrderDescending(), scores);
                break;
            case "YEAR_DESC":
                Assert.Equal(years.OrderBy(y => y is null).ThenByDescending(y => y), years);
                break;
            case "YEAR_ASC":
                Assert.Equal(years.OrderBy(y => y is null).ThenBy(y => y), years);
                break;
            case "PUBLISHED_DESC":
                Assert.Equal(published.OrderBy(p => p is null).ThenByDescending(p => p, StringComparer.Ordinal), published);
                break;
            case "PUBLISHED_ASC":
                Assert.Equal(published.OrderBy(p => p is null).ThenBy(p => p, StringComparer.Ordinal), published);
                break;
        }
    }

    /// <summary>Every highlight marks the typed sequence (as a reader sees it), never a part of it such as a bare 公开.</summary>
    private static void AssertMarksOnly(string typed, string text, JsonElement highlights, string fileName)
    {
        foreach (var range in highlights.EnumerateArray())
        {
            var marked = AsRead(text[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()]);
            Assert.True(marked.Length > 0 && marked.Replace(typed, string.Empty, StringComparison.Ordinal).Length == 0, $"{fileName}: '{marked}' is marked for {typed}");
        }
    }

    /// <summary>The text as a reader sees it: whitespace next to a CJK character vanishes.</summary>
    private static string AsRead(string text) => WideGap().Replace(text, string.Empty);

    [GeneratedRegex(@"(?<=[\u2E80-\u2FFF\u3001-\uFFFF])\s+|\s+(?=[\u2E80-\u2FFF\u3001-\uFFFF])")]
    private static partial Regex WideGap();
}
