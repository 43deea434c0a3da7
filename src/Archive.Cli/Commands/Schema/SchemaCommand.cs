using System.CommandLine;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Schema;

/// <summary>`archive schema`: print the GraphQL SDL (schema.graphql at the repository root must equal it).</summary>
public static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Print the GraphQL schema (SDL) to stdout");
        command.SetAction((_, ct) => SchemaHandler.RunAsync(context, ct));
        return command;
    }
}
