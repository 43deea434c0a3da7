using System.Net;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;

namespace Archive.Api.Tests;

/// <summary>A host whose execution timeout is one tick, so any execution that reaches the database has run out of time.</summary>
public sealed class InstantTimeoutHost : ApiHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:ExecutionTimeout"] = "00:00:00.0000001" };
}

public sealed class TimeoutTests(InstantTimeoutHost host) : IClassFixture<InstantTimeoutHost>
{
    [Fact]
    public async Task Query_PastTheExecutionTimeout_AnswersTimeoutWithNullData()
    {
        var response = await host.Client.PostAsync("{ reports(first: 100) { totalCount edges { node { text metrics { source { sentence { text } } } } } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
    }
}
