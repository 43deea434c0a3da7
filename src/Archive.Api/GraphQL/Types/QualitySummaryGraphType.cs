using Archive.Api.Quality;
using Archive.Application.Quality;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class QualitySummaryGraphType : ObjectGraphType<QualitySummaryView>
{
    public QualitySummaryGraphType()
    {
        Name = "QualitySummary";
        Description = "`Report.quality` over every report a filter selects (at most 1,000, evaluated now, so they follow the series and the other agencies' reports as stored): verdicts counted per check kind, and the reports failing a check.";
        Field<NonNullGraphType<IntGraphType>, int>("reports").Description("Reports evaluated (all the filter selects).").Resolve(c => c.Source.Reports);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityCheckCountGraphType>>>, IReadOnlyList<QualityCheckCountView>>("checks")
            .Description("For each check kind: PASS, FAIL and UNKNOWN verdicts, and the reports failing it at least once (the facet of failing checks).")
            .Resolve(c => c.Source.Checks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityFailingReportGraphType>>>, IReadOnlyList<QualityFailingReportView>>("failing")
            .Description("Reports with a FAIL verdict, in ingest order, each with its failing checks.")
            .Argument<ListGraphType<NonNullGraphType<QualityCheckKindGraphType>>>("checks", "Only reports failing a check of these kinds (and only those checks), e.g. [CARRY_OVER].")
            .Argument<NonNullGraphType<IntGraphType>>("first", "At most this many reports, 0 to 100.", a => a.DefaultValue = 20)
            .WithComplexityImpact(1, 20)
            .Resolve(c =>
            {
                var first = c.GetArgument<int>("first");
                if (first is < 0 or > 100)
                {
                    throw Errors.ArchiveError.BadUserInput("first must be 0 to 100");
                }

                var kinds = c.GetArgument<List<QualityCheckKind>?>("checks");
                return [.. c.Source.Failing
                    .Select(f => kinds is null ? f : f with { Checks = [.. f.Checks.Where(x => kinds.Contains(x.Kind))] })
                    .Where(f => f.Checks.Count > 0)
                    .Take(first)];
            });
    }
}

public sealed class QualityCheckCountGraphType : ObjectGraphType<QualityCheckCountView>
{
    public QualityCheckCountGraphType()
    {
        Name = "QualityCheckCount";
        Description = "The verdicts of one check kind over the reports of a summary.";
        Field<NonNullGraphType<QualityCheckKindGraphType>, QualityCheckKind>("kind").Description("The check kind.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>, int>("pass").Description("PASS verdicts (a report may have several checks of a kind: one per column, table or section).").Resolve(c => c.Source.Pass);
        Field<NonNullGraphType<IntGraphType>, int>("fail").Description("FAIL verdicts.").Resolve(c => c.Source.Fail);
        Field<NonNullGraphType<IntGraphType>, int>("unknown").Description("UNKNOWN verdicts.").Resolve(c => c.Source.Unknown);
        Field<NonNullGraphType<IntGraphType>, int>("reportsFailing").Description("Reports with at least one FAIL of this kind.").Resolve(c => c.Source.ReportsFailing);
    }
}

public sealed class QualityFailingReportGraphType : ObjectGraphType<QualityFailingReportView>
{
    public QualityFailingReportGraphType()
    {
        Name = "QualityFailingReport";
        Description = "A report and its failing checks.";
        Field<NonNullGraphType<ReportGraphType>, ReportView>("report").Description("The report.").Resolve(c => c.Source.Report);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityCheckGraphType>>>, IReadOnlyList<QualityCheckView>>("checks")
            .Description("Its FAIL checks (of the kinds asked).").Resolve(c => c.Source.Checks);
    }
}
