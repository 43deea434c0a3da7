namespace Archive.Ingest.Extraction;

/// <summary>Tells a table's layout from its tokens (for --explain and the per-shape figures).</summary>
internal static class TableShapes
{
    public static TableShape Of(IReadOnlyList<TableToken> tokens)
    {
        if (tokens.Any(t => t.IsPipe))
        {
            return TableShape.Pipes;
        }

        if (tokens.Any(t => t.Slot > 0))
        {
            return TableShape.Tabs;
        }

        return tokens.Where(t => t.Kind == TableTokenKind.Value).GroupBy(t => t.Line).Any(g => g.Count() >= 2)
            ? TableShape.Spaces
            : TableShape.CellPerLine;
    }
}
