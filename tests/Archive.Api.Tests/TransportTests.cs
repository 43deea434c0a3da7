using System.Net;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;

namespace Archive.Api.Tests;

/// <summary>The GraphQL-over-HTTP items of the spec that clients depend on.</summary>
[Collection(ApiCollection.Name)]
public sealed class TransportTests(ApiHost host)
{
    private const string Query = "{ reports(first: 1) { totalCount } }";

    [Fact]
    public async Task Get_Query_Executes()
    {
        var response = await host.Client.GetAsync("query ($n: Int!) { reports(first: $n) { totalCount } }", new { n = 1 });

        Assert.True(response.Ok().GetProperty("reports").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_Mutation_Is405WithAllowPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { ingestReport(fileName: \"a.txt\", text: \"x\") { status } }"));
        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.Equal("METHOD_NOT_ALLOWED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Are405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");
        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "application/graphql-response+json")]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task Post_ResponseMediaType_FollowsAccept(string? accept, string expected)
    {
        var response = await host.Client.PostRawAsync(JsonSerializer.Serialize(new { query = Query }), "application/json", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Fact]
    public async Task Post_AcceptingNeitherJsonType_Is406()
    {
        var response = await host.Client.PostRawAsync(JsonSerializer.Serialize(new { query = Query }), "application/json", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_WithOtherContentType_Is415(string contentType)
    {
        var response = await host.Client.PostRawAsync(JsonSerializer.Serialize(new { query = Query }), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_UnparseableDocument_Is400WithLocation()
    {
        var response = await host.Client.PostRawAsync(JsonSerializer.Serialize(new { query = "{ reports(first: 1) { totalCount }" }), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.ErrorCodes);
        Assert.True(response.FirstError.GetProperty("locations")[0].GetProperty("line").GetInt32() >= 1);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ reports { nope } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ regions { code } } fragment Unused on Region { name }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ reports(first: \"ten\") { totalCount } }", "BAD_USER_INPUT")]
    public async Task Post_InvalidDocument_Is400WithCodeAndLocations(string query, string code)
    {
        var response = await host.Client.PostRawAsync(JsonSerializer.Serialize(new { query }), "application/json", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(code, response.ErrorCodes);
        Assert.True(response.FirstError.TryGetProperty("locations", out _));
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_VariableOfTheWrongType_Is400BadUserInput()
    {
        var response = await host.Client.PostAsync("query ($n: Int!) { reports(first: $n) { totalCount } }", new { n = "many" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_UnknownOperationName_Is400()
    {
        var response = await host.Client.PostAsync("query A { reports { totalCount } }", operationName: "B");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Single(response.ErrorCodes);
    }

    [Fact]
    public async Task Post_SelectedOperationOfSeveral_Executes()
    {
        var response = await host.Client.PostAsync("query A { reports { totalCount } } query B { regions { code } }", operationName: "B");

        Assert.True(response.Ok().TryGetProperty("regions", out _));
    }

    [Fact]
    public async Task Cors_PreflightFromConfiguredOrigin_IsAllowed_OtherOriginsAreNot()
    {
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return await host.Client.SendAsync(request, TestContext.CancellationToken);
        }

        using var allowed = await Preflight("https://app.example.org");
        using var refused = await Preflight("https://evil.example.com");

        Assert.True(allowed.IsSuccessStatusCode);
        Assert.Equal("https://app.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Health_WithTheDatabaseUp_IsHealthy()
    {
        using var response = await host.Client.GetAsync("/health", TestContext.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }
}
