using Archive.Application;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.GraphQL;

/// <summary>The schema's SDL, as `archive schema` prints it and schema.graphql holds it.</summary>
public static class ArchiveSchemaSdl
{
    /// <summary>Prints the SDL of the schema built by the API's own registrations (no database is touched).</summary>
    public static string Print()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddArchiveServices(configuration);
        services.AddArchiveApi(configuration);
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ArchiveSchema>();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
