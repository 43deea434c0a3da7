using Archive.Application.Querying;
using Archive.Core.Reports;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class TableCellGraphType : ObjectGraphType<TableCellView>
{
    public TableCellGraphType()
    {
        Name = "TableCell";
        Description = "One cell of the report's template tables with its state: a number printed (0 included), blank, not applicable, words, or not read.";
        Field<NonNullGraphType<StringGraphType>, string>("key")
            .Description("The metric-dictionary key of the cell, e.g. apply.new.natural (the key of its metric when PRINTED).")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("The Chinese label of the key (row and column as the template prints them).")
            .ResolveAsync(c => c.MetricLabelAsync(c.Source.Key));
        Field<NonNullGraphType<CellStateGraphType>, CellState>("state")
            .Description("How the cell reads. Only PRINTED cells have a value; a BLANK cell is not 0.")
            .Resolve(c => c.Source.State);
        Field<FloatGraphType, double?>("value")
            .Description("The number printed, not scaled, when `state` is PRINTED (0 when a 0 is printed); null for every other state.")
            .Resolve(c => c.Source.Cell.Value is { } value ? (double)value : null);
        Field<CellSourceGraphType, TableCellView?>("source")
            .Description("Where the cell's characters are in `Report.text`; null when nothing is printed (BLANK, UNREAD) or the place is unknown.")
            .Resolve(c => c.Source.Cell.HasSpan ? c.Source : null);
    }
}
