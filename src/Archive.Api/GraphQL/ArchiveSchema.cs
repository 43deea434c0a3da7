using GraphQL.Types;

namespace Archive.Api.GraphQL;

/// <summary>The Archive GraphQL schema (its SDL is schema.graphql at the repository root).</summary>
public sealed class ArchiveSchema : Schema
{
    public ArchiveSchema(IServiceProvider services, ArchiveQuery query, ArchiveMutation mutation)
        : base(services)
    {
        Description = "Archive: Chinese government information-disclosure annual reports (政府信息公开工作年度报告) — search, statistics with provenance, regions and agencies.";
        Query = query;
        Mutation = mutation;

        // graphql-js's introspection query with all its options (directiveIsRepeatable, inputValueDeprecation,
        // specifiedByUrl) must validate, or tools that send it cannot load the schema.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new IntrospectionCompatibility());
    }
}
