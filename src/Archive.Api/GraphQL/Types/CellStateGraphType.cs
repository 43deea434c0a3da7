using Archive.Api.Vocabulary;
using Archive.Core.Reports;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class CellStateGraphType : EnumerationGraphType
{
    public CellStateGraphType()
    {
        Name = "CellState";
        Description = "How a template cell of a report's tables reads: tells \"reported 0\" (PRINTED, value 0) from \"left blank\" (BLANK) from \"not read\" (UNREAD).";
        Add(PublicNames.Of(CellState.Printed), CellState.Printed, "A number is printed in the cell (zero included); `value` holds it, and the metric of the same key too.");
        Add(PublicNames.Of(CellState.Blank), CellState.Blank, "The table was read and this cell is empty. Never a metric, never 0.");
        Add(PublicNames.Of(CellState.NotApplicable), CellState.NotApplicable, "The cell holds a not-applicable mark (/, -, —, 无); `source.text` shows which.");
        Add(PublicNames.Of(CellState.Text), CellState.Text, "The cell holds words, not a number; `source.text` shows them.");
        Add(PublicNames.Of(CellState.Unread), CellState.Unread, "The cell could not be read with certainty (table missing or unreadable, or the cell not placed): nothing is known of it.");
    }
}
