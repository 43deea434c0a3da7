using System.Net;
using System.Text;
using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class HighlightedTextGraphType : ObjectGraphType<HighlightedText>
{
    public HighlightedTextGraphType()
    {
        Name = "HighlightedText";
        Description = "A passage of text with the ranges that matched the query.";
        Field<NonNullGraphType<StringGraphType>, string>("text")
            .Description("The plain text.")
            .Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeGraphType>>>, IReadOnlyList<TextRange>>("highlights")
            .Description("Matching ranges in `text`, ordered and not overlapping.")
            .Resolve(c => c.Source.Highlights);
        Field<NonNullGraphType<StringGraphType>, string>("html")
            .Description("The text HTML-escaped, with each match wrapped in <mark>…</mark> (the one highlight element of every surface); ready to render.")
            .Resolve(c => ToHtml(c.Source));
    }

    public static string ToHtml(HighlightedText highlighted)
    {
        var html = new StringBuilder(highlighted.Text.Length + (highlighted.Highlights.Count * 13));
        var at = 0;
        foreach (var range in highlighted.Highlights)
        {
            html.Append(WebUtility.HtmlEncode(highlighted.Text[at..range.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(highlighted.Text[range.Start..range.End])).Append("</mark>");
            at = range.End;
        }

        return html.Append(WebUtility.HtmlEncode(highlighted.Text[at..])).ToString();
    }
}
