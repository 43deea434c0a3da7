using Archive.Api.GraphQL;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Schema;

public static class SchemaHandler
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        await context.Out.WriteAsync(ArchiveSchemaSdl.Print().AsMemory(), cancellationToken);
        return ExitCodes.Ok;
    }
}
