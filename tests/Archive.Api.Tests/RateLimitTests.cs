using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Api.Http;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests;

/// <summary>A host whose clients get 60 points refilled over an hour (so no refill during a test), a point per 100 of complexity.</summary>
public sealed class RateLimitedHost : ApiHost
{
    public const int Points = 60;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Api:RateLimitPoints"] = Points.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Api:RateLimitWindow"] = "01:00:00",
        ["Api:ComplexityPerPoint"] = "100",
        ["Api:MaxComplexity"] = "5000",
    };
}

public sealed class RateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task ExhaustedBucket_Answers429WithRetryAfter_WhileTheKeyHolderHasItsOwnBucket()
    {
        var successes = 0;
        HttpResponseMessage? refused = null;
        for (var i = 0; i < RateLimitedHost.Points + 5 && refused is null; i++)
        {
            var response = await PostAsync("{ reports(first: 1) { totalCount } }");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                successes++;
                response.Dispose();
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.InRange(successes, RateLimitedHost.Points - 1, RateLimitedHost.Points);
            var retryAfter = refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
            Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(61));
            using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.CancellationToken));
            Assert.Equal("RATE_LIMITED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(0, body.RootElement.GetProperty("extensions").GetProperty("rateLimit").GetProperty("remaining").GetInt32());
        }

        // A valid API key is a bucket of its own, so an address's exhaustion does not lock out the key holder.
        using var withKey = await PostAsync("{ reports(first: 1) { totalCount } }", ApiHost.ApiKey);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await host.Client.SendAsync(request, TestContext.CancellationToken);
    }
}

/// <summary>Costs, on a host of its own (so its bucket starts full whatever the other rate-limit tests spent).</summary>
public sealed class QueryCostTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task QueryCost_FollowsItsComplexity_IsTakenFromTheBucket_AndAQueryCostingMoreThanRemainsIsRefused()
    {
        var light = await RateLimitOf(await PostAsync("{ reports(first: 1) { totalCount } }", ApiHost.ApiKey));
        var heavy = await RateLimitOf(await PostAsync("{ reports(first: 100) { nodes { title year agencyName fileName } } }", ApiHost.ApiKey));

        Assert.Equal(1 + (int)(light.Complexity / 100), light.Cost);
        Assert.Equal(1 + (int)(heavy.Complexity / 100), heavy.Cost);
        Assert.True(heavy.Cost >= 5, $"cost {heavy.Cost} for complexity {heavy.Complexity}");
        Assert.Equal(light.Remaining - heavy.Cost, heavy.Remaining);

        // Spend the rest with heavy queries until one no longer fits: refused before it runs.
        HttpResponseMessage response;
        var rounds = 0;
        while ((response = await PostAsync("{ reports(first: 100) { nodes { title year agencyName fileName } } }", ApiHost.ApiKey)).StatusCode == HttpStatusCode.OK)
        {
            response.Dispose();
            Assert.True(++rounds < RateLimitedHost.Points, "the bucket never ran out");
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
            Assert.False(body.RootElement.TryGetProperty("data", out _));
            Assert.Equal("RATE_LIMITED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await host.Client.SendAsync(request, TestContext.CancellationToken);
    }

    private static async Task<(double Complexity, int Cost, int Remaining)> RateLimitOf(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
            var extensions = body.RootElement.GetProperty("extensions");
            var rateLimit = extensions.GetProperty("rateLimit");
            return (extensions.GetProperty("complexity").GetDouble(), rateLimit.GetProperty("cost").GetInt32(), rateLimit.GetProperty("remaining").GetInt32());
        }
    }
}

/// <summary>A host that answers at most 64 KiB.</summary>
public sealed class SmallResponseHost : ApiHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:MaxResponseBytes"] = "65536" };
}

public sealed class ResponseSizeTests(SmallResponseHost host) : IClassFixture<SmallResponseHost>
{
    [Fact]
    public async Task Result_LargerThanTheLimit_IsReplacedByACodedError()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 4).Select(i => $"a{i}: reports(first: 100) {{ nodes {{ text }} }}")) + " }";

        var response = await host.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["RESPONSE_TOO_LARGE"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
    }

    [Fact]
    public async Task Result_WithinTheLimit_IsAnswered()
    {
        var response = await host.Client.PostAsync("{ reports(first: 5) { nodes { title } } }");

        Assert.Equal(5, response.Ok().GetProperty("reports").GetProperty("nodes").GetArrayLength());
    }
}

public sealed class ApiOptionsValidationTests
{
    [Theory]
    [InlineData("https://app.example.org", null)]
    [InlineData("http://intranet:*", null)]
    [InlineData("http://localhost:5173", null)]
    [InlineData("*", null)]
    [InlineData("app.example.org", "not an http(s) origin")]
    [InlineData("ftp://example.org", "not an http(s) origin")]
    [InlineData("https://example.org/app", "has a path")]
    [InlineData("https://example.org:8443:*", "names a port and ':*'")]
    public void CorsOrigins_AreCheckedAsOrigins(string origin, string? error)
    {
        var result = new ApiOptionsValidator().Validate(null, new ApiOptions { CorsOrigins = [origin] });

        if (error is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed);
            Assert.Contains(error, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RateLimit_SmallerThanTheHeaviestAllowedQuery_IsRefused()
    {
        var result = new ApiOptionsValidator().Validate(null, new ApiOptions { RateLimitPoints = 100, MaxComplexity = 50_000, ComplexityPerPoint = 100 });

        Assert.True(result.Failed);
        Assert.Contains("RateLimitPoints", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Api:CorsOrigins:0", "https://example.org/path")]
    [InlineData("Api:RateLimitPoints", "-1")]
    [InlineData("Api:RateLimitWindow", "00:00:00")]
    [InlineData("Api:MaxResponseBytes", "10")]
    public async Task Host_WithAnInvalidOption_DoesNotStart(string key, string value)
    {
        using var directory = new TempDirectory("archive-options");
        await using var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            Configure = configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:DataDirectory"] = directory.Path,
                [key] = value,
            }),
            ConfigureWebHost = web => web.UseTestServer(),
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.CancellationToken));
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:*", "http://localhost:5173", true)]
    [InlineData("http://localhost:*", "http://localhost", true)]
    [InlineData("http://localhost:*", "https://localhost:5173", false)]
    [InlineData("https://app.example.org", "https://app.example.org", true)]
    [InlineData("https://app.example.org", "https://app.example.org:8443", false)]
    [InlineData("https://app.example.org", "https://APP.example.org", true)]
    [InlineData("http://[::1]:*", "http://[::1]:3000", true)]
    public void CorsOriginPattern_Matches(string pattern, string origin, bool matches)
    {
        Assert.Equal(matches, CorsOriginPattern.TryParse(pattern, out _)!.Matches(origin));
    }
}
