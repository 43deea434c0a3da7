using System.Net;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>A host with a 200 ms execution timeout over a database whose every read takes 2 s once switched on.</summary>
public sealed class SlowDatabaseHost : ApiHost
{
    public SlowReadInterceptor SlowReads { get; } = new(TimeSpan.FromSeconds(2));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:ExecutionTimeout"] = "00:00:00.200" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IAdditionalDbInterceptor>(SlowReads);
}

public sealed class TimeoutTests(SlowDatabaseHost host) : IClassFixture<SlowDatabaseHost>
{
    [Fact]
    public async Task Query_PastTheExecutionTimeout_AnswersTimeoutWithNullData()
    {
        host.SlowReads.Enable();
        var response = await host.Client.PostAsync("{ reports(first: 100) { totalCount edges { node { text metrics { source { sentence { text } } } } } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
    }
}
