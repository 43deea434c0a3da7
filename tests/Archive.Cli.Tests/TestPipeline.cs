using Archive.Application;
using Archive.Ingest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Tests;

/// <summary>The production ingest pipeline, resolved the way the commands resolve it.</summary>
internal static class TestPipeline
{
    public static ReportPreparer CreatePreparer()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging().AddArchiveServices(configuration).BuildServiceProvider();
        return services.GetRequiredService<ReportPreparer>();
    }
}
