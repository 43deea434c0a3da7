using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Archive.Api.GraphQL;

/// <summary>
/// Adds `__Type.specifiedByURL` (GraphQL October 2021), which GraphQL.NET 8 does not define, so graphql-js's
/// introspection query with `specifiedByUrl: true` (codegen and other tools send it) validates. This schema's
/// scalars point at no specification, so it is null for every type, as the spec allows.
/// </summary>
public sealed class IntrospectionCompatibility : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "__Directive")
        {
            AddIncludeDeprecated(type);
        }

        if (type.Name != "__Type" || type.HasField("specifiedByURL"))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Description = "For a custom scalar, a URL that specifies its behaviour; null for every type of this schema.",
            ResolvedType = type.GetField("description")!.ResolvedType,
            Resolver = new FuncFieldResolver<object?>(_ => null),
        });
    }

    /// <summary>
    /// `__Directive.args(includeDeprecated:)`, which graphql-js asks for with `inputValueDeprecation: true`. No
    /// directive of this schema has a deprecated argument, so every argument is listed either way.
    /// </summary>
    private static void AddIncludeDeprecated(IObjectGraphType directive)
    {
        var args = directive.GetField("args");
        if (args is null || args.Arguments?.Find("includeDeprecated") is not null
            || directive.GetField("isRepeatable")?.ResolvedType is not NonNullGraphType { ResolvedType: { } boolean })
        {
            return;
        }

        args.Arguments ??= [];
        args.Arguments.Add(new QueryArgument(boolean) { Name = "includeDeprecated", DefaultValue = false, Description = "Include deprecated arguments (there are none)." });
    }
}
