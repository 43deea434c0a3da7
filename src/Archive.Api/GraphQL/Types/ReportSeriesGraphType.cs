using Archive.Api.GraphQL.Loaders;
using Archive.Application.Quality;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportSeriesGraphType : ObjectGraphType<ReportSeriesView>
{
    public ReportSeriesGraphType()
    {
        Name = "ReportSeries";
        Description = "One body's reports across years: same region and same normalized agency name (region name dropped, older designations mapped by the rename table, e.g. 经信局 → 工业和信息化局), or an earlier body its first later report names as 原…. Computed from the stored reports when asked.";
        Field<StringGraphType, string?>("regionCode")
            .Description("The region (GB/T 2260) every report of the series belongs to; null for a report without one (then it is its own series).")
            .Resolve(c => c.Source.RegionCode);
        Field<StringGraphType, string?>("agencyName")
            .Description("The normalized agency name the reports share, e.g. 工业和信息化局; null when the report has no agency name.")
            .Resolve(c => c.Source.AgencyName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportGraphType>>>, IReadOnlyList<ReportView>>("reports")
            .Description("The reports by year (then by id); reports without a year last.")
            .WithComplexityImpact(1, 15)
            .Resolve(c => c.Source.Reports);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesLinkGraphType>>>, IReadOnlyList<SeriesLink>>("links")
            .Description("Each report with a year linked to the next one, with the evidence that they are one body's.")
            .WithComplexityImpact(1, 15)
            .ResolveAsync(async c =>
            {
                var series = c.Source;
                var needText = SeriesLinks.Pairs(series).Where(l => SeriesLinks.NeedsText(series, l)).Select(l => l.To.Id).Distinct().ToList();
                var loader = c.Service<TextLoader>();
                var pending = needText.Select(id => (Id: id, Text: loader.Load(id))).ToList();
                var texts = new Dictionary<long, string?>();
                foreach (var (id, text) in pending)
                {
                    texts[id] = await text.GetResultAsync(c.CancellationToken);
                }

                return SeriesLinks.Build(series, texts);
            });
    }
}

public sealed class SeriesLinkGraphType : ObjectGraphType<SeriesLink>
{
    public SeriesLinkGraphType()
    {
        Name = "SeriesLink";
        Description = "Two consecutive reports of a series (by year) and why they are taken for one body's.";
        Field<NonNullGraphType<ReportGraphType>, ReportView>("from").Description("The earlier report.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReportGraphType>, ReportView>("to").Description("The later report.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesEvidenceGraphType>>>, IReadOnlyList<SeriesEvidence>>("evidence")
            .Description("Same region always; then the same name, or the rename-table lines used, and the later report's own words (原…) where it says so.")
            .Resolve(c => c.Source.Evidence);
    }
}

public sealed class SeriesEvidenceGraphType : ObjectGraphType<SeriesEvidence>
{
    public SeriesEvidenceGraphType()
    {
        Name = "SeriesEvidence";
        Description = "One reason two reports are one body's.";
        Field<NonNullGraphType<SeriesEvidenceKindGraphType>, SeriesEvidenceKind>("kind").Description("What kind of evidence.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>, string>("detail")
            .Description("The evidence itself, e.g. `经信局 → 工业和信息化局 (rename (2018 机构改革)): …` or the 原… span quoted.")
            .Resolve(c => c.Source.Detail);
    }
}

public sealed class SeriesEvidenceKindGraphType : EnumerationGraphType
{
    public SeriesEvidenceKindGraphType()
    {
        Name = "SeriesEvidenceKind";
        Description = "Why two reports are taken for one body's.";
        Add("SAME_REGION", SeriesEvidenceKind.SameRegion, "Both reports belong to the same region (GB/T 2260 code).");
        Add("SAME_NAME", SeriesEvidenceKind.SameName, "Both print the same agency name.");
        Add("SAME_NAME_FORM", SeriesEvidenceKind.SameNameForm, "The names differ only in spacing, brackets or the region's name in front.");
        Add("RENAME_TABLE", SeriesEvidenceKind.RenameTable, "A line of the rename table (src/Archive.Core/Agencies/agency-renames.tsv) maps one name onto the other.");
        Add("FORMER_NAME_IN_TEXT", SeriesEvidenceKind.FormerNameInText, "The later report's text names the earlier body as its former self (原…).");
    }
}
