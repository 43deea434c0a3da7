using Archive.Api.GraphQL.Loaders;
using Archive.Application.Querying;
using Archive.Storage.Cells;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class CellSourceGraphType : ObjectGraphType<TableCellView>
{
    public CellSourceGraphType()
    {
        Name = "CellSource";
        Description = "The characters printed in a table cell and their place in the report's text.";
        Field<NonNullGraphType<IntGraphType>, int>("start")
            .Description("Start (inclusive) of the cell's characters in `Report.text`.")
            .Resolve(c => c.Source.Cell.Start);
        Field<NonNullGraphType<IntGraphType>, int>("end")
            .Description("End (exclusive) of the cell's characters in `Report.text`.")
            .Resolve(c => c.Source.Cell.End);
        Field<StringGraphType, IDataLoaderResult<string?>>("text")
            .Description("The characters printed in the cell (e.g. 0, 12.5, ／, 无), cut from `Report.text` at [start, end).")
            .Resolve(c =>
            {
                var cell = c.Source.Cell;
                return cell.PrintedCopy is not null
                    ? LoaderResults.Known<string?>(cell.PrintedCopy)
                    : c.Service<TextLoader>().Load(c.Source.ReportId).Then(text => TableCellCodec.PrintedText(cell, text));
            });
    }
}
