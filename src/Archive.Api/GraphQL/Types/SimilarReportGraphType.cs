using Archive.Api.GraphQL.Loaders;
using Archive.Application.Quality.Similarity;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class SimilarReportGraphType : ObjectGraphType<SimilarReportView>
{
    public SimilarReportGraphType()
    {
        Name = "SimilarReport";
        Description = "A report of another agency in the same year and how much of this report's prose it holds (the prose shingles of COPIED_FROM_PREVIOUS, compared exactly).";
        Field<NonNullGraphType<FloatGraphType>, double>("share")
            .Description("Percent (0–100, one decimal) of this report's prose shingles found in the other report. 50 or more: copied; 90 or more: copied nearly whole.")
            .Resolve(c => Math.Round(c.Source.Share * 100, 1, MidpointRounding.AwayFromZero));
        Field<NonNullGraphType<IntGraphType>, int>("sharedShingles")
            .Description("This report's shingles (12 ideographs) found in the other report.")
            .Resolve(c => c.Source.Shared);
        Field<NonNullGraphType<IntGraphType>, int>("shingles")
            .Description("This report's prose shingles (template sentences, headings and tables left out).")
            .Resolve(c => c.Source.Shingles);
        Field<NonNullGraphType<ReportGraphType>, IDataLoaderResult<ReportView?>>("report")
            .Description("The other agency's report.")
            .Resolve(c => c.Service<ReportLoader>().Load(c.Source.OtherId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("passages")
            .Description("The shared passages (consecutive sentences repeated nearly whole), longest first, as printed in this report.")
            .Argument<IntGraphType>("first", "At most this many passages (default all).")
            .Resolve(c => c.GetArgument<int?>("first") is { } n ? [.. c.Source.Passages.Take(Math.Max(0, n))] : c.Source.Passages);
    }
}
