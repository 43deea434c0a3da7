using Archive.Api.GraphQL.Connections;
using Archive.Application.Querying;
using Archive.Search.Highlighting;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class SearchEdgeGraphType : ObjectGraphType<SearchEdgeView>
{
    public SearchEdgeGraphType()
    {
        Name = "SearchEdge";
        Description = "A search hit: the report, how well it matched, and where.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Description("Opaque cursor; pass as `after` to continue after this hit.").Resolve(c => c.Source.Hit.Cursor);
        Field<NonNullGraphType<FloatGraphType>, double>("score").Description("Relevance; hits come in descending score.").Resolve(c => c.Source.Hit.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightedTextGraphType>>>, IReadOnlyList<Snippet>>("snippets")
            .Description("Short passages of the report text around the matches, matches highlighted.")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Source.Hit.Snippets);
        Field<NonNullGraphType<ReportGraphType>, ReportView>("node").Description("The matching report.").Resolve(c => c.Source.Node);
    }
}
