using System.Net;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing;
using Archive.Testing.Databases;

namespace Archive.Api.Tests;

[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="MutationPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class MutationTests(ApiHost host)
{
    private const string Ingest = """
        mutation ($name: String!, $text: String!) {
          ingestReport(fileName: $name, text: $text) { status report { id title text } }
        }
        """;

    [StorageFact]
    public async Task IngestReport_WithTheApiKey_StoresOnceThenReportsUnchanged()
    {
        var text = await File.ReadAllTextAsync(TestPaths.SeedFiles[2], TestContext.CancellationToken) + "\n（接口上传的副本）\n";
        var before = host.Scalar("SELECT COUNT(*) FROM Reports");

        var first = (await host.Client.PostAsync(Ingest, new { name = "upload.txt", text }, apiKey: ApiHost.ApiKey)).Ok().GetProperty("ingestReport");
        var again = (await host.Client.PostAsync(Ingest, new { name = "upload.txt", text }, apiKey: ApiHost.ApiKey)).Ok().GetProperty("ingestReport");

        Assert.Equal("ADDED", first.GetProperty("status").GetString());
        Assert.Equal("UNCHANGED", again.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("report").GetProperty("id").GetString(), again.GetProperty("report").GetProperty("id").GetString());
        Assert.Contains("接口上传的副本", first.GetProperty("report").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(before + 1, host.Scalar("SELECT COUNT(*) FROM Reports"));
    }

    [StorageTheory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong")]
    public async Task IngestReport_WithoutAValidKey_IsUnauthenticatedAndWritesNothing(string? apiKey)
    {
        var before = host.Scalar("SELECT COUNT(*) FROM Reports");

        var response = await host.Client.PostAsync(Ingest, new { name = "x.txt", text = "某县人民政府2020年政府信息公开工作年度报告" }, apiKey: apiKey);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal("ingestReport", response.FirstError.GetProperty("path")[0].GetString());
        Assert.Equal(before, host.Scalar("SELECT COUNT(*) FROM Reports"));
    }

    [StorageTheory]
    [InlineData("../etc/passwd", "text")]
    [InlineData("", "text")]
    [InlineData("blank.txt", "   \n  ")]
    public async Task IngestReport_WithBadInput_IsBadUserInput(string name, string text)
    {
        var response = await host.Client.PostAsync(Ingest, new { name, text }, apiKey: ApiHost.ApiKey);

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }
}

/// <summary>A host with no API key configured: writes are off.</summary>
public sealed class NoApiKeyHost : ApiHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:ApiKey"] = string.Empty };
}

public sealed class MutationWithoutConfiguredKeyTests(NoApiKeyHost host) : IClassFixture<NoApiKeyHost>
{
    [StorageFact]
    public async Task IngestReport_WhenNoKeyIsConfigured_IsUnauthenticatedWhateverTheHeader()
    {
        var response = await host.Client.PostAsync(
            "mutation { ingestReport(fileName: \"a.txt\", text: \"某县2020年报告\") { status } }", apiKey: ApiHost.ApiKey);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Contains("off", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class MutationPostgreSqlTests(PostgreSqlApiHost host) : MutationTests(host);
