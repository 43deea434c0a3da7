using Archive.Api.GraphQL.Connections;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfoView>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Relay page information. Connections page forward: pass `endCursor` as `after` while `hasNextPage` is true.";
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").Description("Whether more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasPreviousPage")
            .Description("Whether items precede this page (true whenever the page was requested with `after`).")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType, string?>("startCursor").Description("Cursor of the first edge; null for an empty page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType, string?>("endCursor").Description("Cursor of the last edge; null for an empty page.").Resolve(c => c.Source.EndCursor);
    }
}
