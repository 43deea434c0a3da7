using Archive.Api.Http;
using Archive.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Api;

/// <summary>The one way to build the Archive web host; `archive serve` and the integration tests both use it.</summary>
public static class ArchiveWebHost
{
    public const string DefaultUrls = "http://localhost:5080";

    /// <summary>A builder with configuration (defaults, then <see cref="ArchiveWebHostSettings.Configure"/>) and every Archive service registered.</summary>
    public static WebApplicationBuilder CreateBuilder(ArchiveWebHostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = settings.EnvironmentName,
        });
        settings.Configure?.Invoke(builder.Configuration);
        builder.WebHost.UseUrls(settings.Urls ?? DefaultUrls);
        builder.Services.AddArchiveServices(builder.Configuration);
        builder.Services.AddArchiveApi(builder.Configuration);
        settings.ConfigureServices?.Invoke(builder.Services);
        settings.ConfigureWebHost?.Invoke(builder.WebHost);
        return builder;
    }

    /// <summary>Builds the application: CORS, then the Archive endpoints.</summary>
    public static WebApplication Build(ArchiveWebHostSettings settings)
    {
        var app = CreateBuilder(settings).Build();
        app.UseCors();
        app.MapArchiveApi();
        return app;
    }
}
