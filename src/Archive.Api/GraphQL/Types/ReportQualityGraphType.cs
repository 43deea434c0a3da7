using Archive.Api.GraphQL.Loaders;
using Archive.Api.Vocabulary;
using Archive.Application.Quality;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportQualityGraphType : ObjectGraphType<ReportQualityView>
{
    public ReportQualityGraphType()
    {
        Name = "ReportQuality";
        Description = "What evaluators and journalists check on a report: timeliness, the template's tables and sections, and the cross-year identities with the same series' report of the year before.";
        Field<IntGraphType, int?>("score")
            .Description("round(100 × PASS ÷ (PASS + FAIL)) over the checks; UNKNOWN checks count neither way; null when no check has a PASS or FAIL verdict.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityCheckGraphType>>>, IReadOnlyList<QualityCheckView>>("checks")
            .Description("Every check with its verdict and evidence. Without arguments, all of them.")
            .Argument<ListGraphType<NonNullGraphType<QualityCheckKindGraphType>>>("kinds", "Only checks of these kinds.")
            .Argument<ListGraphType<NonNullGraphType<QualityVerdictGraphType>>>("verdicts", "Only checks with these verdicts, e.g. [FAIL].")
            .WithComplexityImpact(1, 20)
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<QualityCheckKind>?>("kinds");
                var verdicts = c.GetArgument<List<QualityVerdict>?>("verdicts");
                return [.. c.Source.Checks.Where(k => (kinds is null || kinds.Contains(k.Kind)) && (verdicts is null || verdicts.Contains(k.Verdict)))];
            });
    }
}

public sealed class QualityCheckGraphType : ObjectGraphType<QualityCheckView>
{
    public QualityCheckGraphType()
    {
        Name = "QualityCheck";
        Description = "One check on a report: its kind, verdict, what exactly it looked at, and the cells or text the verdict rests on.";
        Field<NonNullGraphType<QualityCheckKindGraphType>, QualityCheckKind>("kind").Description("What is checked.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<QualityVerdictGraphType>, QualityVerdict>("verdict")
            .Description("PASS, FAIL, or UNKNOWN when the evidence is missing (no date, a cell not printed, no report of the year before).")
            .Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<StringGraphType>, string>("subject")
            .Description("What exactly: `published`; a table id (table2, table3, table4); a section numeral (一 … 六); an applicant column (natural … total); a row (active.rules, active.normative_docs); `previous` when no comparable report of the year before exists.")
            .Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>, string>("detail").Description("The finding in words, with the numbers and the rule applied.").Resolve(c => c.Source.Detail);
        Field<FloatGraphType, double?>("amount")
            .Description("The size of a finding: days late (TIMELINESS, FAIL); left minus right side of a cross-year identity (0 on PASS). Null otherwise.")
            .Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityEvidenceGraphType>>>, IReadOnlyList<QualityEvidenceView>>("evidence")
            .Description("The cells (of this report and of the year before's) or the text the verdict rests on.")
            .Resolve(c => c.Source.Evidence);
    }
}

public sealed class QualityEvidenceGraphType : ObjectGraphType<QualityEvidenceView>
{
    public QualityEvidenceGraphType()
    {
        Name = "QualityEvidence";
        Description = "A cell or a piece of text in one report that a verdict rests on.";
        Field<NonNullGraphType<ReportGraphType>, IDataLoaderResult<ReportView?>>("report")
            .Description("The report the evidence is in (this report, or the series' report of the year before).")
            .Resolve(c => c.Service<ReportLoader>().Load(c.Source.ReportId));
        Field<TableCellGraphType, TableCellView?>("cell").Description("The table cell, with its state, value and source; null when the evidence is text.").Resolve(c => c.Source.Cell);
        Field<StringGraphType, string?>("text").Description("The characters (a printed date, a heading); null when the evidence is a cell.").Resolve(c => c.Source.Text);
    }
}

public sealed class QualityCheckKindGraphType : EnumerationGraphType
{
    public QualityCheckKindGraphType()
    {
        Name = "QualityCheckKind";
        Description = "What a quality check looks at.";
        Add(PublicNames.Check(QualityCheckKind.Timeliness), QualityCheckKind.Timeliness, "Published by the legal deadline for its body and year (2008–2018: 3月31日; from 2019: departments 1月31日, a government's own report 3月31日).");
        Add(PublicNames.Check(QualityCheckKind.TablePresent), QualityCheckKind.TablePresent, "A standard table (二, 三, 四) of the 2019/2021 template is in the report.");
        Add(PublicNames.Check(QualityCheckKind.TableFilled), QualityCheckKind.TableFilled, "A table present in the report is not wholly blank.");
        Add(PublicNames.Check(QualityCheckKind.SectionPresent), QualityCheckKind.SectionPresent, "One of the template's six sections (一 … 六) has its heading in the text.");
        Add(PublicNames.Check(QualityCheckKind.CarryOver), QualityCheckKind.CarryOver, "结转下年度 of the year before's report = 上年结转 of this report, per applicant column of table 三.");
        Add(PublicNames.Check(QualityCheckKind.InForceBalance), QualityCheckKind.InForceBalance, "现行有效(Y−1) + 本年制发 − 本年废止 = 现行有效(Y), for 规章 and 行政规范性文件 (2021 template).");
        Add(PublicNames.Check(QualityCheckKind.CopiedFromPrevious), QualityCheckKind.CopiedFromPrevious, "Share (amount, %) of the report's prose repeated from the series' report of the year before: FAIL at 50% or more (90% or more: copied nearly whole); the shared passages are the evidence.");
        Add(PublicNames.Check(QualityCheckKind.CopiedFromOther), QualityCheckKind.CopiedFromOther, "Share (amount, %) of the report's prose found in the nearest report of another agency in the same year (MinHash signatures, LSH candidates, then both texts compared): FAIL at 50% or more (90% or more: copied nearly whole); the shared passages are the evidence. See `Report.similar`.");
    }
}

public sealed class QualityVerdictGraphType : EnumerationGraphType
{
    public QualityVerdictGraphType()
    {
        Name = "QualityVerdict";
        Description = "A check's outcome; UNKNOWN is never counted as PASS or FAIL.";
        Add(PublicNames.Verdict(QualityVerdict.Pass), QualityVerdict.Pass, "The check holds on the evidence shown.");
        Add(PublicNames.Verdict(QualityVerdict.Fail), QualityVerdict.Fail, "The check fails on the evidence shown.");
        Add(PublicNames.Verdict(QualityVerdict.Unknown), QualityVerdict.Unknown, "No verdict: the evidence is missing (no date, a cell not printed, no comparable report of the year before, no legal rule).");
    }
}
