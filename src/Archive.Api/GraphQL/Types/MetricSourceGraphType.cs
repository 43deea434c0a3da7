using Archive.Api.GraphQL.Loaders;
using Archive.Application.Querying;
using Archive.Search.Highlighting;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricSourceGraphType : ObjectGraphType<MetricView>
{
    public MetricSourceGraphType()
    {
        Name = "MetricSource";
        Description = "The provenance of a metric value: the exact place in the report it came from.";
        Field<NonNullGraphType<IntGraphType>, int>("start")
            .Description("Start (inclusive) of the source span in `Report.text`.")
            .Resolve(c => c.Source.SourceStart);
        Field<NonNullGraphType<IntGraphType>, int>("end")
            .Description("End (exclusive) of the source span in `Report.text`.")
            .Resolve(c => c.Source.SourceEnd);
        Field<NonNullGraphType<StringGraphType>, string>("text")
            .Description("The characters of the file the value was read from, as printed (a whole table line, or the smallest prose span with label, number and unit).")
            .Resolve(c => c.Source.SourceText ?? string.Empty);
        Field<HighlightedTextGraphType, Snippet?>("sentence")
            .Description("The sentence (or table line) of `Report.text` around the source, with the source span highlighted.")
            .ResolveAsync(async c =>
            {
                var text = await c.Service<TextLoader>().Load(c.Source.ReportId).GetResultAsync(c.CancellationToken);
                if (text is null || c.Source.SourceEnd <= c.Source.SourceStart || c.Source.SourceEnd > text.Length)
                {
                    return null;
                }

                var sentence = SentenceFinder.Find(text, c.Source.SourceStart, c.Source.SourceEnd);
                return SnippetBuilder.Exact(
                    text[sentence.Start..sentence.End],
                    [(c.Source.SourceStart - sentence.Start, c.Source.SourceEnd - sentence.Start)]);
            });
    }
}
