using Archive.Search.Highlighting;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class TextRangeGraphType : ObjectGraphType<HighlightSpan>
{
    public TextRangeGraphType()
    {
        Name = "TextRange";
        Description = "Characters [start, end) of a text, as UTF-16 offsets (JavaScript string indices).";
        Field<NonNullGraphType<IntGraphType>, int>("start").Description("First character (inclusive).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>, int>("end").Description("End (exclusive).").Resolve(c => c.Source.Start + c.Source.Length);
    }
}
