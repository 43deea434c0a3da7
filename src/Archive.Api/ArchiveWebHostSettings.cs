using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api;

/// <summary>How to build the web host: what `archive serve` passes, and what tests add (a test server, interceptors).</summary>
public sealed record ArchiveWebHostSettings
{
    /// <summary>URLs to listen on; <see cref="ArchiveWebHost.DefaultUrls"/> when null.</summary>
    public string? Urls { get; init; }

    /// <summary>ASP.NET Core environment (Production when null and ASPNETCORE_ENVIRONMENT is unset).</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Adds configuration sources after the defaults (so they win), e.g. the data directory.</summary>
    public Action<IConfigurationBuilder>? Configure { get; init; }

    /// <summary>Adds or replaces services after the Archive registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Adjusts the web host, e.g. <c>UseTestServer()</c>.</summary>
    public Action<IWebHostBuilder>? ConfigureWebHost { get; init; }
}
