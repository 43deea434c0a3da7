using Archive.Application.Quality.Comparison;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportComparisonGraphType : ObjectGraphType<ReportComparisonView>
{
    public ReportComparisonGraphType()
    {
        Name = "ReportComparison";
        Description = "Two reports side by side (e.g. one body's two years): every cell of either report's template tables (二, 三, 四) with both values, and the prose sentence by sentence without the template's boilerplate.";
        Field<NonNullGraphType<ReportGraphType>, ReportView>("a").Description("The first report (`compare(a:)`).").Resolve(c => c.Source.A);
        Field<NonNullGraphType<ReportGraphType>, ReportView>("b").Description("The second report (`compare(b:)`).").Resolve(c => c.Source.B);
        Field<NonNullGraphType<BooleanGraphType>, bool>("cellsRecordedA")
            .Description("Whether A's cell states are stored; when false every `a` cell is null (ingest its file again).").Resolve(c => c.Source.CellsRecordedA);
        Field<NonNullGraphType<BooleanGraphType>, bool>("cellsRecordedB")
            .Description("Whether B's cell states are stored; when false every `b` cell is null (ingest its file again).").Resolve(c => c.Source.CellsRecordedB);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CellComparisonGraphType>>>, IReadOnlyList<CellComparisonView>>("cells")
            .Description("Every key of either report's template tables, in table order (none for two PRE2019 reports, which have no template tables). Without arguments, all of them.")
            .Argument<ListGraphType<NonNullGraphType<CellChangeGraphType>>>("changes", "Only keys with these changes, e.g. [CHANGED, STATE_CHANGED].")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tables", "Only these tables (table2, table3, table4).")
            .WithComplexityImpact(1, 50)
            .Resolve(c =>
            {
                var changes = c.GetArgument<List<CellChange>?>("changes");
                var tables = c.GetArgument<List<string>?>("tables");
                return [.. c.Source.Cells.Where(x => (changes is null || changes.Contains(x.Change)) && (tables is null || tables.Contains(x.TableId)))];
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextDifferenceGraphType>>>, IReadOnlyList<TextDifferenceView>>("text")
            .Description("The prose diff in reading order: sentences of running text, matched on their words (headings, table rows and the template's statutory sentences — 条例, 统计期限, 电子版 … — left out). Without arguments, all of them.")
            .Argument<ListGraphType<NonNullGraphType<TextChangeGraphType>>>("changes", "Only these changes, e.g. [ONLY_A, ONLY_B].")
            .WithComplexityImpact(1, 50)
            .Resolve(c =>
            {
                var changes = c.GetArgument<List<TextChange>?>("changes");
                return [.. c.Source.Text.Where(x => changes is null || changes.Contains(x.Change))];
            });
    }
}

public sealed class CellComparisonGraphType : ObjectGraphType<CellComparisonView>
{
    public CellComparisonGraphType()
    {
        Name = "CellComparison";
        Description = "One cell key in both reports.";
        Field<NonNullGraphType<StringGraphType>, string>("key").Description("The metric-dictionary key, e.g. apply.carried_in.total.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>, string>("table").Description("The table the key is in: table2, table3 or table4.").Resolve(c => c.Source.TableId);
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("The Chinese label of the key (row and column as the template prints them).")
            .ResolveAsync(c => c.MetricLabelAsync(c.Source.Key));
        Field<TableCellGraphType, TableCellView?>("a").Description("A's cell with its state and value; null when the key is not in A's template tables or A's cells are not recorded.").Resolve(c => c.Source.A);
        Field<TableCellGraphType, TableCellView?>("b").Description("B's cell with its state and value; null when the key is not in B's template tables or B's cells are not recorded.").Resolve(c => c.Source.B);
        Field<FloatGraphType, double?>("difference")
            .Description("B's value minus A's when both are PRINTED; null otherwise (a BLANK cell is not 0).")
            .Resolve(c => c.Source.Difference is { } d ? (double)d : null);
        Field<NonNullGraphType<CellChangeGraphType>, CellChange>("change").Description("How the cell compares.").Resolve(c => c.Source.Change);
    }
}

public sealed class TextDifferenceGraphType : ObjectGraphType<TextDifferenceView>
{
    public TextDifferenceGraphType()
    {
        Name = "TextDifference";
        Description = "One sentence of the prose diff, or a pair with the same words.";
        Field<NonNullGraphType<TextChangeGraphType>, TextChange>("change").Description("How the sentence compares.").Resolve(c => c.Source.Change);
        Field<StringGraphType, string?>("a").Description("The sentence as A prints it; null for ONLY_B.").Resolve(c => c.Source.A);
        Field<StringGraphType, string?>("b").Description("The sentence as B prints it; null for ONLY_A.").Resolve(c => c.Source.B);
    }
}

public sealed class CellChangeGraphType : EnumerationGraphType
{
    public CellChangeGraphType()
    {
        Name = "CellChange";
        Description = "How one cell key compares between two reports.";
        Add("SAME", CellChange.Same, "Both printed the same number, or both are in the same unprinted state.");
        Add("CHANGED", CellChange.Changed, "Both printed, different numbers (`difference` = B − A).");
        Add("STATE_CHANGED", CellChange.StateChanged, "The states differ (e.g. PRINTED in one, BLANK or UNREAD in the other).");
        Add("ONLY_A", CellChange.OnlyA, "The key is only in A's template tables, or B's cells are not recorded.");
        Add("ONLY_B", CellChange.OnlyB, "The key is only in B's template tables, or A's cells are not recorded.");
    }
}

public sealed class TextChangeGraphType : EnumerationGraphType
{
    public TextChangeGraphType()
    {
        Name = "TextChange";
        Description = "How a sentence of the prose compares between two reports.";
        Add("SAME", TextChange.Same, "The same sentence in both.");
        Add("CHANGED", TextChange.Changed, "The same words with other figures or punctuation.");
        Add("ONLY_A", TextChange.OnlyA, "Only in A.");
        Add("ONLY_B", TextChange.OnlyB, "Only in B.");
    }
}
