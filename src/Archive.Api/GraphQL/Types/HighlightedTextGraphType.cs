using System.Net;
using System.Text;
using Archive.Search.Highlighting;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class HighlightedTextGraphType : ObjectGraphType<Snippet>
{
    public HighlightedTextGraphType()
    {
        Name = "HighlightedText";
        Description = "A passage of text with the ranges that matched the query.";
        Field<NonNullGraphType<StringGraphType>, string>("text")
            .Description("The plain text.")
            .Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeGraphType>>>, IReadOnlyList<HighlightSpan>>("highlights")
            .Description("Matching ranges in `text`, ordered and not overlapping.")
            .Resolve(c => c.Source.Spans);
        Field<NonNullGraphType<StringGraphType>, string>("html")
            .Description("The text HTML-escaped, with each match wrapped in <mark>…</mark> (the one highlight element of every surface); ready to render.")
            .Resolve(c => ToHtml(c.Source));
    }

    /// <remarks>
    /// Not <see cref="Snippet.Marked"/>: this field has always escaped as <see cref="WebUtility.HtmlEncode(string)"/> does
    /// (apostrophes, Latin-1 and astral characters as entities), and its answers stay as they were.
    /// </remarks>
    public static string ToHtml(Snippet highlighted)
    {
        var html = new StringBuilder(highlighted.Text.Length + (highlighted.Spans.Count * 13));
        var at = 0;
        foreach (var span in highlighted.Spans)
        {
            var end = span.Start + span.Length;
            html.Append(WebUtility.HtmlEncode(highlighted.Text[at..span.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(highlighted.Text[span.Start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(WebUtility.HtmlEncode(highlighted.Text[at..])).ToString();
    }
}
