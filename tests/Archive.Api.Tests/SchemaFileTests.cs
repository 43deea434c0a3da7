using Archive.Api.GraphQL;
using Archive.Testing;

namespace Archive.Api.Tests;

public sealed class SchemaFileTests
{
    [Fact]
    public void SchemaGraphql_AtTheRepositoryRoot_EqualsTheLiveSchema()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "schema.graphql");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");

        var live = ArchiveSchemaSdl.Print();

        Assert.True(
            string.Equals(committed, live, StringComparison.Ordinal),
            "schema.graphql differs from the schema the code builds. If the change is intended, regenerate it from the repository root:\n"
            + "  dotnet run --project src/Archive.Cli -- schema > schema.graphql");
    }

    [Fact]
    public void Schema_EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var sdl = ArchiveSchemaSdl.Print();
        var lines = sdl.Split('\n');
        var undocumented = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var isDefinition = line.StartsWith("type ", StringComparison.Ordinal) || line.StartsWith("enum ", StringComparison.Ordinal)
                || line.StartsWith("input ", StringComparison.Ordinal) || line.StartsWith("interface ", StringComparison.Ordinal)
                || line.StartsWith("scalar ", StringComparison.Ordinal);
            var isMember = lines[i].StartsWith("  ", StringComparison.Ordinal) && line.Length > 0 && !line.StartsWith('"') && line != "}" && !line.StartsWith(')');
            var inSchemaBlock = i > 0 && lines.Take(i).LastOrDefault(l => !l.StartsWith("  ", StringComparison.Ordinal))?.StartsWith("schema", StringComparison.Ordinal) == true;
            if ((isDefinition || isMember) && !inSchemaBlock && !lines[i - 1].TrimEnd().EndsWith('"'))
            {
                undocumented.Add(line);
            }
        }

        Assert.Empty(undocumented);
    }
}
