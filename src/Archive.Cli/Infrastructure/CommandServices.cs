using Archive.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Archive.Cli.Infrastructure;

/// <summary>The service provider for the non-server commands: the same registrations `serve` uses.</summary>
public static class CommandServices
{
    public static ServiceProvider Build(string? dataDirectory, bool verbose, string? database = null)
    {
        var configuration = new ConfigurationBuilder().AddArchiveSources(dataDirectory, database).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= (verbose ? LogLevel.Debug : LogLevel.Warning))
            // A failed file is printed once, by the command ("failed: PATH: reason"); the service's own warning
            // about it would say the same again (before: every failure printed twice).
            .AddFilter("Archive.Application.Ingestion", verbose ? LogLevel.Debug : LogLevel.Error));

        // Every log line goes to stderr: stdout carries data (JSON, tokens, summaries).
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddArchiveServices(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
