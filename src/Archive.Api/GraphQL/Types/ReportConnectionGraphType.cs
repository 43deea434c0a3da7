using Archive.Api.GraphQL.Connections;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportConnectionGraphType : ObjectGraphType<ConnectionView<ReportView>>
{
    public ReportConnectionGraphType()
    {
        Name = "ReportConnection";
        Description = "A page of reports (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportEdgeGraphType>>>, IReadOnlyList<EdgeView<ReportView>>>("edges")
            .Description("The reports of this page with their cursors.")
            .WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportGraphType>>>, IEnumerable<ReportView>>("nodes")
            .Description("The reports of this page, without cursors.")
            .WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>, PageInfoView>("pageInfo").Description("Paging information.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .Description("How many reports match the filter in all (one COUNT, only when asked for).")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}
