using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;

namespace Archive.Api.Tests;

/// <summary>Queries meant to hurt: each gets a GraphQL error with a code and a 4xx, never a 5xx or a hang.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileQueryTests(ApiHost host)
{
    [Fact]
    public async Task Query_Depth50_IsRejectedAsTooComplex()
    {
        var query = "{ reports { edges { node { region " + string.Concat(Enumerable.Repeat("{ parent ", 46)) + "{ code }" + new string('}', 46) + " } } } }";

        var response = await host.Client.PostAsync(query);

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Query_1000Aliases_IsRejectedAsTooComplex()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}: reports(first: 100) {{ totalCount }}")) + " }";

        var response = await host.Client.PostAsync(query);

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Query_WhosePagesMultiplyPastTheCostLimit_IsRejectedAsTooComplex()
    {
        // 100 reports × 100 search hits per alias: each page is allowed, their product is not.
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 10).Select(i =>
            $"a{i}: search(query: \"公开\", first: 100) {{ edges {{ node {{ metrics {{ key value unit source {{ text start end }} }} }} }} }}")) + " }";

        var response = await host.Client.PostAsync(query);

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Query_Of2MB_IsRejectedAsTooLarge()
    {
        var query = "{ reports { totalCount } }" + new string(' ', 2_000_000) + "# end";

        var response = await host.Client.PostAsync(query);

        AssertRejected(response, HttpStatusCode.BadRequest, "QUERY_TOO_LARGE");
    }

    [Theory]
    [InlineData("{\"query\": \"{ reports { totalCount } }\"")]
    [InlineData("{query: '{ reports { totalCount } }'}")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("\"{ reports { totalCount } }\"")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("{\"query\": \"{ reports { totalCount } }\", \"variables\": [1, 2]}")]
    [InlineData("{\"query\": \"{ reports { totalCount } }\", \"operationName\": 7}")]
    public async Task Body_Malformed_IsABadRequest(string body)
    {
        var response = await host.Client.PostRawAsync(body, "application/json");

        AssertRejected(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    [Fact]
    public async Task Body_BatchedArray_IsRejectedWithItsOwnCode()
    {
        var body = JsonSerializer.Serialize(new[] { new { query = "{ reports { totalCount } }" }, new { query = "{ regions { code } }" } });

        var response = await host.Client.PostRawAsync(body, "application/json");

        AssertRejected(response, HttpStatusCode.BadRequest, "BATCHING_NOT_SUPPORTED");
    }

    [Fact]
    public async Task Variables_Of5MB_AreRejectedAsTooLarge()
    {
        var variables = new { filter = new { agency = new string('局', 5_000_000 / 3) }, padding = Enumerable.Range(0, 400_000).ToArray() };

        var response = await host.Client.PostAsync("query ($filter: ReportFilter) { reports(filter: $filter) { totalCount } }", variables);

        AssertRejected(response, (HttpStatusCode)413, "REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task Variables_NestedDeeply_AreABadRequest()
    {
        var nested = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            nested.Append("{\"a\":");
        }

        nested.Append('1').Append('}', 10_000);
        var body = "{\"query\": \"query ($f: ReportFilter) { reports(filter: $f) { totalCount } }\", \"variables\": {\"f\": " + nested + "}}";

        var response = await host.Client.PostRawAsync(body, "application/json");

        AssertRejected(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    [Fact]
    public async Task Variables_LongStringWithinTheBodyLimit_AnswerBadUserInput()
    {
        var response = await host.Client.PostAsync(
            "query ($filter: ReportFilter) { reports(filter: $filter) { totalCount } }",
            new { filter = new { agency = new string('局', 300_000) } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Fragments_InACycle_AreAValidationError()
    {
        var response = await host.Client.PostAsync("{ regions { ...A } } fragment A on Region { parent { ...B } } fragment B on Region { parent { ...A } }");

        AssertRejected(response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
    }

    private static void AssertRejected(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.Contains(code, response.ErrorCodes);
        Assert.False(string.IsNullOrEmpty(response.FirstError.GetProperty("message").GetString()));
    }
}
