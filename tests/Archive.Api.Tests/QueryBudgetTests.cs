using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Archive.Api.Http;
using Archive.Api.Tests.Infrastructure;

namespace Archive.Api.Tests;

/// <summary>
/// What a query may cost: the tools' introspection passes, queries whose validation or answer would be huge are
/// refused with a code before they run, bodies that are not Unicode are refused, and every answer states its cost.
/// Issue 20's acceptance 4 against a real `archive serve` process and its own memory: Cli.Tests' HostileQueryServerTests.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QueryBudgetTests(ApiHost host)
{
    public static TheoryData<string> IntrospectionQueries => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Introspection"), "*.graphql").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(IntrospectionQueries))]
    public async Task GraphQLJsIntrospectionQuery_AnswersTheSchema(string variant)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Introspection", variant + ".graphql"), TestContext.CancellationToken);

        var response = await host.Client.PostAsync(query, operationName: "IntrospectionQuery");

        var schema = response.Ok().GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        var types = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Report", types);
        Assert.Contains("__Type", types);
        Assert.True(response.Body.GetProperty("extensions").GetProperty("complexity").GetDouble() > 1000,
            "the estimate measures the schema's size: " + response.Body.GetProperty("extensions"));
    }

    [Fact]
    public async Task Introspection_NestingListsThroughTypes_IsStillRefused()
    {
        // types → fields → type → fields … five lists deep: each level multiplies by the fields a type has.
        var query = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }";

        var response = await host.Client.PostAsync(query);

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fragments_DoublingAt30Levels_AreRefusedWithin2Seconds(bool aliased)
    {
        // Each fragment spreads the next twice: 2^30 fields once expanded, 1 KB as written.
        var document = new StringBuilder("{ regions { ...F0 } }");
        for (var i = 0; i < 30; i++)
        {
            document.Append(aliased
                ? $" fragment F{i} on Region {{ a{i}: parent {{ ...F{i + 1} }} b{i}: parent {{ ...F{i + 1} }} }}"
                : $" fragment F{i} on Region {{ code ...F{i + 1} ...F{i + 1} }}");
        }

        document.Append(" fragment F30 on Region { code name }");
        var watch = Stopwatch.StartNew();

        var response = await host.Client.PostAsync(document.ToString());

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"answered in {watch.Elapsed}");
    }

    [Theory]
    [InlineData("html")] // 204 fields: refused by the estimated cost (a full text per alias per report)
    [InlineData("text html highlights { start end }")] // 504 fields: refused by the field count first
    public async Task HighlightedText_100Aliases_AreRefusedBeforeRunning(string selection)
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"h{i}: highlightedText(query: \"公开\") {{ {selection} }}"));
        var query = "{ reports(first: 100) { edges { node { " + aliases + " } } } }";
        var watch = Stopwatch.StartNew();

        var response = await host.Client.PostAsync(query);

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"answered in {watch.Elapsed}");

        // What the server holds afterwards is asserted in Cli.Tests' HostileQueryServerTests, on a server process of its
        // own: this process's working set is every fixture of the assembly running in parallel (510 MB in CI, stop 66).
    }

    [Fact]
    public async Task Body_InvalidUtf8_Is400InvalidEncoding()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\": \"{ search(query: \\\"");
        var suffix = Encoding.UTF8.GetBytes("\\\") { totalCount } }\"}");
        byte[] body = [.. prefix, 0xC3, 0x28, 0xFF, 0xFE, .. suffix];
        var watch = Stopwatch.StartNew();

        var response = await PostBytesAsync(body);

        AssertRejected(response, HttpStatusCode.BadRequest, "INVALID_ENCODING");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"answered in {watch.Elapsed}");
    }

    [Theory]
    [InlineData("{\"query\": \"{ search(query: \\\"\\ud800\\\") { totalCount } }\"}")]
    [InlineData("{\"query\": \"query ($q: String!) { search(query: $q) { totalCount } }\", \"variables\": {\"q\": \"\\ud800\"}}")]
    [InlineData("{\"query\": \"query ($q: String!) { search(query: $q) { totalCount } }\", \"variables\": {\"q\": \"a\\udc00b\"}}")]
    [InlineData("{\"query\": \"{ reports { totalCount } }\", \"variables\": {\"\\ud800\": 1}}")]
    [InlineData("{\"query\": \"{ reports { totalCount } }\", \"operationName\": \"\\udfff\"}")]
    public async Task Body_LoneSurrogateEscape_Is400InvalidEncoding(string body)
    {
        var watch = Stopwatch.StartNew();

        var response = await host.Client.PostRawAsync(body, "application/json");

        AssertRejected(response, HttpStatusCode.BadRequest, "INVALID_ENCODING");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"answered in {watch.Elapsed}");
    }

    [Fact]
    public async Task Get_VariablesWithALoneSurrogateEscape_Is400InvalidEncoding()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query ($q: String!) { search(query: $q) { totalCount } }")
            + "&variables=" + Uri.EscapeDataString("{\"q\": \"\\ud800\"}");

        var response = await GraphQLClient.SendAsync(host.Client, new HttpRequestMessage(HttpMethod.Get, url));

        AssertRejected(response, HttpStatusCode.BadRequest, "INVALID_ENCODING");
    }

    [Fact]
    public async Task Body_PairedSurrogateEscape_IsText()
    {
        var response = await host.Client.PostRawAsync(
            "{\"query\": \"query ($q: String!) { search(query: $q) { totalCount } }\", \"variables\": {\"q\": \"\\ud840\\udc00\"}}", "application/json");

        Assert.True(response.Ok().GetProperty("search").GetProperty("totalCount").GetInt32() >= 0);
    }

    [Fact]
    public async Task EveryAnswer_StatesItsComplexityAndRateLimit()
    {
        var response = await host.Client.PostAsync("{ reports(first: 10) { totalCount nodes { title year } } }");

        response.Ok();
        var extensions = response.Body.GetProperty("extensions");
        var complexity = extensions.GetProperty("complexity").GetDouble();
        var rateLimit = extensions.GetProperty("rateLimit");
        Assert.InRange(complexity, 10, 100);
        Assert.Equal(1 + (int)(complexity / 100), rateLimit.GetProperty("cost").GetInt32());
        Assert.Equal(10_000, rateLimit.GetProperty("limit").GetInt32());
        Assert.InRange(rateLimit.GetProperty("remaining").GetInt32(), 1, 9_999);
        Assert.True(DateTimeOffset.Parse(rateLimit.GetProperty("resetAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddSeconds(-1));
    }

    public static TheoryData<string> Examples => new(ExampleQueries.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ExampleQuery_RunsWithoutErrors(string name)
    {
        var example = ExampleQueries.All.Single(e => e.Name == name);
        var variables = example.Variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(example.Variables);

        var response = await host.Client.PostAsync(example.Query, variables);

        response.Ok();
    }

    [Fact]
    public async Task Examples_AreListedAsJson()
    {
        using var response = await host.Client.GetAsync("/graphql/examples", TestContext.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));

        Assert.Equal(ExampleQueries.All.Select(e => e.Name), body.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_FromABrowser_IsTheExplorerWithItsFiles()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await host.Client.SendAsync(request, TestContext.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(/graphql/explorer/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, scripts.Count);
        foreach (var path in scripts)
        {
            using var file = await host.Client.GetAsync(path, TestContext.CancellationToken);
            Assert.True(file.IsSuccessStatusCode, path);
            Assert.True((await file.Content.ReadAsByteArrayAsync(TestContext.CancellationToken)).Length > 100, path);
        }
    }

    [Fact]
    public async Task Get_FromAGraphQLClient_IsStillGraphQL()
    {
        var response = await host.Client.GetAsync("{ reports(first: 1) { totalCount } }", accept: "text/html, application/json");

        Assert.True(response.Ok().GetProperty("reports").GetProperty("totalCount").GetInt32() > 0);
    }

    [Theory]
    [InlineData("http://localhost:5173", true)]
    [InlineData("http://127.0.0.1:3000", true)]
    [InlineData("http://[::1]:8080", true)]
    [InlineData("https://app.example.org", true)]
    [InlineData("http://localhost.evil.example.com:5173", false)]
    [InlineData("https://localhost:5173", false)]
    public async Task Cors_LocalOriginsOnAnyPortAreAllowedByDefault(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    private async Task<GraphQLResponse> PostBytesAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        return await GraphQLClient.SendAsync(host.Client, request);
    }

    private static void AssertRejected(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.True(status == response.Status, $"{response.Status}: {response.Body}");
        Assert.Contains(code, response.ErrorCodes);
        Assert.False(string.IsNullOrEmpty(response.FirstError.GetProperty("message").GetString()));
    }
}
